/**
 * The shape of one hostile request and of what the server must answer to it, with builders that keep the
 * corpus readable. Bodies are strings or raw bytes: invalid UTF-8 and broken JSON cannot go through JSON.stringify.
 */

export type KeyHolder = 'none' | 'reader' | 'editor' | 'admin';

/** The keys issued for the run, for cases that forge a header from a real key. */
export type IssuedKeys = Record<Exclude<KeyHolder, 'none'>, { id: string; token: string }> & { revoked: { id: string; token: string } };

export interface RawRequest {
  method: string;
  /** Path and query string, already percent-encoded as they go on the wire. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent with Transfer-Encoding: chunked instead of a Content-Length. */
  chunked?: boolean;
}

export type Expected =
  | { kind: 'refused'; codes: string[]; status?: number; headers?: Record<string, RegExp> }
  | { kind: 'answered'; answer: string; check: (data: Record<string, any>, body: Record<string, any>) => boolean; status?: number };

export interface HostileCase {
  description: string;
  request: RawRequest;
  /** Whose key goes in the Authorization header, or the whole header forged from the issued keys. */
  auth: KeyHolder | ((keys: IssuedKeys) => string);
  expect: Expected;
  /** Sends the request this many times and judges the last answer (rate limits). */
  burst?: number;
}

export interface HostileClass {
  name: string;
  cases: HostileCase[];
  /** The server under test: the default one (rate limits off), or one with a small anonymous rate limit. */
  server: 'default' | 'rate-limited';
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A GraphQL POST with a well-formed JSON body. */
export function graphql(query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): RawRequest {
  return { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ query, variables, ...extra }) };
}

/** A POST to /graphql with exactly these bytes. */
export function rawPost(body: string | Buffer, headers: Record<string, string> = JSON_HEADERS): RawRequest {
  return { method: 'POST', path: '/graphql', headers, body };
}

/** A GraphQL GET, with the preflight header Apollo's CSRF prevention asks of GET requests unless told otherwise. */
export function graphqlGet(params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }): RawRequest {
  return { method: 'GET', path: `/graphql?${new URLSearchParams(params)}`, headers };
}

/** A GET under /export, the query string given raw. */
export function exportGet(fileName: string, query = ''): RawRequest {
  return { method: 'GET', path: `/export/${fileName}${query ? `?${query}` : ''}` };
}

export function refused(codes: string | string[], status?: number, headers?: Record<string, RegExp>): Expected {
  return { kind: 'refused', codes: typeof codes === 'string' ? [codes] : codes, status, headers };
}

export function answered(answer: string, check: (data: Record<string, any>, body: Record<string, any>) => boolean): Expected {
  return { kind: 'answered', answer, check };
}

type Hit = { entity?: { id?: unknown } };
const isHitList = (value: unknown): value is Hit[] => Array.isArray(value) && value.every((hit: Hit) => typeof hit?.entity?.id === 'string');

/** `data.search` is a well-formed list of hits, holding `id` when given. */
export function searchAnswer(id?: string): Expected {
  return answered(id ? `a hit list holding ${id}` : 'a well-formed hit list', (data) => isHitList(data.search) && (!id || data.search.some((hit: Hit) => hit.entity!.id === id)));
}

/** The request text a leak check compares against, so that a server echoing the caller's input is not taken for a leak. */
export function requestText(request: RawRequest): string {
  const body = request.body === undefined ? '' : Buffer.isBuffer(request.body) ? request.body.toString('latin1') : request.body;
  return `${request.path}\n${JSON.stringify(request.headers ?? {})}\n${body}`;
}
