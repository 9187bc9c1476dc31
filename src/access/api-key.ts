import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key reads `pgk_<id>_<secret>`. The id is stored in clear to find the key; only the secret's SHA-256
 * is stored, which suffices for 256 random bits (a slow password hash protects guessable secrets, not these).
 */
const TOKEN_PATTERN = /^pgk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface KeyToken {
  id: string;
  secret: string;
}

export function issueToken(): KeyToken & { token: string } {
  const id = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `pgk_${id}_${secret}` };
}

export function parseToken(token: string): KeyToken | null {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
