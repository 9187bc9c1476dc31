import neo4j, { isDate, isDateTime, isNode, isRelationship } from 'neo4j-driver';

/** Converts driver values (Integer, temporal types, nodes) to plain JS so nothing above the data layer sees them. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as never) || isDateTime(value as never)) return String(value);
  if (isNode(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const plain: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(inner);
    return plain;
  }
  return value;
}

/** JS numbers reach Cypher as floats; whole numbers in parameters are sent as Cypher integers (LIMIT needs them). */
export function toCypherParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, toCypherValue(value)]));
}

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toCypherParams(value as Record<string, unknown>);
  }
  return value;
}
