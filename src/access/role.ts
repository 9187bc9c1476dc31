import { registerEnumType } from 'type-graphql';

/** What an API key may do; each role includes the ones before it. */
export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'READER may query; EDITOR may also curate the graph; ADMIN may also merge entities and list API keys.',
});

const RANK: Record<Role, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export function grants(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}

export function parseRole(text: string): Role | null {
  const upper = text.toUpperCase();
  return upper in RANK ? (upper as Role) : null;
}
