// Reads what an upstream answered and turns it into what the caller gets: JSON checked for shape,
// SSE passed through chunk by chunk (with a protocol-correct error event if the upstream fails
// mid-stream), or SSE buffered whole when output guards must see the full answer first.
import { Readable } from 'node:stream';
import { BulwarkError, errorBody } from '../errors/catalogue.ts';
import type { RouteKind } from '../pipeline/types.ts';
import { type UpstreamClient, type UpstreamResponse, transportError } from '../upstream/client.ts';
import { SseEvents } from './sse-events.ts';
import { SseUsageWatcher, type Usage } from './usage.ts';

const MAX_ERROR_BODY = 64 * 1024;
const MAX_UPSTREAM_MESSAGE = 500;

function header(resp: UpstreamResponse, name: string): string | undefined {
  const v = resp.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function isEventStream(resp: UpstreamResponse): boolean {
  return (header(resp, 'content-type') ?? '').toLowerCase().startsWith('text/event-stream');
}

/** The caller-facing error for a non-2xx upstream answer. */
export async function upstreamFailure(resp: UpstreamResponse): Promise<BulwarkError> {
  let message: string | undefined;
  try {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const c of resp.body) {
      size += (c as Buffer).length;
      if (size > MAX_ERROR_BODY) break;
      chunks.push(c as Buffer);
    }
    resp.body.destroy();
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { message?: unknown } };
    if (typeof parsed?.error?.message === 'string') message = parsed.error.message.replace(/\s+/g, ' ').slice(0, MAX_UPSTREAM_MESSAGE);
  } catch {
    resp.body.destroy();
  }
  const s = resp.status;
  if (s === 429) {
    const retry = Number(header(resp, 'retry-after'));
    return new BulwarkError('BULWARK_E_UPSTREAM_RATE_LIMITED', undefined, Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {});
  }
  // 401/403/404 upstream mean our own upstream configuration is wrong: not the caller's business.
  if (s >= 400 && s < 500 && s !== 401 && s !== 403 && s !== 404) {
    return new BulwarkError('BULWARK_E_UPSTREAM_REJECTED', message ? `The upstream model rejected the request: ${message}` : undefined);
  }
  return new BulwarkError('BULWARK_E_UPSTREAM_ERROR');
}

type Json = Record<string, unknown>;

/** Parses a JSON answer and checks the fields this route's clients rely on. */
export function parseUpstreamJson(raw: Buffer, route: RouteKind): Json {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE');
  const j = body as Json;
  if ((route === 'chat' || route === 'completions') && !Array.isArray(j.choices)) throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE');
  if (route === 'embeddings' && !Array.isArray(j.data)) throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE');
  return j;
}

export async function readUpstreamJson(client: UpstreamClient, resp: UpstreamResponse, route: RouteKind): Promise<Json> {
  return parseUpstreamJson(await client.readBody(resp.body), route);
}

export function sseErrorEvent(err: BulwarkError, requestId: string): string {
  return `data: ${JSON.stringify(errorBody(err, requestId))}\n\n`;
}

/** Streams the upstream's SSE to the caller as it arrives; backpressure flows both ways. */
export function passThroughSse(resp: UpstreamResponse, requestId: string, onEnd: (failed: BulwarkError | undefined, usage: Usage | undefined) => void): Readable {
  async function* relay() {
    let failed: BulwarkError | undefined;
    const usage = new SseUsageWatcher();
    try {
      for await (const chunk of resp.body) {
        usage.push(chunk as Buffer);
        yield chunk as Buffer;
      }
    } catch (e) {
      failed = transportError(e);
      yield Buffer.from(sseErrorEvent(failed, requestId));
    } finally {
      onEnd(failed, usage.usage);
    }
  }
  return Readable.from(relay(), { objectMode: false });
}

export interface BufferedStream {
  readonly raw: Buffer;
  /** Assembled text per choice index. */
  readonly texts: Map<number, string>;
  /** Assembled tool-call arguments, by location (`choices[i].message.tool_calls[j].function.arguments`). */
  readonly toolArgs: Map<string, string>;
  /** The upstream's `usage` object as sent (re-sent in a re-synthesised stream). */
  readonly usage?: Json;
}

/** Reads a whole SSE answer (bounded) and assembles each choice's text. */
export async function bufferSse(client: UpstreamClient, resp: UpstreamResponse, route: RouteKind): Promise<BufferedStream> {
  const raw = await client.readBody(resp.body);
  const texts = new Map<number, string>();
  const toolArgs = new Map<string, string>();
  let usage: Json | undefined;
  const events = new SseEvents((data) => {
    if (data === '' || data === '[DONE]') return;
    let ev: Json;
    try {
      ev = JSON.parse(data) as Json;
    } catch {
      throw new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE');
    }
    if (ev.usage && typeof ev.usage === 'object') usage = ev.usage as Json;
    if (!Array.isArray(ev.choices)) return;
    for (const c of ev.choices as Json[]) {
      const index = typeof c.index === 'number' ? c.index : 0;
      const piece = route === 'chat' ? (c.delta as Json | undefined)?.content : c.text;
      if (typeof piece === 'string') texts.set(index, (texts.get(index) ?? '') + piece);
      const calls = route === 'chat' ? (c.delta as Json | undefined)?.tool_calls : undefined;
      if (Array.isArray(calls)) {
        calls.forEach((call: Json, j) => {
          const args = (call?.function as Json | undefined)?.arguments;
          if (typeof args !== 'string') return;
          const where = `choices[${index}].message.tool_calls[${typeof call.index === 'number' ? call.index : j}].function.arguments`;
          toolArgs.set(where, (toolArgs.get(where) ?? '') + args);
        });
      }
    }
  }, { oversize: 'fail' });
  // The raw bytes go back to the client when no guard changed anything: every event in them,
  // the last one included even without its closing blank line, must have been read.
  events.push(raw);
  events.end();
  return { raw, texts, toolArgs, ...(usage ? { usage } : {}) };
}

/** Re-emits an answer whose text the output guards changed: one chunk per choice, then [DONE]. */
export function synthesizeSse(route: RouteKind, model: string, texts: ReadonlyMap<number, string>, usage: Json | undefined): string {
  const id = `chatcmpl-bulwark-${Date.now().toString(36)}`;
  const created = Math.floor(Date.now() / 1000);
  const object = route === 'chat' ? 'chat.completion.chunk' : 'text_completion';
  let out = '';
  for (const [index, text] of texts) {
    const choice = route === 'chat' ? { index, delta: { role: 'assistant', content: text }, finish_reason: null } : { index, text, finish_reason: null };
    out += `data: ${JSON.stringify({ id, object, created, model, choices: [choice] })}\n\n`;
    const done = route === 'chat' ? { index, delta: {}, finish_reason: 'stop' } : { index, text: '', finish_reason: 'stop' };
    out += `data: ${JSON.stringify({ id, object, created, model, choices: [done] })}\n\n`;
  }
  if (usage) out += `data: ${JSON.stringify({ id, object, created, model, choices: [], usage })}\n\n`;
  return `${out}data: [DONE]\n\n`;
}
