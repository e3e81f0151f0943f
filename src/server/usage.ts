// Token usage as the upstream reported it (OpenAI's `usage` object), read from a JSON answer or
// from the SSE events of a streamed one (the last event carries it when the caller asked for
// `stream_options.include_usage`). Limits reconcile their estimates with it; audit, metrics and
// monitors record it.
import type { RequestState } from './request-state.ts';
import { SseEvents } from './sse-events.ts';

export type Usage = NonNullable<RequestState['usage']>;

/** Most characters of one SSE event kept while looking for usage: a usage event is small. */
const MAX_EVENT = 16 * 1024;
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
 * Watches raw SSE bytes passing through and keeps the last usage reported. Only events that carry
 * a usage object are parsed as JSON; an over-long event is skipped, never buffered whole.
 */
export class SseUsageWatcher {
  private readonly events = new SseEvents((data) => {
    if (USAGE_OBJECT.test(data)) this.observe(data);
  }, { oversize: 'skip', maxChars: MAX_EVENT });
  usage: Usage | undefined;

  push(chunk: Uint8Array): void {
    this.events.push(chunk);
  }

  /** Takes the usage of one event's JSON data, if it has one. */
  private observe(data: string): void {
    try {
      const ev = JSON.parse(data) as { usage?: unknown };
      this.usage = usageOf(ev.usage) ?? this.usage;
    } catch {
      // Not JSON: the caller's client will see the same bytes; nothing to count.
    }
  }
}
