import pino, { DestinationStream, Logger } from 'pino';
import { isColorSupported, prettyFactory } from 'pino-pretty';
import { LogFormat, LogLevel } from '../config';

export type { Logger };

/**
 * Each line is formatted as it is written, in this thread, rather than by pino-pretty's transport in a worker
 * thread: a line logged just before the process exits (a failed start, the end of a shutdown) is never lost.
 */
function prettyLines(destination: DestinationStream, colorize: boolean): DestinationStream {
  const prettify = prettyFactory({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true, colorize });
  return { write: (line: string) => destination.write(prettify(line)) };
}

/**
 * Writes to standard output unless told otherwise. The `auto` format picks one by the destination: readable lines at
 * a terminal (pino-pretty, in colour where the terminal has it and NO_COLOR does not say otherwise), one JSON object
 * per line, for a log collector, anywhere else. A file or a pipe never gets colour codes.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream & { isTTY?: boolean }, format: LogFormat = 'auto'): Logger {
  const options = { level, timestamp: pino.stdTimeFunctions.isoTime };
  const terminal = Boolean((destination ?? process.stdout).isTTY);
  if (format === 'json' || (format === 'auto' && !terminal)) return pino(options, destination);
  return pino(options, prettyLines(destination ?? pino.destination({ dest: 1, sync: true }), terminal && isColorSupported));
}
