import { Caller } from '../access/caller';
import { CypherQuery } from '../db/executor';
import { Listing } from '../pagination/listing.repository';
import { AuditAction, AuditEntry, AuditRecord } from './audit.type';

export interface AuditFacts {
  action: AuditAction;
  targetIds: string[];
  summary: string;
  changes: unknown;
  sourceIds: string[];
  reason?: string | null;
}

/** The audit entry of a write, to run in the write's own transaction so that neither lands without the other. */
export function auditEntryWrite(caller: Extract<Caller, { kind: 'key' }>, requestId: string, facts: AuditFacts): CypherQuery {
  return {
    cypher: `CREATE (a:AuditEntry {
               id: randomUUID(), at: $at, action: $action,
               actorKeyId: $actorKeyId, actorName: $actorName, actorRole: $actorRole, requestId: $requestId,
               targetIds: $targetIds, summary: $summary, changes: $changes, sourceIds: $sourceIds, reason: $reason
             })
             RETURN properties(a) AS entry`,
    params: {
      // Fixed-width ISO text, so that the audit trail sorts by it as a string.
      at: new Date().toISOString(),
      action: facts.action,
      actorKeyId: caller.keyId,
      actorName: caller.name,
      actorRole: caller.role,
      requestId,
      targetIds: facts.targetIds,
      summary: facts.summary,
      changes: JSON.stringify(facts.changes),
      sourceIds: [...new Set(facts.sourceIds)],
      reason: facts.reason ?? null,
    },
  };
}

export interface AuditFilter {
  entityId: string | null;
  actorKeyId: string | null;
  action: AuditAction | null;
}

export function auditListing(filter: AuditFilter): Listing {
  const conditions: string[] = [];
  if (filter.entityId) conditions.push('$entityId IN n.targetIds');
  if (filter.actorKeyId) conditions.push('n.actorKeyId = $actorKeyId');
  if (filter.action) conditions.push('n.action = $action');
  return { label: 'AuditEntry', conditions, params: filter as unknown as Record<string, unknown>, order: { name: 'at', sortKey: 'n.at', descending: true } };
}

export function toAuditEntry(record: AuditRecord): AuditEntry {
  return {
    ...record,
    actor: { keyId: record.actorKeyId, name: record.actorName, role: record.actorRole },
  };
}
