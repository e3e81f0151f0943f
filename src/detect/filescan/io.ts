// Streaming input and output for the file scanner: a byte-counting file reader, a line splitter
// that never holds more than one bounded piece of a line, and a buffered writer with backpressure.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { Transform, type Readable } from 'node:stream';

/**
 * A file stream that reports each chunk's size (for progress and throughput). The count is a
 * transform in the pipe, not a 'data' listener, so nothing flows before a consumer is attached.
 */
export function openCounted(path: string, onBytes: (n: number) => void): Readable {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  file.on('error', (e) => counter.destroy(e));
  counter.on('close', () => file.destroy());
  return file.pipe(counter);
}

export interface LinePiece {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
  /** false when the line is longer than the piece limit and continues in the next piece. */
  readonly complete: boolean;
  /** true for the first piece of a line. */
  readonly first: boolean;
}

/**
 * Lines of a UTF-8 stream without their line terminators. A line longer than `maxPiece`
 * characters is delivered in pieces, so memory stays bounded whatever the file holds.
 */
export async function* readLines(stream: Readable, maxPiece: number): AsyncGenerator<LinePiece> {
  if (!Number.isInteger(maxPiece) || maxPiece < 2) throw new RangeError('readLines: maxPiece must be at least 2');
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 1;
  let first = true;
  const piece = (text: string, complete: boolean): LinePiece => {
    const p = { line, text, complete, first };
    first = complete;
    if (complete) line++;
    return p;
  };
  /** A whole line, in pieces of at most maxPiece characters. */
  const whole = function* (text: string): Generator<LinePiece> {
    let t = text.endsWith('\r') ? text.slice(0, -1) : text;
    while (t.length > maxPiece) {
      yield piece(t.slice(0, maxPiece), false);
      t = t.slice(maxPiece);
    }
    yield piece(t, true);
  };
  for await (const chunk of stream) {
    carry += decoder.write(chunk as Buffer);
    let at = 0;
    for (let nl = carry.indexOf('\n'); nl !== -1; nl = carry.indexOf('\n', at)) {
      yield* whole(carry.slice(at, nl));
      at = nl + 1;
    }
    carry = carry.slice(at);
    while (carry.length > maxPiece) {
      // Never end a piece on '\r': it may be the first half of a CRLF terminator.
      const cut = carry[maxPiece - 1] === '\r' ? maxPiece - 1 : maxPiece;
      yield piece(carry.slice(0, cut), false);
      carry = carry.slice(cut);
    }
  }
  carry += decoder.end();
  if (carry.length > 0 || !first) yield* whole(carry);
}

/** A writer that batches small writes and waits for the file to drain. */
export class BufferedWriter {
  readonly #out: WriteStream;
  #buffer = '';

  constructor(path: string) {
    // 'wx' would refuse to overwrite; a redacted copy is expected to replace an earlier one.
    this.#out = createWriteStream(path, { flags: 'w', mode: 0o600 });
  }

  async write(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= 64 * 1024) await this.#drain();
  }

  async #drain(): Promise<void> {
    const data = this.#buffer;
    this.#buffer = '';
    if (data.length > 0 && !this.#out.write(data)) await once(this.#out, 'drain');
  }

  async close(): Promise<void> {
    await this.#drain();
    this.#out.end();
    await once(this.#out, 'finish');
  }

  /** Abandon the output (the scan failed): close without waiting for pending data. */
  destroy(): void {
    this.#out.destroy();
  }
}
