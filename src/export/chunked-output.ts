import { Writable } from 'node:stream';

const CHUNK_CHARACTERS = 64 * 1024;

/**
 * Gathers small pieces of text into chunks and writes each chunk only when the destination has room,
 * so a slow reader slows the export down instead of filling memory. Nothing reaches the destination
 * before the first chunk is full, which leaves time to answer with an error instead while nothing was sent.
 */
export class ChunkedOutput {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly destination: Writable) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK_CHARACTERS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingLength === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (this.destination.destroyed || this.destination.writableEnded) throw new OutputClosedError();
    if (!this.destination.write(chunk)) await drained(this.destination);
  }
}

export class OutputClosedError extends Error {
  constructor() {
    super('The output was closed before the export finished.');
  }
}

function drained(destination: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      destination.off('drain', onDrain);
      destination.off('close', onClose);
      destination.off('error', onError);
    };
    const onDrain = () => {
      cleanUp();
      resolve();
    };
    const onClose = () => {
      cleanUp();
      reject(new OutputClosedError());
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    destination.on('drain', onDrain);
    destination.on('close', onClose);
    destination.on('error', onError);
  });
}
