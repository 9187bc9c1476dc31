import { CypherQuery } from '../db/executor';
import { Role } from './role';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

export function createKeyQuery(key: { id: string; name: string; role: Role; hash: string }): CypherQuery {
  return {
    cypher: `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: toString(datetime()), revokedAt: null})
             RETURN properties(k) AS key`,
    params: key,
  };
}

export function keyByIdQuery(id: string): CypherQuery {
  return { cypher: 'MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS key', params: { id } };
}

export function listKeysQuery(): CypherQuery {
  return { cypher: 'MATCH (k:ApiKey) RETURN properties(k) AS key ORDER BY k.createdAt, k.id' };
}

export function revokeKeyQuery(id: string): CypherQuery {
  return {
    cypher: `MATCH (k:ApiKey {id: $id})
             SET k.revokedAt = coalesce(k.revokedAt, toString(datetime()))
             RETURN properties(k) AS key`,
    params: { id },
  };
}
