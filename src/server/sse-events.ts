// Reads the events of an upstream server-sent-event stream (eventsource-parser, spec-conformant:
// multi-line data, CR/LF variants, comments) from bytes as they arrive, holding at most a bounded
// amount of one unfinished event. Every SSE consumer of the gateway reads through this one class.
import { createParser, type EventSourceParser } from 'eventsource-parser';
import { BulwarkError } from '../errors/catalogue.ts';

/** Most characters of one unfinished event held: OpenAI chunks are a few KB. */
export const MAX_SSE_EVENT_CHARS = 1 << 20;

export interface SseEventsOptions {
  /** What to do with an event larger than `maxChars`: fail the stream, or drop that event and go on. */
  readonly oversize: 'fail' | 'skip';
  readonly maxChars?: number;
}

export class SseEvents {
  private readonly decoder = new TextDecoder();
  private readonly parser: EventSourceParser;
  private overflowed = false;
  private readonly maxChars: number;

  /** `onData` receives each event's data (data lines joined by "\n"); events without data are skipped. */
  constructor(onData: (data: string) => void, private readonly opts: SseEventsOptions) {
    this.maxChars = opts.maxChars ?? MAX_SSE_EVENT_CHARS;
    this.parser = createParser({
      maxBufferSize: this.maxChars,
      onEvent: (ev) => onData(ev.data),
      onError: (err) => {
        if (err.type === 'max-buffer-size-exceeded') this.overflowed = true;
      },
    });
  }

  push(chunk: Uint8Array | string): void {
    this.feed(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
  }

  /**
   * Ends the stream. An event not closed by a blank line is still delivered: whoever re-sends the
   * raw bytes must have seen every event in them.
   */
  end(): void {
    this.feed(`${this.decoder.decode()}\n\n`);
  }

  private feed(text: string): void {
    if (text === '') return;
    this.parser.feed(text);
    if (!this.overflowed) return;
    this.overflowed = false;
    if (this.opts.oversize === 'fail') {
      throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE', `An event of the upstream stream is longer than ${this.maxChars} characters.`);
    }
    // Skip: drop what is left of the oversized event and resume at the next one.
    this.parser.reset({ consume: false });
  }
}
