// `npm run bench:audit`: append throughput with group commit (SQLite full/normal durability,
// PostgreSQL when reachable; CPU seconds include the SQLite writer thread's), latency the audit log adds to the request path in `strict` mode,
// and verification speed. Prints a table, writes bench/results/audit.json, never fails.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { AuditLog } from '../../src/audit/log.ts';
import type { AuditRequestEntry } from '../../src/audit/port.ts';
import { entryLine } from '../../src/audit/sinks/sink.ts';
import { storeEntries } from '../../src/audit/source.ts';
import { verifyJsonl, verifyStore } from '../../src/audit/verify-sources.ts';
import { AuditSchema } from '../../src/config/audit-schema.ts';
import { startGateway } from '../../src/gateway/gateway.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { mockPolicy } from '../../test/support/gateway.ts';
import { startMockUpstream } from '../../test/support/mock-upstream.ts';
import { PG_URL, uniqueSchema } from '../../test/support/services.ts';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.BENCH_AUDIT_ENTRIES ?? 200_000);
const CLIENTS = 4_000;

/** Request ids: `bench-<i>` (near-sequential, kind to the request-id index) unless the gateway's own random UUIDs are asked for. */
const sample = (i: number, id = `bench-${i}`): AuditRequestEntry => ({
  kind: i % 2 ? 'outcome' : 'request',
  requestId: id,
  time: Date.now(),
  route: 'chat',
  model: 'gpt-4o-mini',
  principalId: `p_${i % 50}`,
  keyId: `k_${i % 50}`,
  sourceIp: '10.1.2.3',
  stream: false,
  decisions: [
    { guard: 'auth.api_key', kind: 'auth.api_key', stage: 'authenticate', mode: 'enforce', action: 'allow', decided: 'allow', findings: [], durationMs: 0.02 },
    { guard: 'scan.pii', kind: 'scan.pii', stage: 'scan_input', mode: 'enforce', action: 'redact', decided: 'redact', findings: [{ guard: 'scan.pii', rule: 'email', score: 0.97, reason: 'email address', span: { start: 10, end: 30 }, location: 'messages[0].content', entity: 'EMAIL' }], durationMs: 0.3 },
  ],
  status: 200,
  upstreamStatus: 200,
  latencyMs: 123.456,
  usage: { promptTokens: 20, completionTokens: 40, totalTokens: 60 },
});

/** CPU seconds this process used since `from`: steadier than wall time on a shared machine. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** Runs a verification and measures it: entries per second of wall clock and of CPU time. */
async function timedVerify<T extends { entries: number; ok: boolean }>(run: () => Promise<T>) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const v = await run();
  const s = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(c0);
  return { v, stats: { entries: v.entries, ok: v.ok, entriesPerSec: Math.round(v.entries / s), entriesPerCpuSec: Math.round(v.entries / cpu) } };
}

const verifyRow = (x: { entries: number; ok: boolean; entriesPerSec: number; entriesPerCpuSec: number }): string =>
  `${x.entriesPerSec.toLocaleString('en')} entries/s (${x.entriesPerCpuSec.toLocaleString('en')} per CPU-s) over ${x.entries.toLocaleString('en')} (ok=${x.ok})`;

async function append(store: Store, dir: string, durability: 'full' | 'normal', n: number, uuids = false) {
  const log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ durability, checkpoint: { every_entries: 100_000 } }) });
  // Closed loop, as on a busy gateway: CLIENTS callers each record an entry, wait for it to be
  // committed, and record the next, so new entries are sealed while earlier ones are written.
  let next = 0;
  const client = async () => {
    for (let i = next++; i < n; i = next++) await log.record(uuids ? sample(i, randomUUID()) : sample(i));
  };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const s = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(c0);
  const stats = { ...log.writer.stats };
  await log.close();
  return { entriesPerSec: Math.round(n / s), entriesPerCpuSec: Math.round(n / cpu), seconds: +s.toFixed(2), batches: stats.batches, avgBatch: Math.round(stats.entries / stats.batches) };
}

/** Flushes what the append run left in the OS write-back cache, so the latency run pays only for its own commits. */
function settleWrites(store: Store) {
  if (store.dialect !== 'sqlite') return;
  for (const f of [store.location, `${store.location}-wal`]) {
    if (!existsSync(f)) continue;
    const fd = openSync(f, 'r');
    fsyncSync(fd);
    closeSync(fd);
  }
}

/** record(request) + record(outcome) per request: what strict mode adds, alone and with 32 in flight. */
async function recordLatency(store: Store, dir: string, durability: 'full' | 'normal') {
  settleWrites(store);
  const log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ durability }) });
  const one = async (i: number) => {
    const t = performance.now();
    await log.record({ ...sample(i), kind: 'request' });
    await log.record({ ...sample(i), kind: 'outcome' });
    return performance.now() - t;
  };
  for (let i = 0; i < 200; i++) await one(i);
  const seq: number[] = [];
  for (let i = 0; i < 2_000; i++) seq.push(await one(i));
  const conc: number[] = [];
  const worker = async (w: number) => {
    for (let i = 0; i < 200; i++) conc.push(await one(w * 1000 + i));
  };
  await Promise.all(Array.from({ length: 32 }, (_, w) => worker(w)));
  await log.close();
  return { sequential: { p50: +pct(seq, 50).toFixed(3), p99: +pct(seq, 99).toFixed(3) }, concurrent32: { p50: +pct(conc, 50).toFixed(3), p99: +pct(conc, 99).toFixed(3) } };
}

/** The gateway's own overhead header, with the audit log on (strict) and off. */
async function gatewayOverhead(enabled: boolean, durability: 'full' | 'normal' = 'full') {
  const up = await startMockUpstream();
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-gw-'));
  const policy = join(dir, 'p.yaml');
  writeFileSync(policy, `${mockPolicy(up.baseUrl)}audit:\n  enabled: ${enabled}\n  mode: strict\n  durability: ${durability}\n`);
  const gw = await startGateway({ configPath: policy, dataDir: join(dir, 'data'), port: 0, logger: pino({ level: 'silent' }) });
  const body = JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'hello' }] });
  const over: number[] = [];
  for (let i = 0; i < 1_500; i++) {
    const r = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.bootstrapAdminKey}` }, body });
    await r.arrayBuffer();
    if (i >= 300) over.push(Number(r.headers.get('x-bulwark-overhead-ms')));
  }
  await gw.close(500);
  await up.close();
  rmSync(dir, { recursive: true, force: true });
  return { p50: +pct(over, 50).toFixed(3), p99: +pct(over, 99).toFixed(3) };
}

const results: Record<string, unknown> = { entries: N, node: process.version, loadavg_at_start: loadavg().map((x) => +x.toFixed(2)), note: 'shared 2-core machine; numbers vary run to run' };
const rows: Array<[string, string]> = [];
{
  // Calibration: how fast this machine is right now, so the numbers can be scaled to another.
  const probe = sample(1);
  const t = performance.now();
  for (let i = 0; i < 20_000; i++) JSON.stringify(probe);
  const us = ((performance.now() - t) * 1000) / 20_000;
  results.calibration_json_stringify_us = +us.toFixed(2);
  rows.push(['calibration: JSON.stringify(one entry)', `${us.toFixed(2)} µs (scale the rows below by this on another machine)`]);
}
const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-audit-'));
try {
  for (const durability of ['full', 'normal'] as const) {
    const d = join(dir, durability);
    const store = await openStore({ dataDir: d });
    const a = await append(store, d, durability, N);
    results[`sqlite_append_${durability}`] = a;
    rows.push([`SQLite append (synchronous=${durability.toUpperCase()})`, `${a.entriesPerSec.toLocaleString('en')} entries/s (${a.entriesPerCpuSec.toLocaleString('en')} per CPU-s; avg batch ${a.avgBatch})`]);
    const l = await recordLatency(store, d, durability);
    results[`sqlite_strict_latency_${durability}_ms`] = l;
    rows.push([`strict added latency, SQLite ${durability} (1 in flight)`, `p50 ${l.sequential.p50} ms, p99 ${l.sequential.p99} ms`]);
    rows.push([`strict added latency, SQLite ${durability} (32 in flight)`, `p50 ${l.concurrent32.p50} ms, p99 ${l.concurrent32.p99} ms`]);
    if (durability === 'full') {
      // The gateway's request ids are random UUIDs: every entry lands on a random page of the request-id index.
      const du = join(dir, 'full-uuid');
      const storeU = await openStore({ dataDir: du });
      const au = await append(storeU, du, 'full', N, true);
      await storeU.close();
      results.sqlite_append_full_uuid_ids = au;
      rows.push(['SQLite append (FULL), random UUID request ids', `${au.entriesPerSec.toLocaleString('en')} entries/s (${au.entriesPerCpuSec.toLocaleString('en')} per CPU-s; avg batch ${au.avgBatch})`]);
      const trustedKeys = [readFileSync(join(d, 'audit-signing.pub'), 'utf8')];
      const { v, stats } = await timedVerify(() => verifyStore(store, { trustedKeys, checkpointFile: join(d, 'audit-checkpoints.jsonl') }));
      results.verify_sqlite = stats;
      rows.push(['verify (SQLite store)', verifyRow(stats)]);
      const file = join(dir, 'export.jsonl');
      const lines: string[] = [];
      for (const chain of v.chains) for await (const e of storeEntries(store, chain.chain)) lines.push(entryLine({ ...e, index: {} }));
      writeFileSync(file, lines.join(''));
      const jsonl = await timedVerify(() => verifyJsonl(file, { trustedKeys, checkpointFile: join(d, 'audit-checkpoints.jsonl') }));
      results.verify_jsonl = jsonl.stats;
      rows.push(['verify (JSONL export)', verifyRow(jsonl.stats)]);
    }
    await store.close();
  }
  try {
    const schema = uniqueSchema('bwbench');
    const store = await openStore({ url: PG_URL, dataDir: join(dir, 'pg'), pgSchema: schema });
    const a = await append(store, join(dir, 'pg'), 'full', Math.min(N, 100_000));
    results.postgres_append = a;
    rows.push(['PostgreSQL append', `${a.entriesPerSec.toLocaleString('en')} entries/s (avg batch ${a.avgBatch})`]);
    const l = await recordLatency(store, join(dir, 'pg'), 'full');
    results.postgres_strict_latency_ms = l;
    rows.push(['strict added latency, PostgreSQL (1 in flight)', `p50 ${l.sequential.p50} ms, p99 ${l.sequential.p99} ms`]);
    rows.push(['strict added latency, PostgreSQL (32 in flight)', `p50 ${l.concurrent32.p50} ms, p99 ${l.concurrent32.p99} ms`]);
    const pgKeys = [readFileSync(join(dir, 'pg', 'audit-signing.pub'), 'utf8')];
    const pg = await timedVerify(() => verifyStore(store, { trustedKeys: pgKeys, checkpointFile: join(dir, 'pg', 'audit-checkpoints.jsonl') }));
    results.verify_postgres = pg.stats;
    rows.push(['verify (PostgreSQL store, server-side cursor)', verifyRow(pg.stats)]);
    const { sql } = await import('kysely');
    await sql.raw(`drop schema ${schema} cascade`).execute(store.db);
    await store.close();
  } catch (e) {
    rows.push(['PostgreSQL', `skipped: ${(e as Error).message.slice(0, 80)}`]);
  }
  const off = await gatewayOverhead(false);
  const on = await gatewayOverhead(true);
  const onNormal = await gatewayOverhead(true, 'normal');
  results.gateway_overhead_ms = {
    audit_off: off,
    audit_strict_full: on,
    added_p50: +(on.p50 - off.p50).toFixed(3),
    added_p99: +(on.p99 - off.p99).toFixed(3),
    audit_strict_normal: onNormal,
    added_p50_normal: +(onNormal.p50 - off.p50).toFixed(3),
  };
  rows.push(['gateway overhead, audit off', `p50 ${off.p50} ms, p99 ${off.p99} ms`]);
  rows.push(['gateway overhead, audit strict (SQLite FULL)', `p50 ${on.p50} ms, p99 ${on.p99} ms (added p50 ${(on.p50 - off.p50).toFixed(3)} ms)`]);
  rows.push(['gateway overhead, audit strict (SQLite NORMAL)', `p50 ${onNormal.p50} ms, p99 ${onNormal.p99} ms (added p50 ${(onNormal.p50 - off.p50).toFixed(3)} ms)`]);
} catch (e) {
  rows.push(['error', (e as Error).message]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nBulwark audit benchmark (${N.toLocaleString('en')} entries; targets: >=100,000 appends/s on SQLite, <=0.2 ms p50 added, >=500,000 verified/s)\n`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
const out = resolve(here, '../results/audit.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}`);
