// The replay's upstream: the demo fraud model and a small chat model on one loopback server, with
// a latency knob, so the replay can slow the upstream down (the latency spike) on cue.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoChatReply } from '../../src/demo/chat.ts';
import { type FraudModel, parseTransaction, trainFraudModel } from '../../src/demo/fraud.ts';

export interface ReplayUpstream {
  readonly baseUrl: string;
  readonly fraud: FraudModel;
  /** Added to every answer, in (real) milliseconds. */
  delayMs: number;
  close(): Promise<void>;
}

const ROW = 'customer 10422, account current, balance 1,204.55 EUR, last payment 2026-10-30, status active; ';

function chatAnswer(prompt: string): string {
  // "Export everything" gets a long answer (about 15,000 tokens): the replay's bulk read.
  if (/\bexport (?:all|everything)\b/i.test(prompt)) return ROW.repeat(600);
  return demoChatReply([{ role: 'user', content: prompt }]);
}

export async function startReplayUpstream(): Promise<ReplayUpstream> {
  const fraud = trainFraudModel();
  const state = { delayMs: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        const send = () => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        if (state.delayMs > 0) setTimeout(send, state.delayMs);
        else send();
      };
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return reply(400, { error: { message: 'bad json' } });
      }
      if (req.url === '/v1/predict/demo-fraud') {
        const t = parseTransaction(body.input);
        return typeof t === 'string' ? reply(400, { error: { message: t } }) : reply(200, { model: 'demo-fraud', prediction: fraud.predict(t) });
      }
      if (req.url === '/v1/chat/completions') {
        const messages = (body.messages as Array<{ content?: unknown }> | undefined) ?? [];
        const prompt = String(messages[messages.length - 1]?.content ?? '');
        const text = chatAnswer(prompt);
        const completion = Math.ceil(text.length / 4);
        return reply(200, {
          id: 'chatcmpl-replay',
          object: 'chat.completion',
          created: 0,
          model: String(body.model),
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: completion, total_tokens: Math.ceil(prompt.length / 4) + completion },
        });
      }
      reply(404, { error: { message: 'no such route' } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    fraud,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
