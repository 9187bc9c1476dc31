import http from 'node:http';
import { HostileCase, IssuedKeys, RawRequest, requestText } from './hostile-case';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Sends exactly the bytes of a request, which fetch would not allow for every case (raw bodies, chunking). */
export function sendRaw(baseUrl: string, request: RawRequest, authorization?: string): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const headers: Record<string, string> = { ...request.headers };
  if (authorization !== undefined) headers.authorization = authorization;
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  if (body && !request.chunked) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')));
    // The server may answer (413, 429) and close before reading the whole body; that answer is what counts.
    outgoing.on('error', reject);
    if (body && request.chunked) {
      for (let at = 0; at < body.length; at += 16_384) outgoing.write(body.subarray(at, at + 16_384));
    } else if (body) {
      outgoing.write(body);
    }
    outgoing.end();
  });
}

export function authorizationFor(auth: HostileCase['auth'], keys: IssuedKeys): string | undefined {
  if (typeof auth === 'function') return auth(keys);
  return auth === 'none' ? undefined : `Bearer ${keys[auth].token}`;
}

/** Text that only an internal failure would put in an answer: driver and Lucene errors, stack frames, file paths. */
const LEAKS: RegExp[] = [/Neo\.ClientError|Neo\.DatabaseError|Neo4jError/, /org\.apache\.lucene|ParseException/, /db\.index\.fulltext/, /\bat [\w$.<>]+ \(/, /node_modules|\/src\/[\w/-]+\.ts/];

/** The stable codes of an answer: GraphQL's `errors[].extensions.code`, or an export's `error.code`. */
export function codesOf(body: Record<string, any>): (string | undefined)[] {
  if (Array.isArray(body.errors)) return body.errors.map((error: { extensions?: { code?: string } }) => error?.extensions?.code);
  if (body.error && typeof body.error === 'object') return [body.error.code];
  return [];
}

const distinctSorted = (codes: (string | undefined)[]) => [...new Set(codes.map((code) => code ?? '(no code)'))].sort();

/** What is wrong with the answer to a case; empty when it is the answer the case expects. */
export function problemsWith(hostile: HostileCase, response: RawResponse): string[] {
  const problems: string[] = [];
  const sent = requestText(hostile.request);
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  for (const leak of LEAKS) if (leak.test(response.text) && !leak.test(sent)) problems.push(`leaks ${leak}`);
  let body: Record<string, any>;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [...problems, `not JSON (HTTP ${response.status}): ${response.text.slice(0, 200)}`];
  }
  const codes = codesOf(body);
  const expected = hostile.expect;
  if (expected.kind === 'refused') {
    const got = distinctSorted(codes);
    const want = distinctSorted(expected.codes);
    if (got.join() !== want.join()) problems.push(`codes ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    if (expected.status !== undefined && response.status !== expected.status) problems.push(`HTTP ${response.status}, expected ${expected.status}`);
    const data = body.data as Record<string, unknown> | null | undefined;
    if (data && Object.values(data).some((value) => value !== null)) problems.push(`answered data besides the refusal: ${JSON.stringify(data).slice(0, 200)}`);
    for (const [name, pattern] of Object.entries(expected.headers ?? {})) {
      const value = response.headers[name];
      if (typeof value !== 'string' || !pattern.test(value)) problems.push(`header ${name}: ${JSON.stringify(value)}, expected ${pattern}`);
    }
  } else {
    if (codes.length) problems.push(`errors ${JSON.stringify(distinctSorted(codes))}, expected ${expected.answer}: ${(body.errors?.[0]?.message ?? '').slice(0, 200)}`);
    if (response.status !== (expected.status ?? 200)) problems.push(`HTTP ${response.status}, expected ${expected.status ?? 200}`);
    else if (!codes.length && !(body.data && expected.check(body.data, body))) problems.push(`expected ${expected.answer}, got ${JSON.stringify(body.data).slice(0, 200)}`);
  }
  return problems;
}
