// npm run bench:alerts — what alerting costs a request: the detection rules and the behaviour
// baselines observe each request event (after a simulated week, so every identity has a
// baseline), alone and through the event bus with the whole alerting service subscribed; and how
// fast the alert manager stores signals (SQLite). Target on the request path: under 20 µs p50.
// Prints a table and writes bench/results/alerts.json. Numbers, not pass/fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Registry } from 'prom-client';
import { AlertsSchema } from '../../src/config/alerts-schema.ts';
import { parsePolicy } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/datasets/index.ts';
import { EventBus, type RequestEvent } from '../../src/events/bus.ts';
import { startAlerting } from '../../src/incidents/alerts/service.ts';
import { BehaviourMonitor } from '../../src/monitor/behaviour/monitor.ts';
import { activeRules } from '../../src/monitor/rules/builtin.ts';
import { RuleEngine } from '../../src/monitor/rules/engine.ts';
import { openStore } from '../../src/store/store.ts';
import { DAY, PERSONAS, T0, normalTraffic, request } from '../../test/alerts/traffic.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const N = Number(args.get('iterations') ?? 200_000);

interface Row {
  readonly case: string;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly opsPerSec: number;
}

/** Per-call time of batches of 1000 calls: the median and p99 over batches (µs). */
function measure(name: string, n: number, fn: (i: number) => void): Row {
  for (let i = 0; i < Math.min(n, 20_000); i++) fn(i);
  const perCall: number[] = [];
  const batch = 1_000;
  let i = 0;
  const t0 = process.hrtime.bigint();
  while (i < n) {
    const b0 = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) fn(i++);
    perCall.push(Number(process.hrtime.bigint() - b0) / 1_000 / batch);
  }
  const total = Number(process.hrtime.bigint() - t0) / 1e9;
  perCall.sort((a, b) => a - b);
  return { case: name, p50Us: perCall[Math.floor(perCall.length / 2)]!, p99Us: perCall[Math.floor(perCall.length * 0.99)]!, opsPerSec: Math.round(n / total) };
}

/** Request events of the eighth day, in the personas' normal pattern, looping with advancing time. */
function dayEvents(): RequestEvent[] {
  const out: RequestEvent[] = [];
  for (const { events } of normalTraffic(T0 + 7 * DAY, 1, 99)) for (const e of events) if (e.type === 'request') out.push(e);
  return out;
}

function trainedMonitor(): BehaviourMonitor {
  let now = T0;
  const m = new BehaviourMonitor({ config: AlertsSchema.parse({}).behaviour, signal: () => {}, clock: () => now });
  for (const { slotEnd, events } of normalTraffic(T0, 7)) {
    for (const e of events) m.observe(e);
    now = slotEnd;
    m.tick(now);
  }
  return m;
}

const day = dayEvents();
const shifted = (i: number): RequestEvent => {
  const e = day[i % day.length]!;
  return { ...e, time: e.time + Math.floor(i / day.length) * DAY };
};
const events = Array.from({ length: Math.min(N, 200_000) }, (_v, i) => shifted(i));
const ev = (i: number) => events[i % events.length]!;
const rows: Row[] = [];

const rules = new RuleEngine(activeRules(AlertsSchema.parse({})), { signal: () => {} });
rows.push(measure('rules: 4 built-in rules, one request event', N, (i) => rules.observe(ev(i))));

const custom = AlertsSchema.parse({
  rules: Array.from({ length: 20 }, (_v, k) => ({ id: `r${k}`, description: 'x', severity: 'low', events: ['request'], where: { all: [{ field: 'status', gte: 400 }, { field: 'model', eq: `m${k}` }] }, group_by: 'principal_id', threshold: 10 })),
});
const rules24 = new RuleEngine(activeRules(custom), { signal: () => {} });
rows.push(measure('rules: 4 built-in + 20 custom rules', N, (i) => rules24.observe(ev(i))));

const behaviour = trainedMonitor();
rows.push(measure(`behaviour: 3 identities per event (${PERSONAS.length * 3} tracked, trained)`, N, (i) => behaviour.observe(ev(i))));

const crowd = trainedMonitor();
rows.push(measure('behaviour: 5000 distinct addresses (LRU full, population baseline)', N, (i) => crowd.observe(request({ time: T0 + 7 * DAY + i, address: `198.18.${(i >> 8) & 255}.${i & 255}`, principal: `p${i % 5000}`, tokens: 100 }))));

const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-alerts-'));
try {
  const store = await openStore({ dataDir: dir });
  const policy = parsePolicy('version: 1\nupstreams: { demo: { builtin: demo } }\nmodels: [{ name: demo-chat, kind: chat, upstream: demo }]\n', 'bench').policy;
  const bus = new EventBus();
  let now = T0 + 7 * DAY;
  const alerting = startAlerting({ store, bus, policy: () => policy, registry: new Registry(), logger: pino({ level: 'silent' }), clock: () => now });
  for (const { slotEnd, events: es } of normalTraffic(T0, 7)) {
    for (const e of es) bus.emit(e);
    now = slotEnd;
    alerting.tick(now);
  }
  rows.push(measure('bus.emit(request) with the alerting service subscribed', N, (i) => bus.emit(ev(i))));
  await alerting.flush();

  const signals = 2_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < signals; i++) {
    bus.emit({ type: 'alert.signal', time: now, signal: { source: 'bench.signal', severity: 'low', title: 'bench', entity: { kind: 'address', id: `192.0.2.${i % 500}` }, evidence: { i }, time: now + i } });
  }
  await alerting.flush();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const storeRow = { case: `alert manager: ${signals} signals → 500 grouped alerts (SQLite)`, p50Us: (secs * 1e6) / signals, p99Us: Number.NaN, opsPerSec: Math.round(signals / secs) };
  rows.push(storeRow);
  await alerting.close();
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`alerting cost (${N} iterations; per call, median and p99 of 1000-call batches)`);
for (const r of rows) console.log(`${r.case.padEnd(72)} p50 ${r.p50Us.toFixed(2).padStart(7)} µs  p99 ${Number.isNaN(r.p99Us) ? '      -' : r.p99Us.toFixed(2).padStart(7)} µs  ${String(r.opsPerSec).padStart(9)}/s`);
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'bench/results/alerts.json'), `${JSON.stringify({ node: process.version, iterations: N, rows }, null, 2)}\n`);
