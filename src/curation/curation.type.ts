import { Field, ObjectType } from 'type-graphql';
import { AuditEntry } from '../audit/audit.type';
import { EntityRecord, SourceRecord } from '../entity/entity.record';
import { Entity } from '../entity/entity.type';
import { Source } from '../source/source.type';

@ObjectType({ description: 'What a curation write changed, and its entry in the audit trail.' })
export class CurationResult {
  @Field(() => Entity, {
    nullable: true,
    description: 'The entity as it now stands (for a relationship or a post, its first end; for a merge, the survivor); null once retired.',
  })
  entity: EntityRecord | null;

  @Field(() => Source, { nullable: true, description: 'The source registered by createSource.' })
  source: SourceRecord | null;

  @Field(() => AuditEntry)
  auditEntry: AuditEntry;
}
