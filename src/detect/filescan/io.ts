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

/** Bytes decoded into one string at most (below V8's 128 KiB large-object size). */
const DECODE_PART = 64 * 1024;

/**
 * Lines of a UTF-8 stream without their line terminators, in batches (one per chunk read: a
 * generator step per line would cost more than scanning it). A line longer than `maxPiece`
 * characters is delivered in pieces, so memory stays bounded whatever the file holds.
 */
export async function* readLines(stream: Readable, maxPiece: number): AsyncGenerator<LinePiece[]> {
  if (!Number.isInteger(maxPiece) || maxPiece < 2) throw new RangeError('readLines: maxPiece must be at least 2');
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 1;
  let first = true;
  let batch: LinePiece[] = [];
  const piece = (text: string, complete: boolean): void => {
    batch.push({ line, text, complete, first });
    first = complete;
    if (complete) line++;
  };
  /** A whole line, in pieces of at most maxPiece characters. */
  const whole = (text: string): void => {
    let t = text.endsWith('\r') ? text.slice(0, -1) : text;
    while (t.length > maxPiece) {
      piece(t.slice(0, maxPiece), false);
      t = t.slice(maxPiece);
    }
    piece(t, true);
  };
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    // Decoded in parts of at most DECODE_PART bytes, each ending after a '\n' where the chunk has
    // one: a string that large goes to V8's large-object space, which costs more to allocate than
    // the file took to read (a line never spans a cut, so the decoder's output is the same).
    for (let from = 0; from < bytes.length; ) {
      const nl = bytes.length - from > DECODE_PART ? bytes.lastIndexOf(10, from + DECODE_PART - 1) : -1;
      const to = nl >= from ? nl + 1 : bytes.length;
      const text = decoder.write(bytes.subarray(from, to));
      from = to;
      // Lines are cut from the new text alone; only the first one is joined to the carry.
      let at = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', at)) {
        whole(at === 0 && carry !== '' ? carry + text.slice(0, end) : text.slice(at, end));
        at = end + 1;
      }
      carry = at === 0 ? carry + text : text.slice(at);
    }
    while (carry.length > maxPiece) {
      // Never end a piece on '\r': it may be the first half of a CRLF terminator.
      const cut = carry[maxPiece - 1] === '\r' ? maxPiece - 1 : maxPiece;
      piece(carry.slice(0, cut), false);
      carry = carry.slice(cut);
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  carry += decoder.end();
  if (carry.length > 0 || !first) whole(carry);
  if (batch.length > 0) yield batch;
}

/** A writer that batches small writes and waits for the file to drain. */
export class BufferedWriter {
  readonly #out: WriteStream;
  #buffer = '';

  constructor(path: string) {
    // 'wx' would refuse to overwrite; a redacted copy is expected to replace an earlier one.
    this.#out = createWriteStream(path, { flags: 'w', mode: 0o600 });
  }

  /** Returns a promise only when the caller must wait for the file to drain. */
  write(text: string): Promise<void> | undefined {
    this.#buffer += text;
    return this.#buffer.length >= 64 * 1024 ? this.#drain() : undefined;
  }

  #drain(): Promise<void> | undefined {
    const data = this.#buffer;
    this.#buffer = '';
    if (data.length > 0 && !this.#out.write(data)) return once(this.#out, 'drain').then(() => undefined);
    return undefined;
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
