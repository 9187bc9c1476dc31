import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * A file that appears under its name only when complete: the export goes to a temporary file beside it, which
 * is renamed at the end, or removed when the export fails. An earlier file of that name stays until then.
 */
export class AtomicFile {
  private readonly temporaryPath: string;
  private stream: fs.WriteStream | null = null;

  constructor(private readonly finalPath: string) {
    this.temporaryPath = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.partial`);
  }

  /** Opens synchronously, so that a folder that does not exist fails here with its own message. */
  open(): Writable {
    const descriptor = fs.openSync(this.temporaryPath, 'wx');
    this.stream = fs.createWriteStream(this.temporaryPath, { fd: descriptor });
    return this.stream;
  }

  async commit(): Promise<void> {
    if (!this.stream) throw new Error('Nothing was written.');
    this.stream.end();
    await finished(this.stream);
    await fs.promises.rename(this.temporaryPath, this.finalPath);
  }

  async discard(): Promise<void> {
    this.stream?.destroy();
    await fs.promises.rm(this.temporaryPath, { force: true });
  }
}
