// A lean mock OpenAI upstream for the benchmark: answers every chat request with the same ~1 KB
// completion, as fast as node:http can. Run as its own process; prints its URL.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const content = 'Bulwark benchmark answer. '.repeat(38).slice(0, 1000);
const answer = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1,
  model: 'bench-model',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
  usage: { prompt_tokens: 250, completion_tokens: 250, total_tokens: 500 },
});
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(answer)) };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, headers).end(answer));
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/v1\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
