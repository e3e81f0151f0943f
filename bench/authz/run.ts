// npm run bench:authz — the per-request cost of authentication + authorization on the hot path
// (warm credential and decision caches), the target being ≤ 10 µs:
// 1. core: CredentialStore.resolve (HMAC-SHA256 + cache + constant-time compare + CIDR) and
//    AccessControl.authorize (cached decision + event to one subscriber),
// 2. through the pipeline: the auth.api_key and authz.rbac guards run by Pipeline.run, as a
//    data-plane request does,
// 3. for reference, the cold path (credential cache disabled: one store lookup per request).
// Prints a table and writes bench/results/authz.json. Numbers, not pass/fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from '../../src/config/load.ts';
import { EventBus } from '../../src/events/bus.ts';
import { buildPipeline } from '../../src/gateway/runtime.ts';
import { accessControlFor } from '../../src/identity/access-control.ts';
import { CredentialStore } from '../../src/identity/api-keys.ts';
import type { GuardContext } from '../../src/pipeline/types.ts';
import { REPO_ROOT } from '../../src/datasets/index.ts';
import { openStore } from '../../src/store/store.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N = Number(args.get('iterations') ?? 200_000);
const ROUNDS = Number(args.get('rounds') ?? 7);

interface Row {
  readonly case: string;
  readonly medianUs: number;
  readonly p99Us: number;
  readonly opsPerSec: number;
}

/** Runs `fn` in batches, returning the median and p99 of the per-call time of each batch (µs). */
async function measure(name: string, n: number, fn: () => unknown): Promise<Row> {
  const batch = 1_000;
  for (let i = 0; i < Math.min(n, 20_000); i++) await fn(); // warm-up (JIT, caches)
  const perCall: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (let done = 0; done < n / ROUNDS; done += batch) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) await fn();
      perCall.push(Number(process.hrtime.bigint() - t0) / batch / 1_000);
    }
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(perCall.length / 2)]!;
  return { case: name, medianUs: round(median), p99Us: round(perCall[Math.floor(perCall.length * 0.99)]!), opsPerSec: Math.round(1e6 / median) };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-authz-'));
const store = await openStore({ dataDir: dir });
try {
  const secret = Buffer.alloc(32, 1);
  const creds = new CredentialStore(store, secret, 2_000);
  const pid = await creds.createPrincipal({ kind: 'service', name: 'bench app' });
  await creds.bindRole(pid, 'app', 'model:demo-*');
  const { key } = await creds.createKey(pid, { name: 'bench', modelScopes: ['demo-*'], sourceCidrs: ['127.0.0.0/8'] });
  const bus = new EventBus();
  let events = 0;
  bus.subscribe(() => {
    events++;
  });
  const loaded = defaultPolicy();
  const access = accessControlFor(loaded, bus, creds);
  const rows: Row[] = [];

  rows.push(
    await measure('core: resolve + authorize (warm)', N, async () => {
      const p = await creds.resolve(key, '127.0.0.1');
      if (!access.authorize(p, 'model:invoke', 'model:demo-chat', 'r').allowed) throw new Error('denied');
    }),
  );
  rows.push(await measure('  resolve only (warm)', N, () => creds.resolve(key, '127.0.0.1')));
  const principal = (await creds.resolve(key, '127.0.0.1'))!;
  rows.push(await measure('  authorize only (cached decision)', N, () => access.authorize(principal, 'model:invoke', 'model:demo-chat', 'r')));

  const pipeline = await buildPipeline(
    { ...loaded.policy, guards: loaded.policy.guards.filter((g) => g.id.startsWith('auth')) },
    { resolvePrincipal: (k, ip) => creds.resolve(k, ip), access },
  );
  const headers = { authorization: `Bearer ${key}` };
  rows.push(
    await measure('pipeline: auth.api_key + authz.rbac (warm)', N, async () => {
      const ctx: GuardContext = { requestId: 'r', route: 'chat', model: 'demo-chat', modelKind: 'chat', sourceIp: '127.0.0.1', headers, body: {}, principal: undefined, segments: [], state: new Map() };
      const a = await pipeline.run('authenticate', ctx);
      const z = await pipeline.run('authorize', { ...ctx, principal: a.principal });
      if (z.action !== 'allow') throw new Error('denied');
    }),
  );

  const cold = new CredentialStore(store, secret, 0);
  rows.push(await measure('reference: resolve, cache off (SQLite lookup)', Math.min(N, 20_000), () => cold.resolve(key, '127.0.0.1')));
  await cold.close();
  await pipeline.close();
  await creds.close();

  const width = Math.max(...rows.map((r) => r.case.length));
  console.log(`\nauthn + authz per request (${N} iterations, ${ROUNDS} rounds; median and p99 of 1,000-call batches; Node ${process.version})\n`);
  console.log(`${'case'.padEnd(width)}  median µs   p99 µs    ops/s`);
  for (const r of rows) console.log(`${r.case.padEnd(width)}  ${r.medianUs.toFixed(3).padStart(9)}  ${r.p99Us.toFixed(3).padStart(7)}  ${String(r.opsPerSec).padStart(8)}`);
  const target = rows[3]!.medianUs <= 10 ? 'met' : 'NOT met';
  console.log(`\ntarget ≤ 10 µs (pipeline, warm): ${target}; authz events emitted: ${events}\n`);
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(REPO_ROOT, 'bench/results/authz.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, iterations: N, rounds: ROUNDS, targetUs: 10, rows }, null, 2)}\n`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
