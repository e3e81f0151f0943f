// Token usage as the upstream reported it (OpenAI's `usage` object), read from a JSON answer or
// from the SSE events of a streamed one (the last event carries it when the caller asked for
// `stream_options.include_usage`). Limits reconcile their estimates with it; audit, metrics and
// monitors record it.
import type { RequestState } from './request-state.ts';

export type Usage = NonNullable<RequestState['usage']>;

/** Most bytes of one SSE line kept while looking for usage: a usage event is small. */
const MAX_LINE = 16 * 1024;
const USAGE_OBJECT = /"usage"\s*:\s*\{/;

const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** The counts of an upstream `usage` object; undefined when it is absent or holds no valid count. */
export function usageOf(raw: unknown): Usage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const u = raw as Record<string, unknown>;
  const promptTokens = count(u.prompt_tokens);
  const completionTokens = count(u.completion_tokens);
  const totalTokens = count(u.total_tokens);
  if (promptTokens === undefined && completionTokens === undefined && totalTokens === undefined) return undefined;
  return {
    ...(promptTokens !== undefined ? { promptTokens } : {}),
    ...(completionTokens !== undefined ? { completionTokens } : {}),
    ...(totalTokens !== undefined ? { totalTokens } : {}),
  };
}

/**
 * Watches raw SSE bytes passing through and keeps the last usage reported. Only lines that carry
 * a usage object are parsed; an over-long line is skipped, never buffered whole.
 */
export class SseUsageWatcher {
  private readonly decoder = new TextDecoder();
  private line = '';
  private skipping = false;
  usage: Usage | undefined;

  push(chunk: Uint8Array): void {
    const text = this.decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.append(text.slice(start, nl));
      this.endLine();
      start = nl + 1;
    }
    this.append(text.slice(start));
  }

  private append(piece: string): void {
    if (this.skipping) return;
    if (this.line.length + piece.length > MAX_LINE) {
      this.skipping = true;
      this.line = '';
      return;
    }
    this.line += piece;
  }

  private endLine(): void {
    const line = this.line;
    this.line = '';
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    if (!line.startsWith('data:') || !USAGE_OBJECT.test(line)) return;
    this.observe(line.slice(5).trim());
  }

  /** Takes the usage of one event's JSON data, if it has one. */
  observe(data: string): void {
    try {
      const ev = JSON.parse(data) as { usage?: unknown };
      this.usage = usageOf(ev.usage) ?? this.usage;
    } catch {
      // Not JSON: the caller's client will see the same bytes; nothing to count.
    }
  }
}
