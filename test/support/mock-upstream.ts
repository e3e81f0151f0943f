// A scriptable OpenAI-compatible upstream for tests and benchmarks: counts and records what it
// receives, and can answer slowly, wrongly, or not at all.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type MockMode =
  | { kind: 'ok'; answer?: string }
  /** Streams `chunks`; with `usage`, a last event carries it (as OpenAI's `include_usage` does). */
  | { kind: 'stream'; chunks: string[]; delayMs?: number; failAfter?: number; usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } }
  /** Answers with one tool call whose arguments are `args` (streamed in `chunkSize` pieces if asked). */
  | { kind: 'tool'; args: string; chunkSize?: number }
  /** Answers with the last user message, whole or streamed in chunks of `chunkSize` characters. */
  | { kind: 'echo'; chunkSize?: number }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Sends `body` as an event stream exactly as given (for malformed or unterminated streams). */
  | { kind: 'raw-sse'; body: string }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'close' };

export interface Received {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface MockUpstream {
  readonly baseUrl: string;
  readonly received: Received[];
  mode: MockMode;
  /** Set when a streamed answer was cut off because the client went away. */
  aborted: number;
  close(): Promise<void>;
}

function chatAnswer(content: string, model: string) {
  return {
    id: 'chatcmpl-mock',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
  };
}

function streamChunk(content: string, finish: string | null = null) {
  return `data: ${JSON.stringify({ id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: 1, model: 'mock', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}

export async function startMockUpstream(initial: MockMode = { kind: 'ok' }): Promise<MockUpstream> {
  const sockets = new Set<import('node:net').Socket>();
  const state: MockUpstream = {
    baseUrl: '',
    received: [],
    mode: initial,
    aborted: 0,
    close: async () => {},
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}');
      return;
    }
    state.received.push({ path: req.url ?? '', headers: req.headers, body });
    const mode = state.mode;
    let model = 'mock';
    try {
      model = (JSON.parse(body) as { model?: string }).model ?? 'mock';
    } catch {}
    switch (mode.kind) {
      case 'tool': {
        const call = (args: string, first: boolean) => ({ index: 0, ...(first ? { id: 'call_1', type: 'function' } : {}), function: { ...(first ? { name: 'send_email' } : {}), arguments: args } });
        if (!(JSON.parse(body) as { stream?: boolean }).stream) {
          const answer = chatAnswer('', model) as { choices: Array<{ message: Record<string, unknown> }> };
          answer.choices[0]!.message = { role: 'assistant', content: null, tool_calls: [call(mode.args, true)] };
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const size = mode.chunkSize ?? 4;
        for (let i = 0; i < mode.args.length; i += size) {
          const delta = { ...(i === 0 ? { role: 'assistant' } : {}), tool_calls: [call(mode.args.slice(i, i + size), i === 0)] };
          res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`);
        }
        res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] })}\n\n`);
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'echo': {
        const parsed = JSON.parse(body) as { stream?: boolean; messages?: Array<{ role: string; content: string }> };
        const last = [...(parsed.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
        if (!parsed.stream) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(chatAnswer(last, model)));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const size = mode.chunkSize ?? 3;
        for (let i = 0; i < last.length; i += size) res.write(streamChunk(last.slice(i, i + size)));
        res.write(streamChunk('', 'stop'));
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'ok': {
        const url = req.url ?? '';
        const payload = url.includes('/predict/')
          ? { prediction: { label: 'ok' }, echo: JSON.parse(body) }
          : url.endsWith('/embeddings')
            ? { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }], model }
            : url.endsWith('/completions') && !url.endsWith('/chat/completions')
              ? { id: 'cmpl', object: 'text_completion', created: 1, model, choices: [{ index: 0, text: mode.answer ?? 'ok', finish_reason: 'stop' }] }
              : chatAnswer(mode.answer ?? 'Hello from the mock upstream.', model);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
        return;
      }
      case 'stream': {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        let closed = false;
        res.on('close', () => {
          if (!res.writableFinished) {
            closed = true;
            state.aborted++;
          }
        });
        for (let i = 0; i < mode.chunks.length; i++) {
          if (closed) return;
          if (mode.failAfter !== undefined && i === mode.failAfter) {
            res.destroy();
            return;
          }
          res.write(streamChunk(mode.chunks[i]!));
          if (mode.delayMs) await new Promise((r) => setTimeout(r, mode.delayMs));
        }
        res.write(streamChunk('', 'stop'));
        if (mode.usage) res.write(`data: ${JSON.stringify({ id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: 1, model: 'mock', choices: [], usage: mode.usage })}\n\n`);
        res.end('data: [DONE]\n\n');
        return;
      }
      case 'status':
        res.writeHead(mode.status, { 'content-type': 'application/json', ...mode.headers }).end(JSON.stringify(mode.body ?? { error: { message: 'mock failure' } }));
        return;
      case 'raw-sse':
        res.writeHead(200, { 'content-type': 'text/event-stream' }).end(mode.body);
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [ this is not json');
        return;
      case 'hang':
        return; // never answers; the gateway's timeout must fire
      case 'close':
        req.socket.destroy();
        return;
    }
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  });
}
