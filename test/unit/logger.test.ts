import { Writable } from 'node:stream';
import type { LogFormat } from '../../src/config';
import { createLogger } from '../../src/logging/logger';

const ANSI_COLOURS = /\x1b\[[0-9;]*m/g;
const ANSI_COLOUR = /\x1b\[[0-9;]*m/;

/** What a logger wrote, line by line; a terminal when `isTTY` says so. */
class Output extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  get lines(): string[] {
    return this.text.replace(ANSI_COLOURS, '').split('\n').filter(Boolean);
  }
}

function logTo(output: Output, format?: LogFormat): string[] {
  const logger = createLogger('info', output, format);
  logger.info({ requestId: 'r-1', status: 200 }, 'graphql request');
  logger.error({ err: new Error('Neo4j is unreachable') }, 'Unexpected error');
  return output.lines;
}

const READABLE_REQUEST_LINE = /^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: graphql request \{"requestId":"r-1","status":200\}$/;

describe('logs', () => {
  it('are readable lines at a terminal, an error with its stack', () => {
    const lines = logTo(new Output(true));
    expect(lines[0]).toMatch(READABLE_REQUEST_LINE);
    expect(lines[1]).toMatch(/^\[[\d:.]+\] ERROR: Unexpected error/);
    expect(lines.join('\n')).toContain('Error: Neo4j is unreachable');
    expect(lines.some((line) => line.startsWith('{'))).toBe(false);
  });

  it('are one JSON object per line anywhere else', () => {
    const [request, error] = logTo(new Output(false)).map((line) => JSON.parse(line));
    expect(request).toMatchObject({ level: 30, msg: 'graphql request', requestId: 'r-1', status: 200 });
    expect(typeof request.time).toBe('string');
    expect(error).toMatchObject({ level: 50, msg: 'Unexpected error', err: { message: 'Neo4j is unreachable' } });
  });

  it('take the format LOG_FORMAT asks for, whatever the destination', () => {
    expect(JSON.parse(logTo(new Output(true), 'json')[0])).toMatchObject({ msg: 'graphql request' });
    const output = new Output(false);
    expect(logTo(output, 'pretty')[0]).toMatch(READABLE_REQUEST_LINE);
    // A file or a pipe gets no colour codes, even in the readable format.
    expect(output.text).not.toMatch(ANSI_COLOUR);
  });
});
