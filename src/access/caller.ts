import { Role } from './role';

/** Who sent a request: the holder of an API key, or anyone (identified only by address, for rate limits). */
export type Caller = { kind: 'key'; keyId: string; name: string; role: Role } | { kind: 'anonymous'; address: string };

export const ANONYMOUS: Caller = { kind: 'anonymous', address: 'unknown' };

export function describeCaller(caller: Caller): string {
  return caller.kind === 'key' ? `${caller.name} (key ${caller.keyId}, ${caller.role.toLowerCase()})` : `anonymous (${caller.address})`;
}
