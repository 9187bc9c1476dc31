import autocannon from 'autocannon';

export interface HttpRequestSpec {
  url: string;
  body: string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
}

function run(spec: HttpRequestSpec, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    connections,
    duration: seconds,
    timeout: 10,
  });
}

/** A warm-up at the same concurrency (discarded), then the measured run. */
export async function measure(spec: HttpRequestSpec, connections: number, seconds: number, warmupSeconds: number): Promise<LoadResult> {
  if (warmupSeconds > 0) await run(spec, connections, warmupSeconds);
  const result = await run(spec, connections, seconds);
  return {
    connections,
    seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One request, checked: the load generator counts statuses only, so correctness is checked here first. */
export async function checkedRequest(spec: HttpRequestSpec): Promise<{ status: number; body: any }> {
  const response = await fetch(spec.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: spec.body });
  const body = (await response.json().catch(() => null)) as any;
  if (!response.ok || body === null || body.errors?.length || body.error) {
    throw new Error(`${spec.url} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { status: response.status, body };
}
