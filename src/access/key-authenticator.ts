import { Executor } from '../db/executor';
import { UnauthenticatedError } from '../errors/errors';
import { parseToken, secretMatches } from './api-key';
import { ApiKeyRecord, keyByIdQuery } from './api-key.repository';
import { Caller } from './caller';

const MAX_CACHED_KEYS = 10_000;

/**
 * Turns an `Authorization: Bearer <key>` header into a caller. Keys live in the graph, so every API instance
 * sees the same ones; each instance remembers a lookup for `cacheMs`, which bounds how long a revoked key
 * keeps working and spares the database a query per request.
 */
export class KeyAuthenticator {
  private readonly cache = new Map<string, { key: ApiKeyRecord | null; until: number }>();

  constructor(
    private readonly executor: Executor,
    private readonly cacheMs = 10_000,
  ) {}

  /** The key's caller; null when no key was presented; UNAUTHENTICATED for a key that is not valid. */
  async authenticate(authorization: string | undefined): Promise<Extract<Caller, { kind: 'key' }> | null> {
    if (authorization === undefined || authorization === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const token = match ? parseToken(match[1]) : null;
    if (!token) throw new UnauthenticatedError('The Authorization header must read "Bearer <API key>", with a key issued by `npm run keys`.');
    const key = await this.lookUp(token.id);
    if (!key || key.revokedAt || !secretMatches(token.secret, key.hash)) {
      throw new UnauthenticatedError('The API key is unknown or revoked.');
    }
    return { kind: 'key', keyId: key.id, name: key.name, role: key.role };
  }

  private async lookUp(id: string): Promise<ApiKeyRecord | null> {
    const cached = this.cache.get(id);
    if (cached && cached.until > Date.now()) return cached.key;
    const [row] = await this.executor.read(keyByIdQuery(id));
    const key = (row?.key as ApiKeyRecord | undefined) ?? null;
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.clear();
    this.cache.set(id, { key, until: Date.now() + this.cacheMs });
    return key;
  }
}
