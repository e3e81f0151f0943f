// Incremental scanning of a streamed answer: each chunk is scanned together with what is still
// held, the safe prefix is released (redacted), and just enough is held back that a secret or
// identifier split across chunks is caught before any of it leaves.
import { createRedactor, type Redaction, type Redactor } from './redactor.ts';
import type { EntityMatch, TextDetector } from './overlaps.ts';

/** Hold-back for detectors that do not state their own. */
export const DEFAULT_HOLD_BACK = 64;

export interface StreamScannerOptions {
  readonly detectors: readonly TextDetector[];
  /** Default: mask every entity. */
  readonly redactor?: Redactor;
  /** Needed when the redactor pseudonymises. */
  readonly conversationId?: string;
  /**
   * Characters held back: at least the longest prefix any detector needs before its match
   * appears. Default: the largest `holdBack` the detectors state (DEFAULT_HOLD_BACK otherwise).
   * When every detector implements `releasableUpTo` (the secret detector does: complete words),
   * text is released up to there even inside the hold-back, cutting the added delay to a word.
   */
  readonly holdBack?: number;
  /**
   * The most characters held at once. A match that keeps growing past it (an endless key block)
   * ends the stream as blocked: the scanner fails closed rather than release it. Default 65,536.
   */
  readonly maxPending?: number;
  /** Called once, when the stream is blocked. */
  readonly onBlock?: (block: StreamBlock) => void;
}

export interface StreamBlock {
  readonly reason: 'policy' | 'hold_limit';
  /** Redactions with offsets in the whole stream's original text. */
  readonly redactions: readonly Redaction[];
}

export interface StreamRelease {
  /** Redacted text that may be sent now ('' when nothing is ready or the stream is blocked). */
  readonly text: string;
  readonly blocked: boolean;
  /** Redactions in this release; `start`/`end` are offsets in the whole stream's original text. */
  readonly redactions: readonly Redaction[];
}

export interface StreamScanner {
  push(chunk: string): StreamRelease;
  /** Release everything still held, at the end of the stream. */
  flush(): StreamRelease;
  readonly blocked: boolean;
  /** Characters of original text held back right now. */
  readonly pending: number;
}

const NOTHING: StreamRelease = Object.freeze({ text: '', blocked: false, redactions: Object.freeze([]) });
const BLOCKED: StreamRelease = Object.freeze({ text: '', blocked: true, redactions: Object.freeze([]) });

/**
 * The release point: `limit`, moved back to the start of any match that crosses it, until no
 * match crosses it. A match touching the end of the buffer (`length`) may still grow, so it
 * counts as crossing and is held whole.
 */
export function releasePoint(matches: readonly EntityMatch[], limit: number, length = Infinity): number {
  let cut = limit;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of matches) {
      if (m.start < cut && (m.end > cut || m.end >= length)) {
        cut = m.start;
        changed = true;
      }
    }
  }
  return cut;
}

export function createStreamScanner(options: StreamScannerOptions): StreamScanner {
  if (options.detectors.length === 0) throw new RangeError('stream scanner: at least one detector is required');
  const stated = options.detectors.map((d) => d.holdBack ?? DEFAULT_HOLD_BACK);
  const holdBack = options.holdBack ?? Math.max(...stated);
  const maxPending = options.maxPending ?? 65_536;
  if (!Number.isInteger(holdBack) || holdBack < 1) throw new RangeError('stream scanner: holdBack must be a positive integer');
  if (!Number.isInteger(maxPending) || maxPending <= holdBack) {
    throw new RangeError('stream scanner: maxPending must be an integer above holdBack');
  }
  // Text can go out before the hold-back only where every detector says it may.
  const early = options.detectors.every((d) => d.releasableUpTo !== undefined);
  const redactor = options.redactor ?? createRedactor();
  const redactOptions = options.conversationId === undefined ? {} : { conversationId: options.conversationId };
  // Already released original text, kept so that key words before a value are still seen.
  let context = '';
  let pending = '';
  let offset = 0; // stream offset of pending[0]
  let blocked = false;

  function block(reason: StreamBlock['reason'], redactions: readonly Redaction[]): StreamRelease {
    blocked = true;
    context = '';
    pending = '';
    options.onBlock?.({ reason, redactions });
    return BLOCKED;
  }

  function step(final: boolean): StreamRelease {
    const buf = context + pending;
    const base = context.length;
    let limit = buf.length - holdBack;
    if (early) limit = Math.max(limit, Math.min(...options.detectors.map((d) => d.releasableUpTo?.(buf) ?? 0)));
    // Nothing can be released yet: skip the detectors.
    if (!final && limit <= base) return NOTHING;
    const matches: EntityMatch[] = [];
    for (const d of options.detectors) {
      for (const m of d.detect(buf)) {
        if (m.end <= base) continue; // decided when it was released
        matches.push(m.start < base ? { ...m, start: base } : m);
      }
    }
    const cut = final ? buf.length : Math.max(base, releasePoint(matches, limit, buf.length));
    if (buf.length - cut > maxPending) return block('hold_limit', []);
    if (cut === base) return NOTHING;
    const inside = matches
      .filter((m) => m.end <= cut)
      .map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
    const result = redactor.redact(buf.slice(base, cut), inside, redactOptions);
    const shift = offset;
    const redactions = result.redactions.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }));
    if (result.blocked) return block('policy', redactions);
    const released = pending.slice(0, cut - base);
    context = (context + released).slice(-holdBack);
    pending = pending.slice(cut - base);
    offset += released.length;
    return { text: result.text, blocked: false, redactions };
  }

  return {
    push(chunk) {
      if (blocked) return BLOCKED;
      if (typeof chunk !== 'string') throw new TypeError('stream scanner: chunks must be strings');
      pending += chunk;
      return step(false);
    },
    flush() {
      if (blocked) return BLOCKED;
      return step(true);
    },
    get blocked() {
      return blocked;
    },
    get pending() {
      return pending.length;
    },
  };
}
