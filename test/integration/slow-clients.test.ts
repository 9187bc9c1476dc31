import { once } from 'node:events';
import net from 'node:net';
import { testDriver, TestApi } from './support';

/**
 * Clients that open a request and then stall. Node's defaults would hold such a request for five minutes (its body)
 * or a minute (its headers); the server's own limits close them, and a client that keeps sending is served.
 * No query here reaches Neo4j, so the driver points nowhere.
 */
const headersMs = 1_000;
const requestMs = 2_000;
const driver = testDriver('bolt://127.0.0.1:9');
let api: TestApi;

beforeAll(async () => {
  api = await TestApi.start(driver, { httpTimeouts: { headersMs, requestMs } });
});

afterAll(async () => {
  await api?.stop();
  await driver.close();
});

const BODY = JSON.stringify({ query: '{ __typename }' });

/** Opens a raw connection, writes `text`, and resolves with what the server sent before it closed the connection. */
async function stalled(text: string): Promise<{ reply: string; closedAfterMs: number }> {
  const url = new URL(api.baseUrl);
  const socket = net.connect(Number(url.port), url.hostname);
  await once(socket, 'connect');
  const started = performance.now();
  let reply = '';
  socket.on('data', (chunk) => (reply += chunk.toString('utf8')));
  socket.write(text);
  await once(socket, 'close');
  return { reply, closedAfterMs: performance.now() - started };
}

const headers = (contentLength: number) =>
  `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`;

it('answers 408 and closes the connection of a client that sent its headers and then stalled its body', async () => {
  const { reply, closedAfterMs } = await stalled(headers(BODY.length) + BODY.slice(0, 5));
  expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeGreaterThanOrEqual(requestMs - 100);
  // Generous for a busy machine, and far below Node's 300 s default.
  expect(closedAfterMs).toBeLessThan(requestMs + 15_000);
});

it('answers 408 and closes the connection of a client that stalled in the middle of its headers', async () => {
  const { reply, closedAfterMs } = await stalled('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Ty');
  expect(reply).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeGreaterThanOrEqual(headersMs - 100);
  expect(closedAfterMs).toBeLessThan(headersMs + 15_000);
});

it('frees all of 200 stalled requests, leaving the server no open connection', async () => {
  const all = await Promise.all(Array.from({ length: 200 }, () => stalled(headers(BODY.length) + BODY.slice(0, 5))));
  expect(all.filter(({ reply }) => /^HTTP\/1\.1 408 /.test(reply))).toHaveLength(200);
  const open = await new Promise<number>((resolve, reject) => api.server.httpServer.getConnections((error, count) => (error ? reject(error) : resolve(count))));
  expect(open).toBe(0);
});

it('serves a slow client whose body arrives within the limit', async () => {
  const url = new URL(api.baseUrl);
  const socket = net.connect(Number(url.port), url.hostname);
  await once(socket, 'connect');
  let reply = '';
  socket.on('data', (chunk) => (reply += chunk.toString('utf8')));
  socket.write(headers(BODY.length).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n') + BODY.slice(0, 5));
  await new Promise((resolve) => setTimeout(resolve, requestMs / 4));
  socket.write(BODY.slice(5));
  await once(socket, 'close');
  expect(reply).toMatch(/^HTTP\/1\.1 200 /);
  expect(reply).toContain('{"data":{"__typename":"Query"}');
});
