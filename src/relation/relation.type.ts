import { ClassType, Field, ObjectType } from 'type-graphql';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Evidence } from '../evidence/evidence.type';

/** One entity a relation field leads to, with the relationship's evidence. */
export interface LinkRecord {
  entity: EntityRecord;
  evidence: EdgeRecord;
}

/**
 * A `<name>Link` type: the entity a relation field leads to and the evidence for that relationship. Each relation
 * field `x` has a twin `xLink` (or `xLinks` for a list) of these, as `participants` and `positions` carry theirs.
 */
export function linkOf(entityType: ClassType | object, name: string): ClassType {
  @ObjectType(`${name}Link`, { description: `A related ${name.toLowerCase()}, with the evidence for the relationship.` })
  class Link {
    @Field(() => entityType)
    entity: EntityRecord;

    @Field(() => Evidence, { description: 'Where the relationship is stated, and how firmly.' })
    evidence: EdgeRecord;
  }
  return Link;
}
