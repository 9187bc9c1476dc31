import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../access/role';
import { NEVER_CACHED } from '../caching/cache-control.directive';
import { connectionOf } from '../pagination/connection';

export enum AuditAction {
  CREATE_SOURCE = 'CREATE_SOURCE',
  CREATE_ENTITY = 'CREATE_ENTITY',
  UPDATE_ENTITY = 'UPDATE_ENTITY',
  SET_POSITION = 'SET_POSITION',
  ADD_RELATIONSHIP = 'ADD_RELATIONSHIP',
  RETIRE_ENTITY = 'RETIRE_ENTITY',
  RETIRE_RELATIONSHIP = 'RETIRE_RELATIONSHIP',
  MERGE_ENTITIES = 'MERGE_ENTITIES',
  ADD_FACTS = 'ADD_FACTS',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a curation write did. ADD_FACTS: a reviewed article cited an entity the graph held, adding the relationships and fields it brought.',
});

/** As stored on an `AuditEntry` node. */
export interface AuditRecord {
  id: string;
  at: string;
  action: AuditAction;
  actorKeyId: string;
  actorName: string;
  actorRole: Role;
  requestId: string;
  targetIds: string[];
  summary: string;
  changes: string;
  sourceIds: string[];
  reason: string | null;
}

@ObjectType({ description: 'Who made a change: the API key, its holder and its role at the time.' })
export class Actor {
  @Field(() => ID)
  keyId: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;
}

@Directive(NEVER_CACHED)
@ObjectType({ description: 'One curation write, recorded in the same transaction as the change itself.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'When the change was committed (ISO 8601, UTC).' })
  at: string;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => Actor)
  actor: Actor;

  @Field({ description: 'The request that made the change, as in the server log and the response extensions.' })
  requestId: string;

  @Field(() => [ID], { description: 'The entities (or source) changed; for a merge, the survivor then the duplicate.' })
  targetIds: string[];

  @Field({ description: 'The change in one sentence.' })
  summary: string;

  @Field({ description: 'What changed, as JSON: the values before and after, or what was added.' })
  changes: string;

  @Field(() => [ID], { description: 'The sources the change cites.' })
  sourceIds: string[];

  @Field(() => String, { nullable: true, description: 'Why, for retirements and merges.' })
  reason: string | null;
}

export const AuditEntryConnection = connectionOf(AuditEntry, 'AuditEntry', 'Audit entries, newest first.');
