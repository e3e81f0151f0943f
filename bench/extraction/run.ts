// npm run bench:extraction — the extraction attack on demo-fraud, replayed through a real gateway:
// 1. defences off: each attacker strategy spends its query budget; surrogate agreement on held-out data;
// 2. defences on (limit.rate daily quota + limit.extraction + harden.predict): queries until the
//    key was blocked, and the agreement of a surrogate trained on what the attacker did get;
// 3. benign traffic (the model's own distribution) over many keys: the false-positive rate;
// 4. the per-query cost of extraction tracking (in process, no HTTP): p50/p99 µs.
// Prints a table and writes bench/results/extraction.json. Numbers, not pass/fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { generateTransactions, trainFraudModel, type Transaction } from '../../src/demo/fraud.ts';
import { startGateway, type Gateway } from '../../src/gateway/gateway.ts';
import { REPO_ROOT } from '../../src/datasets/index.ts';
import { type Harvest, STRATEGIES, type Strategy } from './attacker.ts';
import { gatewayOracle } from './client.ts';
import { POLICY_OFF, policyOn } from './policy.ts';
import { agreement, trainSurrogate } from './surrogate.ts';
import { measureTracking } from './tracking-cost.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const BUDGET = Number(args.get('budget') ?? 1000);
const BENIGN_KEYS = Number(args.get('benign-keys') ?? 50);
const BENIGN_QUERIES = Number(args.get('benign-queries') ?? 300);
const SEED = Number(args.get('seed') ?? 17);
const DAILY_QUOTA = 5_000;

const model = trainFraudModel();
const truth = (t: Transaction) => (model.predict(t).label === 'fraud' ? 1 : 0);
const held = generateTransactions(5_000, 424_242).x;
const heldFraud = held.filter((t) => truth(t) === 1);

interface Running {
  readonly gw: Gateway;
  readonly dir: string;
  key(name: string): Promise<{ id: string; key: string }>;
  close(): Promise<void>;
}

async function start(policy: string): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-extraction-'));
  const path = join(dir, 'bulwark.yaml');
  writeFileSync(path, policy);
  const gw = await startGateway({ configPath: path, dataDir: join(dir, 'data'), port: 0, logger: pino({ level: 'silent' }) });
  return {
    gw,
    dir,
    async key(name) {
      const pid = await gw.credentials.createPrincipal({ kind: 'service', name });
      const k = await gw.credentials.createKey(pid, { name });
      return { id: k.id, key: k.key };
    },
    async close() {
      await gw.close(1_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Agreement overall and on the cases the real model calls fraud (the ones that matter). */
function score(x: Transaction[], labels: number[], pFraud: (number | undefined)[]) {
  const s = trainSurrogate(x, labels, pFraud.every((p) => p !== undefined) ? pFraud : undefined);
  return { agreement: round(agreement(s.predict, truth, held), 4), fraudAgreement: round(agreement(s.predict, truth, heldFraud), 4) };
}

const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

async function attack(gwUrl: string, key: string, strategy: Strategy) {
  const oracle = gatewayOracle(gwUrl, key);
  const h = await STRATEGIES[strategy](oracle.ask, BUDGET, SEED);
  const quality = score(h.x, h.answers.map((a) => a.label), h.answers.map((a) => a.pFraud));
  return { row: { strategy, sent: h.sent, answered: h.answers.length, labelOnly: oracle.labelOnly, refused: oracle.refusal ?? null, ...quality }, harvest: h };
}

console.log(`extraction replay: budget ${BUDGET} queries per attacker, held-out ${held.length} (fraud ${heldFraud.length})`);

const off = await start(POLICY_OFF);
const offRows = [];
const offHarvests = new Map<Strategy, Harvest>();
try {
  for (const strategy of Object.keys(STRATEGIES) as Strategy[]) {
    const { key } = await off.key(`attacker-${strategy}`);
    const { row, harvest } = await attack(off.gw.url, key, strategy);
    offRows.push(row);
    offHarvests.set(strategy, harvest);
  }
} finally {
  await off.close();
}

const rateLimit = `  - id: limit.rate\n    routes: [predict]\n    config:\n      limits:\n        key: { requests_per_day: ${DAILY_QUOTA} }\n`;
const on = await start(policyOn({ action: 'block', extra: rateLimit }));
const onRows = [];
let benign;
try {
  for (const strategy of Object.keys(STRATEGIES) as Strategy[]) {
    const { id, key } = await on.key(`attacker-${strategy}`);
    const { row } = await attack(on.gw.url, key, strategy);
    // The same number of answers without hardening: separates what blocking did from what hardening did.
    const plain = offHarvests.get(strategy)!;
    const n = row.answered;
    const unhardened = score(plain.x.slice(0, n), plain.answers.slice(0, n).map((a) => a.label), plain.answers.slice(0, n).map((a) => a.pFraud));
    const status = (await fetch(`${on.gw.url}/admin/v1/extraction`, { headers: { authorization: `Bearer ${on.gw.bootstrapAdminKey}` } }).then((r) => r.json() as Promise<{ data: { subject: string; state: string; evidence: { detector: string; statistic: number; threshold: number; queries: number; triggered: boolean }[] }[] }>));
    const mine = status.data.find((s) => s.subject === `key:${id}`);
    onRows.push({ ...row, agreementOffSameAnswers: unhardened.agreement, detectedAfter: mine ? Math.max(...mine.evidence.map((e) => e.queries)) : null, state: mine?.state ?? 'clear', evidence: mine?.evidence.filter((e) => e.triggered) ?? [] });
  }
  // Benign keys, each replaying its own slice of the model's distribution, several at a time.
  let flagged = 0;
  let refused = 0;
  let degraded = 0;
  const seeds = Array.from({ length: BENIGN_KEYS }, (_, i) => 90_000 + i);
  for (let i = 0; i < seeds.length; i += 10) {
    await Promise.all(
      seeds.slice(i, i + 10).map(async (seed) => {
        const { key } = await on.key(`benign-${seed}`);
        const oracle = gatewayOracle(on.gw.url, key);
        for (const t of generateTransactions(BENIGN_QUERIES, seed).x) if (!(await oracle.ask(t))) break;
        if (oracle.refusal) refused++;
        if (oracle.labelOnly > 0) degraded++;
      }),
    );
  }
  const status = (await fetch(`${on.gw.url}/admin/v1/extraction`, { headers: { authorization: `Bearer ${on.gw.bootstrapAdminKey}` } }).then((r) => r.json())) as { data: { subject: string }[] };
  flagged = status.data.length - onRows.filter((r) => r.state !== 'clear').length;
  benign = { keys: BENIGN_KEYS, queriesPerKey: BENIGN_QUERIES, flagged, refused, degraded, falsePositiveRate: round(flagged / BENIGN_KEYS, 4) };
} finally {
  await on.close();
}

const tracking = await measureTracking();

console.log('\ndefences off (auth only):');
console.table(offRows.map((r) => ({ strategy: r.strategy, queries: r.answered, agreement: r.agreement, 'agreement on fraud': r.fraudAgreement })));
console.log(`defences on (limit.rate ${DAILY_QUOTA}/day/key + limit.extraction action=block + harden.predict 2 decimals, Laplace ε=1 Δ=0.05):`);
console.table(onRows.map((r) => ({ strategy: r.strategy, 'answered before block': r.answered, detectedAfter: r.detectedAfter, state: r.state, refusal: r.refused ? `${r.refused.status} ${r.refused.code}` : '-', detectors: r.evidence.map((e) => e.detector).join('+'), agreement: r.agreement, 'agreement on fraud': r.fraudAgreement, 'off, same #answers': r.agreementOffSameAnswers })));
console.log(`benign: ${benign.keys} keys × ${benign.queriesPerKey} queries → flagged ${benign.flagged}, refused ${benign.refused}, degraded ${benign.degraded} (false-positive rate ${benign.falsePositiveRate})`);
console.log('extraction tracking per predict query (µs, in process):');
console.table(tracking);

const out = join(REPO_ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'extraction.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, budget: BUDGET, seed: SEED, heldOut: { n: held.length, fraud: heldFraud.length }, defencesOff: offRows, defencesOn: onRows, benign, tracking }, null, 2)}\n`,
);
console.log(`wrote ${join(out, 'extraction.json')}`);
