import { EntityKind, KIND_BY_PREFIX, SOURCE_PREFIX } from './entity-kind';

const ID_PATTERN = /^([a-z]+(?:-[a-z]+)*):([a-z0-9]+(?:--?[a-z0-9]+)*)$/;
const MAX_ID_LENGTH = 200;

export type ParsedId = { prefix: string; slug: string; kind: EntityKind | 'SOURCE' };

/** Parses `<prefix>:<slug>`; null when the text is not a well-formed ID with a known prefix. */
export function parseId(id: string): ParsedId | null {
  if (id.length > MAX_ID_LENGTH) return null;
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const [, prefix, slug] = match;
  if (prefix === SOURCE_PREFIX) return { prefix, slug, kind: 'SOURCE' };
  // An own property only: "constructor" is a lower-case word that every object answers to.
  const kind = Object.hasOwn(KIND_BY_PREFIX, prefix) ? KIND_BY_PREFIX[prefix] : undefined;
  return kind ? { prefix, slug, kind } : null;
}
