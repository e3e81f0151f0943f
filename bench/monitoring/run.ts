// npm run bench:monitoring — what the live model monitors cost per served request (budget:
// < 20 µs p50 on the request path):
// 1. request path: the bus subscriber queuing the request event (what runs inside the request's
//    onResponse hook, before the next request can be served on this loop turn),
// 2. the deferred drain per request, off the request path but on the same event loop: live
//    profile updates, prediction ledger and performance interval, for demo-fraud (6 numeric
//    features + label + score) and demo-chat (prompt and answer text profiles),
// 3. one scheduled drift run over both models (merge of the window from the store, judge, store).
// Prints a table and writes bench/results/monitoring.json. Numbers, not pass/fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PolicySchema } from '../../src/config/schema.ts';
import { REPO_ROOT } from '../../src/datasets/index.ts';
import { demoChatReply } from '../../src/demo/chat.ts';
import { generateTransactions, trainFraudModel } from '../../src/demo/fraud.ts';
import { EventBus, type RequestEvent } from '../../src/events/bus.ts';
import { demoChatPrompts } from '../../src/monitor/models/builtin.ts';
import { ManualClock } from '../../src/monitor/models/clock.ts';
import { ReferenceCatalog } from '../../src/monitor/models/references.ts';
import { ModelMonitoring } from '../../src/monitor/models/service.ts';
import { openStore } from '../../src/store/store.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N = Number(args.get('iterations') ?? 50_000);

interface Row {
  readonly case: string;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly samples: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Times every call on its own (hrtime; its own cost, ~50 ns, is included). */
function timeEach(name: string, items: readonly RequestEvent[], fn: (e: RequestEvent) => void): Row {
  const t: number[] = [];
  for (const e of items) {
    const t0 = process.hrtime.bigint();
    fn(e);
    t.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  t.sort((a, b) => a - b);
  return { case: name, p50Us: quantile(t, 0.5), p99Us: quantile(t, 0.99), samples: t.length };
}

function event(model: string, route: RequestEvent['route'], input: unknown, answer: unknown, i: number): RequestEvent {
  return { type: 'request', time: 0, requestId: `req-${i}`, route, model, sourceIp: '10.0.0.1', status: 200, stream: false, decisions: [], latencyMs: 20, upstreamMs: 15, payload: { input, answer } };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-mon-'));
  const store = await openStore({ dataDir: dir });
  const policy = PolicySchema.parse(
    parse(`version: 1
upstreams: { demo: { builtin: demo } }
models:
  - { name: demo-chat, kind: chat, upstream: demo }
  - { name: demo-fraud, kind: predict, upstream: demo }
monitoring: { interval_ms: 3600000, settle_ms: 0 }
`),
  );
  const clock = new ManualClock(Date.UTC(2026, 0, 5));
  const references = new ReferenceCatalog(() => clock.now(), store);
  references.get('demo-fraud');
  references.get('demo-chat');
  const bus = new EventBus();
  const monitoring = new ModelMonitoring({ store, bus, references, policy: () => policy, clock, tickMs: 0, readProcess: () => ({ rssBytes: 1, heapUsedBytes: 1, loopLagMs: 1 }) });

  const model = trainFraudModel();
  const { x } = generateTransactions(N, 11);
  const fraud = x.map((t, i) => event('demo-fraud', 'predict', { input: t }, { model: 'demo-fraud', prediction: model.predict(t) }, i));
  const prompts = demoChatPrompts(Math.min(N, 5_000), 99);
  const chat = prompts.map((p, i) =>
    event('demo-chat', 'chat', { model: 'demo-chat', messages: [{ role: 'user', content: p }] }, { choices: [{ index: 0, message: { role: 'assistant', content: demoChatReply([{ role: 'user', content: p }]) } }] }, N + i),
  );

  const rows: Row[] = [];
  // 1. Request path: emit on the bus (the monitors' subscriber queues by reference).
  const warm = fraud.slice(0, 2_000);
  for (const e of warm) bus.emit(e);
  monitoring.drain();
  rows.push(timeEach('request path: bus.emit → enqueue (demo-fraud)', fraud, (e) => bus.emit(e)));
  monitoring.drain();
  rows.push(timeEach('request path: bus.emit → enqueue (demo-chat)', chat, (e) => bus.emit(e)));
  monitoring.drain();
  // 2. Deferred work per request.
  rows.push(timeEach('deferred drain per request (demo-fraud, 6 features + label + score)', fraud, (e) => monitoring.observe(e)));
  // One chat per simulated second: every text is profiled (within text_records_per_second).
  rows.push(timeEach('deferred drain per request (demo-chat, prompt + answer text profiled)', chat, (e) => monitoring.observe(e, clock.advance(1_000))));
  // A flood in one second: past the budget, texts only count for performance.
  rows.push(timeEach('deferred drain per request (demo-chat, over the per-second text budget)', chat, (e) => monitoring.observe(e, clock.now())));
  // 3. One scheduled run (flush buckets, merge window, judge features, store series).
  clock.advance(3_600_000);
  const t0 = performance.now();
  await monitoring.tick();
  const runMs = performance.now() - t0;
  clock.advance(3_600_000);
  for (const e of fraud.slice(0, 5_000)) monitoring.observe(e);
  const t1 = performance.now();
  await monitoring.tick();
  const runWarmMs = performance.now() - t1;

  await monitoring.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const width = Math.max(...rows.map((r) => r.case.length));
  console.log(`${'case'.padEnd(width)}  p50 µs   p99 µs   samples`);
  for (const r of rows) console.log(`${r.case.padEnd(width)}  ${r.p50Us.toFixed(2).padStart(6)}  ${r.p99Us.toFixed(2).padStart(7)}  ${r.samples}`);
  console.log(`scheduled drift run (2 models, first: noise levels computed): ${runMs.toFixed(1)} ms; next run: ${runWarmMs.toFixed(1)} ms`);
  const out = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'monitoring.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, iterations: N, rows, scheduledRunMs: { first: runMs, next: runWarmMs } }, null, 2)}\n`,
  );
}

await main();
