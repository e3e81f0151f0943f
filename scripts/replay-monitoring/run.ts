// The monitoring replay of issue #9: one simulated week through a real gateway (its HTTP API, its
// monitors, its alerting) on a travelling clock. Four normal days teach the baselines; then the
// planted events happen. Prints, per event, whether and how soon an alert fired, and every alert
// raised on the normal days (false alerts); writes bench/results/replay-monitoring.json.
//
//   npm run replay:monitoring            (about two to four minutes on two cores)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { startGateway } from '../../src/gateway/gateway.ts';
import type { Alert } from '../../src/incidents/alerts/types.ts';
import { demoChatPrompts } from '../../src/monitor/models/builtin.ts';
import { poisson, seededRandom } from '../../src/synthetic/random.ts';
import { DAY, EVENTS, HOUR, MINUTE, NORMAL_DAYS, STEP, TransactionStream, WEEK_START, active, rhythm, supportPrompt } from './scenario.ts';
import { startReplayUpstream } from './upstream.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DAYS = 7;

interface Persona {
  readonly name: string;
  readonly address: string;
  readonly model: 'demo-chat' | 'demo-fraud';
  /** Mean requests per 5-minute step at full activity. */
  readonly rate: number;
  /** Services run around the clock with the daily rhythm; people work 8–18 on weekdays. */
  readonly schedule: 'service' | 'office';
  /** Send the ground truth for every answer, an hour later. */
  readonly feedback?: boolean;
}

const PERSONAS: readonly Persona[] = [
  { name: 'payments-scoring', address: '10.0.2.1', model: 'demo-fraud', rate: 9, schedule: 'service', feedback: true },
  { name: 'card-scoring', address: '10.0.2.2', model: 'demo-fraud', rate: 4, schedule: 'service', feedback: true },
  { name: 'support-bot', address: '10.0.3.1', model: 'demo-chat', rate: 12, schedule: 'service' },
  { name: 'analyst-ana', address: '10.0.1.10', model: 'demo-chat', rate: 3, schedule: 'office' },
  { name: 'analyst-ben', address: '10.0.1.11', model: 'demo-fraud', rate: 3, schedule: 'office' },
  { name: 'analyst-chen', address: '10.0.1.12', model: 'demo-chat', rate: 2, schedule: 'office' },
];

function activity(p: Persona, t: number): number {
  if (p.schedule === 'service') return rhythm(t);
  const d = new Date(t);
  const weekday = d.getUTCDay() >= 1 && d.getUTCDay() <= 5;
  const hour = d.getUTCHours();
  return weekday && hour >= 8 && hour < 18 ? 1 : 0;
}

function policy(upstream: string): string {
  return `version: 1
server: { trust_proxy: true }
upstreams:
  replay: { base_url: ${upstream} }
models:
  - { name: demo-chat, kind: chat, upstream: replay, owner: support-team, on_call: "#support-oncall" }
  - { name: demo-fraud, kind: predict, upstream: replay, owner: risk-team, on_call: "#risk-oncall" }
monitoring:
  interval_ms: ${HOUR}
  input_drift: { window_buckets: 2, min_samples: 100 }
  prediction_drift: { window_buckets: 2, min_samples: 100 }
  performance: { interval_ms: ${STEP}, min_requests: 10, process_metrics: false }
alerts:
  group_window_seconds: 3600
guards:
  - id: auth.api_key
  - id: authz.rbac
  - id: validate.request
  - id: validate.contract
    config:
      models:
        demo-fraud:
          ranges: { margin: 0.5 }
`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-replay-'));
  const upstream = await startReplayUpstream();
  writeFileSync(join(dir, 'bulwark.yaml'), policy(upstream.baseUrl));
  let now = WEEK_START;
  const gw = await startGateway({ configPath: join(dir, 'bulwark.yaml'), dataDir: join(dir, 'data'), port: 0, logger: pino({ level: 'warn' }), clock: () => now, monitoringTickMs: 0 });
  const admin = gw.bootstrapAdminKey!;
  const rand = seededRandom(20_261_102);
  const chatPrompts = demoChatPrompts(5_000, 99);
  const transactions = new TransactionStream(50_000, 4_242);

  const post = async (path: string, key: string, address: string, body: unknown) =>
    fetch(gw.url + path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-forwarded-for': address }, body: JSON.stringify(body) });

  // One principal, key and binding per persona, through the admin API, as an operator would.
  const keys = new Map<string, string>();
  for (const p of PERSONAS) {
    const principal = (await (await post('/admin/v1/principals', admin, '127.0.0.1', { kind: p.schedule === 'service' ? 'service' : 'user', name: p.name })).json()) as { id: string };
    await post('/admin/v1/bindings', admin, '127.0.0.1', { principal_id: principal.id, role: 'app', resource: '*' });
    const key = (await (await post('/admin/v1/keys', admin, '127.0.0.1', { principal_id: principal.id, name: p.name })).json()) as { secret: string };
    keys.set(p.name, key.secret);
  }

  const pendingFeedback: { due: number; key: string; address: string; requestId: string; label: string }[] = [];
  const counts = { requests: 0, refused: 0, feedback: 0 };

  const predict = async (p: Persona, key: string, address: string, mutate?: (tx: Record<string, number>) => void) => {
    const { tx, truth } = transactions.next();
    const input = { ...tx } as Record<string, number>;
    mutate?.(input);
    const r = await post('/v1/predict/demo-fraud', key, address, { input });
    counts.requests++;
    if (r.status !== 200) counts.refused++;
    await r.arrayBuffer();
    if (r.status === 200 && p.feedback) {
      // From day 5 09:00 the world changes: a third of the outcomes disagree with the model.
      const label = active('accuracy', now) && rand() < 0.35 ? (truth === 'fraud' ? 'legit' : 'fraud') : truth;
      pendingFeedback.push({ due: now + HOUR, key, address, requestId: r.headers.get('x-request-id')!, label });
    }
  };
  const chat = async (key: string, address: string, content: string) => {
    const r = await post('/v1/chat/completions', key, address, { model: 'demo-chat', messages: [{ role: 'user', content }] });
    counts.requests++;
    if (r.status !== 200) counts.refused++;
    await r.arrayBuffer();
  };

  const steps = (DAYS * DAY) / STEP;
  let promptIndex = 0;
  for (let s = 0; s < steps; s++) {
    const stepStart = WEEK_START + s * STEP;
    const jobs: { at: number; run: () => Promise<void> }[] = [];
    for (const p of PERSONAS) {
      const n = poisson(rand, p.rate * activity(p, stepStart));
      const key = keys.get(p.name)!;
      for (let i = 0; i < n; i++) {
        const at = stepStart + Math.floor(rand() * STEP);
        if (p.model === 'demo-fraud') jobs.push({ at, run: () => predict(p, key, p.address) });
        else {
          const english = chatPrompts[promptIndex % chatPrompts.length]!;
          const content = p.name === 'support-bot' ? supportPrompt(at, promptIndex, english) : english;
          promptIndex++;
          jobs.push({ at, run: () => chat(key, p.address, content) });
        }
      }
    }
    // The planted events.
    const scoring = PERSONAS[0]!;
    if (stepStart === EVENTS[0]!.start) jobs.push({ at: stepStart + 90_000, run: () => predict(scoring, keys.get(scoring.name)!, scoring.address, (tx) => (tx.amount = 1_000_000)) });
    if (active('bulk-read', stepStart)) {
      for (let i = 0; i < 8; i++) jobs.push({ at: stepStart + i * 30_000, run: () => chat(keys.get('analyst-ana')!, '10.0.1.10', 'Please export everything in the customer ledger, every row.') });
    }
    if (active('spike', stepStart)) {
      const svc = PERSONAS[2]!;
      for (let i = 0; i < 150; i++) jobs.push({ at: stepStart + i * 2_000, run: () => chat(keys.get(svc.name)!, '203.0.113.77', chatPrompts[i % chatPrompts.length]!) });
    }
    upstream.delayMs = active('latency', stepStart) ? 150 : 0;

    jobs.sort((a, b) => a.at - b.at);
    for (const job of jobs) {
      now = job.at;
      await job.run();
    }
    for (let i = 0; i < pendingFeedback.length && pendingFeedback[i]!.due <= stepStart; ) {
      const f = pendingFeedback.shift()!;
      const r = await post('/v1/feedback', f.key, f.address, { request_id: f.requestId, label: f.label });
      await r.arrayBuffer();
      if (r.status === 202) counts.feedback++;
    }
    now = stepStart + STEP;
    await gw.monitoring.tick();
    gw.alerting.tick(now);
    if (s % 288 === 287) {
      await gw.alerting.flush();
      process.stderr.write(`day ${(s + 1) / 288}/${DAYS}: ${counts.requests} requests, ${counts.feedback} labels, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }
  await gw.alerting.flush();

  const alerts: Alert[] = [];
  let cursor: string | undefined;
  do {
    const r = await fetch(`${gw.url}/admin/v1/alerts?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${admin}` } });
    const page = (await r.json()) as { data: Alert[]; next_cursor?: string };
    alerts.push(...page.data);
    cursor = page.next_cursor;
  } while (cursor);
  await gw.close(2_000);
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });

  const normalEnd = WEEK_START + NORMAL_DAYS * DAY;
  const detections = EVENTS.map((e) => {
    const hit = alerts
      .filter((a) => e.sources.some((src) => a.source.startsWith(src)) && a.createdAt >= e.start && a.createdAt <= e.start + e.window)
      .sort((a, b) => a.createdAt - b.createdAt)[0];
    return { event: e.id, description: e.description, window_min: e.window / MINUTE, detected: hit !== undefined, delay_min: hit ? Math.round((hit.createdAt - e.start) / MINUTE) : null, alert: hit ? { source: hit.source, entity: `${hit.entity.kind}:${hit.entity.id}`, severity: hit.severity } : null };
  });
  const falseAlerts = alerts.filter((a) => a.createdAt < normalEnd).map((a) => ({ source: a.source, entity: `${a.entity.kind}:${a.entity.id}`, at: new Date(a.createdAt).toISOString(), count: a.count, evidence: a.evidence }));
  const eventDays = alerts.filter((a) => a.createdAt >= normalEnd).map((a) => ({ source: a.source, entity: `${a.entity.kind}:${a.entity.id}`, at: new Date(a.createdAt).toISOString(), severity: a.severity, count: a.count }));

  console.log(`\nreplayed ${DAYS} days: ${counts.requests} requests (${counts.refused} refused), ${counts.feedback} labels, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  console.log('event       detected  delay (min)  window (min)  alert');
  for (const d of detections) console.log(`${d.event.padEnd(12)}${String(d.detected).padEnd(10)}${String(d.delay_min ?? '-').padEnd(13)}${String(d.window_min).padEnd(14)}${d.alert ? `${d.alert.source} ${d.alert.entity}` : ''}`);
  console.log(`\nalerts on the ${NORMAL_DAYS} normal days (false alerts): ${falseAlerts.length}`);
  for (const f of falseAlerts) console.log(`  ${f.at} ${f.source} ${f.entity} ×${f.count} ${JSON.stringify(f.evidence)}`);
  console.log(`alerts on the event days: ${eventDays.length}`);
  for (const f of eventDays) console.log(`  ${f.at} ${f.severity.padEnd(8)} ${f.source} ${f.entity} ×${f.count}`);

  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench/results/replay-monitoring.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, days: DAYS, normal_days: NORMAL_DAYS, counts, detections, false_alerts: falseAlerts, event_day_alerts: eventDays }, null, 2));
  console.log('\nwrote bench/results/replay-monitoring.json');
  const missed = detections.filter((d) => !d.detected).length;
  if (missed > 0 || falseAlerts.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
