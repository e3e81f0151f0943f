// npm run bench:limits — the per-request cost of the limit stage (limit.rate check + settle):
// 1. memory backend, one window and a typical policy (key: 3 request windows + concurrency,
//    address, global = 6 windows), with and without token estimation;
// 2. Redis backend (the machine's Redis, through a counting TCP proxy): latency and Redis round
//    trips per request, one request at a time and 64 in flight.
// Targets: ≤ 5 µs per request in memory, ≤ 1 Redis round trip per request. Prints a table and
// writes bench/results/limits.json. Numbers, not pass/fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { REPO_ROOT } from '../../src/datasets/index.ts';
import { rateLimitGuard } from '../../src/guards/limit/rate.ts';
import { RateLimitConfig } from '../../src/limits/config.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { Guard, GuardContext, RouteKind } from '../../src/pipeline/types.ts';
import { startTcpProxy } from '../../test/limits/tcp-proxy.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N = Number(args.get('iterations') ?? 200_000);
const REDIS_N = Number(args.get('redis-iterations') ?? 20_000);
const KEYS = 1_000;

interface Row {
  readonly case: string;
  readonly backend: 'memory' | 'redis';
  readonly windows: number;
  readonly p50Us: number;
  readonly p99Us: number;
  /** Mean per request over whole batches, including releases that finish after settle returns. */
  readonly meanUs: number;
  readonly redisRoundTripsPerRequest?: number;
}

const HIGH = 1e9;
const TYPICAL = {
  key: { requests_per_second: HIGH, requests_per_minute: HIGH, requests_per_day: HIGH, concurrent: 1_000_000 },
  address: { requests_per_minute: HIGH },
  global: { requests_per_second: HIGH },
};
const ONE = { key: { requests_per_minute: HIGH } };
const WITH_TOKENS = { key: { requests_per_minute: HIGH, tokens_per_minute: HIGH, concurrent: 1_000_000 } };

const contexts = (route: RouteKind): GuardContext[] =>
  Array.from({ length: KEYS }, (_, i) => ({
    requestId: `r${i}`,
    route,
    model: 'demo-chat',
    modelKind: 'chat',
    sourceIp: `10.0.${i >> 8}.${i & 255}`,
    headers: {},
    body: { model: 'demo-chat', messages: [{ role: 'user', content: 'Summarise the attached quarterly report in three bullet points, please.' }], max_tokens: 200 },
    principal: { id: `p${i}`, kind: 'service', name: 'bench', keyId: `key_${i}`, modelScopes: ['*'], roles: [] },
    segments: [{ location: 'messages[0].content', role: 'user', text: 'Summarise the attached quarterly report in three bullet points, please.' }],
    state: new Map(),
  }));

const OUTCOME = { status: 200, usage: { promptTokens: 20, completionTokens: 150, totalTokens: 170 } };
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (v: number) => Math.round(v * 1000) / 1000;
const flush = () => new Promise((r) => setImmediate(r));

/** One request = check, then settle (its releases run in the background, as in the gateway). */
async function measureSequential(g: Guard, route: RouteKind, n: number): Promise<{ p50: number; p99: number; mean: number }> {
  const ctxs = contexts(route);
  const one = async (i: number) => {
    const ctx = ctxs[i % KEYS]!;
    ctx.state.clear();
    const d = await g.check(ctx);
    if (d.action !== 'allow') throw new Error(`bench request refused: ${JSON.stringify(d.findings)}`);
    g.settle!(ctx, OUTCOME);
  };
  for (let i = 0; i < Math.min(n, 20_000); i++) await one(i); // warm-up
  await flush();
  const times: number[] = [];
  let total = 0n;
  for (let done = 0; done < n; done += 1_000) {
    const b0 = process.hrtime.bigint();
    for (let i = done; i < done + 1_000; i++) {
      const t0 = process.hrtime.bigint();
      await one(i);
      times.push(Number(process.hrtime.bigint() - t0) / 1_000);
    }
    await flush(); // the batch's releases have finished
    total += process.hrtime.bigint() - b0;
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 0.5), p99: pct(times, 0.99), mean: Number(total) / n / 1_000 };
}

async function guardFor(limits: unknown, redisPort?: number, prefix = 'bench:'): Promise<{ g: Guard; shared: SharedResourcePool }> {
  const shared = new SharedResourcePool();
  const config = RateLimitConfig.parse({
    key_prefix: prefix,
    ...(redisPort ? { backend: 'redis', redis: { url: `redis://127.0.0.1:${redisPort}`, command_timeout_ms: 1_000 } } : {}),
    limits,
  });
  return { g: await rateLimitGuard.create(config, { shared }), shared };
}

const rows: Row[] = [];
const windows = (l: Record<string, object>) => Object.values(l).reduce((s, w) => s + Object.keys(w).length, 0);

for (const [name, limits, route] of [
  ['memory, 1 window (key/min)', ONE, 'predict'],
  ['memory, typical: 6 windows (key s/min/day + concurrency, address, global)', TYPICAL, 'predict'],
  ['memory, key/min + tokens/min + concurrency, chat (tokenizer on a 14-token prompt)', WITH_TOKENS, 'chat'],
] as const) {
  const { g, shared } = await guardFor(limits);
  const m = await measureSequential(g, route, N);
  rows.push({ case: name, backend: 'memory', windows: windows(limits), p50Us: round(m.p50), p99Us: round(m.p99), meanUs: round(m.mean) });
  await shared.close();
}

// Redis, through a proxy that counts what the client writes (one write = one round trip).
const proxy = await startTcpProxy({ host: '127.0.0.1', port: 6379 });
const prefix = `bulwark-bench:${process.pid}:`;
try {
  for (const [name, limits] of [
    ['redis, typical: 6 windows, one request at a time', TYPICAL],
    ['redis, 3 request windows, no concurrency (nothing to release)', { key: { requests_per_second: HIGH, requests_per_minute: HIGH }, global: { requests_per_second: HIGH } }],
  ] as const) {
    const { g, shared } = await guardFor(limits, proxy.port, prefix);
    const before = proxy.writes;
    const m = await measureSequential(g, 'predict', REDIS_N);
    await new Promise((r) => setTimeout(r, 50));
    const trips = (proxy.writes - before) / (REDIS_N + Math.min(REDIS_N, 20_000));
    rows.push({ case: name, backend: 'redis', windows: windows(limits), p50Us: round(m.p50), p99Us: round(m.p99), meanUs: round(m.mean), redisRoundTripsPerRequest: round(trips) });
    await shared.close();
  }
  // The same, straight to Redis (no proxy hop): the latency a replica sees.
  {
    const { g, shared } = await guardFor(TYPICAL, 6379, prefix);
    const m = await measureSequential(g, 'predict', REDIS_N);
    rows.push({ case: 'redis direct (no counting proxy), typical: 6 windows, one at a time', backend: 'redis', windows: windows(TYPICAL), p50Us: round(m.p50), p99Us: round(m.p99), meanUs: round(m.mean) });
    await shared.close();
  }
  // 64 requests in flight: auto-pipelining batches admits and releases of different requests.
  {
    const { g, shared } = await guardFor(TYPICAL, proxy.port, prefix);
    const ctxs = contexts('predict');
    const before = proxy.writes;
    let next = 0;
    const t0 = process.hrtime.bigint();
    const worker = async () => {
      while (next < REDIS_N) {
        const i = next++;
        const ctx = { ...ctxs[i % KEYS]!, state: new Map() };
        await g.check(ctx);
        g.settle!(ctx, OUTCOME);
      }
    };
    await Promise.all(Array.from({ length: 64 }, worker));
    await new Promise((r) => setTimeout(r, 50));
    const mean = Number(process.hrtime.bigint() - t0) / REDIS_N / 1_000;
    rows.push({ case: 'redis, typical: 6 windows, 64 in flight (mean = wall time / requests)', backend: 'redis', windows: windows(TYPICAL), p50Us: NaN, p99Us: NaN, meanUs: round(mean), redisRoundTripsPerRequest: round((proxy.writes - before) / REDIS_N) });
    await shared.close();
  }
} finally {
  await proxy.close();
  const r = new Redis({ host: '127.0.0.1', port: 6379 });
  const keys = await r.keys(`${prefix}*`);
  for (let i = 0; i < keys.length; i += 1_000) await r.del(...keys.slice(i, i + 1_000));
  r.disconnect();
}

console.log(`limit stage (limit.rate check + settle), ${N} requests in memory, ${REDIS_N} on Redis (node ${process.version})`);
console.table(rows.map((r) => ({ case: r.case, windows: r.windows, 'p50 µs': r.p50Us, 'p99 µs': r.p99Us, 'mean µs': r.meanUs, 'Redis RT/req': r.redisRoundTripsPerRequest ?? '' })));
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'bench/results/limits.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, iterations: N, redisIterations: REDIS_N, rows }, null, 2));
console.log('wrote bench/results/limits.json');
