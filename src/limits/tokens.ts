// Token estimates before the call, with a real BPE tokenizer (gpt-tokenizer): the prompt's text
// plus the completion the request may ask for. Reconciled with the upstream's `usage` afterwards.
import type { RouteKind, TextSegment } from '../pipeline/types.ts';

export type TokenEncoding = 'o200k_base' | 'cl100k_base';

export interface TokenEstimate {
  readonly prompt: number;
  readonly completion: number;
  readonly total: number;
}

type CountTokens = (text: string) => number;

/** Loads one encoding's tables (hundreds of ms, tens of MB): once per guard, never per request. */
export async function loadTokenCounter(encoding: TokenEncoding): Promise<CountTokens> {
  const mod = encoding === 'o200k_base' ? await import('gpt-tokenizer/encoding/o200k_base') : await import('gpt-tokenizer/encoding/cl100k_base');
  return (text) => mod.countTokens(text);
}

// OpenAI's chat format adds about 3 tokens around each message and 3 to prime the reply
// ("How to count tokens with tiktoken", OpenAI Cookbook); close enough for a reservation.
const PER_MESSAGE = 3;
const REPLY_PRIMING = 3;
// Used only before any text was tokenized, for the part of a huge input that is not.
const CHARS_PER_TOKEN = 4;
const MAX_COMPLETION = 10_000_000;
const MAX_CHOICES = 128;

function nonNegativeInt(v: unknown, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? Math.min(v, max) : undefined;
}

export class TokenEstimator {
  constructor(
    private readonly count: CountTokens,
    private readonly maxChars: number,
    private readonly defaultCompletion: number,
  ) {}

  /**
   * Tokens of the segments' text. Past `maxChars` the rest is extrapolated from the tokens per
   * character seen so far, so a huge body costs bounded CPU and is still charged for its size.
   */
  promptTokens(segments: readonly TextSegment[]): number {
    let budget = this.maxChars;
    let counted = 0;
    let countedChars = 0;
    let restChars = 0;
    for (const s of segments) {
      if (budget <= 0) {
        restChars += s.text.length;
        continue;
      }
      const part = s.text.length <= budget ? s.text : s.text.slice(0, budget);
      counted += this.count(part);
      countedChars += part.length;
      budget -= part.length;
      restChars += s.text.length - part.length;
    }
    if (restChars === 0) return counted;
    const perChar = countedChars > 0 && counted > 0 ? counted / countedChars : 1 / CHARS_PER_TOKEN;
    return counted + Math.ceil(restChars * perChar);
  }

  /** The reservation for one request: 0 for routes that spend no tokens (predict, models). */
  estimate(route: RouteKind, body: unknown, segments: readonly TextSegment[]): TokenEstimate {
    if (route === 'predict' || route === 'models') return { prompt: 0, completion: 0, total: 0 };
    const json = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    let prompt = this.promptTokens(segments);
    if (route === 'embeddings') return { prompt, completion: 0, total: prompt };
    if (route === 'chat' && Array.isArray(json.messages)) prompt += json.messages.length * PER_MESSAGE + REPLY_PRIMING;
    // The limit stage runs before validation: read the client's numbers defensively.
    const asked = nonNegativeInt(json.max_completion_tokens, MAX_COMPLETION) ?? nonNegativeInt(json.max_tokens, MAX_COMPLETION) ?? this.defaultCompletion;
    const choices = Math.max(1, nonNegativeInt(json.n, MAX_CHOICES) ?? 1);
    const completion = asked * choices;
    return { prompt, completion, total: prompt + completion };
  }
}
