// The demo upstream: an OpenAI-compatible server on a loopback port that serves demo-chat
// (streaming included) and demo-fraud. Bulwark reaches it through the same upstream client as any
// real model, so the demo exercises the real forwarding path.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatTurn, demoChatReply, demoEmbedding, estimateTokens } from './chat.ts';
import { FRAUD_FEATURES, type FraudModel, parseTransaction, trainFraudModel } from './fraud.ts';

export const DEMO_MODELS = [
  { name: 'demo-chat', kind: 'chat', description: 'Deterministic chat model, vulnerable by design (see docs/demo-models.md)' },
  { name: 'demo-fraud', kind: 'predict', description: `Fraud classifier over ${FRAUD_FEATURES.join(', ')}` },
] as const;

const MAX_BODY = 4 * 1024 * 1024;

export interface DemoServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((p) => (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).join('');
  }
  return '';
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

function fail(res: ServerResponse, status: number, message: string): void {
  send(res, status, { error: { message, type: 'invalid_request_error', code: null } });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(c as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function limitText(text: string, maxTokens: unknown): { text: string; finish: 'stop' | 'length' } {
  if (typeof maxTokens === 'number' && maxTokens > 0 && text.length > maxTokens * 4) {
    return { text: text.slice(0, maxTokens * 4), finish: 'length' };
  }
  return { text, finish: 'stop' };
}

async function streamChat(res: ServerResponse, model: string, text: string, finish: string, includeUsage: boolean, promptTokens: number, delayMs: number): Promise<void> {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  const pieces = text.match(/\S+\s*|\s+/g) ?? [];
  for (const p of pieces) {
    if (res.destroyed) return;
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    res.write(chunk({ content: p }, null));
  }
  res.write(chunk({}, finish));
  if (includeUsage) {
    const completion = estimateTokens(text);
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage: { prompt_tokens: promptTokens, completion_tokens: completion, total_tokens: promptTokens + completion } })}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

async function handle(req: IncomingMessage, res: ServerResponse, fraud: FraudModel, delayMs: number): Promise<void> {
  const url = req.url ?? '/';
  if (req.method === 'GET' && url === '/v1/models') {
    return send(res, 200, { object: 'list', data: DEMO_MODELS.map((m) => ({ id: m.name, object: 'model', created: 0, owned_by: 'bulwark-demo' })) });
  }
  if (req.method !== 'POST') return fail(res, 404, 'not found');
  let body: Record<string, unknown>;
  try {
    body = (await readJson(req)) as Record<string, unknown>;
  } catch {
    return fail(res, 400, 'invalid JSON');
  }
  if (url === '/v1/predict/demo-fraud') {
    const one = (v: unknown) => {
      const t = parseTransaction(v);
      return typeof t === 'string' ? t : fraud.predict(t);
    };
    if ('input' in body) {
      const p = one(body.input);
      return typeof p === 'string' ? fail(res, 400, p) : send(res, 200, { model: 'demo-fraud', prediction: p });
    }
    if (Array.isArray(body.inputs)) {
      const ps = body.inputs.map(one);
      const bad = ps.findIndex((p) => typeof p === 'string');
      return bad >= 0 ? fail(res, 400, `inputs[${bad}]: ${String(ps[bad])}`) : send(res, 200, { model: 'demo-fraud', predictions: ps });
    }
    return fail(res, 400, 'expected {input: {...}} or {inputs: [...]}');
  }
  const model = typeof body.model === 'string' ? body.model : 'demo-chat';
  if (url === '/v1/chat/completions' || url === '/v1/completions') {
    const turns: ChatTurn[] =
      url === '/v1/chat/completions'
        ? (Array.isArray(body.messages) ? body.messages : []).map((m: { role?: unknown; content?: unknown }) => ({ role: String(m?.role ?? ''), content: textOf(m?.content) }))
        : [{ role: 'user', content: Array.isArray(body.prompt) ? body.prompt.map(String).join('\n') : String(body.prompt ?? '') }];
    const promptTokens = estimateTokens(turns.map((t) => t.content).join(' '));
    const { text, finish } = limitText(demoChatReply(turns), body.max_tokens ?? body.max_completion_tokens);
    const usage = { prompt_tokens: promptTokens, completion_tokens: estimateTokens(text), total_tokens: promptTokens + estimateTokens(text) };
    const created = Math.floor(Date.now() / 1000);
    if (url === '/v1/completions') {
      return send(res, 200, { id: `cmpl-${randomUUID()}`, object: 'text_completion', created, model, choices: [{ index: 0, text, finish_reason: finish, logprobs: null }], usage });
    }
    if (body.stream === true) {
      const opts = body.stream_options as { include_usage?: unknown } | undefined;
      return streamChat(res, model, text, finish, opts?.include_usage === true, promptTokens, delayMs);
    }
    return send(res, 200, {
      id: `chatcmpl-${randomUUID()}`,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finish, logprobs: null }],
      usage,
    });
  }
  if (url === '/v1/embeddings') {
    const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? '')];
    const data = inputs.map((t, index) => ({ object: 'embedding', index, embedding: demoEmbedding(t) }));
    const tokens = estimateTokens(inputs.join(' '));
    return send(res, 200, { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }
  return fail(res, 404, 'not found');
}

/** Starts the demo upstream on 127.0.0.1 (port 0 = any free port). */
export async function startDemoServer(opts: { port?: number; streamDelayMs?: number } = {}): Promise<DemoServer> {
  const fraud = trainFraudModel();
  const delayMs = opts.streamDelayMs ?? 5;
  const server = createServer((req, res) => {
    handle(req, res, fraud, delayMs).catch(() => {
      if (!res.headersSent) fail(res, 500, 'demo model error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
