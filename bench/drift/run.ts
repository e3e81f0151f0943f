// `npm run bench:drift`: profile update throughput, merge cost, drift for 100 features, and how
// time and memory grow with volume (1e4 → 1e7 values). Prints a table, writes
// bench/results/drift.json, never fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDrift } from '../../src/monitor/drift/detect.ts';
import { SeededRandom } from '../../src/monitor/iforest/random.ts';
import { DatasetProfile, type FeatureSpec, layoutFromReference, type MonitoredRecord } from '../../src/monitor/profile/dataset.ts';
import { NumericProfile } from '../../src/monitor/profile/numeric.ts';
import { sturgesEdges } from '../../src/monitor/stats/distances.ts';

const here = dirname(fileURLToPath(import.meta.url));
const rng = new SeededRandom(1);
const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());

const MAX = 10_000_000;
const values = new Float64Array(MAX);
for (let i = 0; i < MAX; i++) values[i] = 100 + 15 * gauss();
const edges = sturgesEdges(values.subarray(0, 10_000));

/** Bytes a numeric profile holds: its typed arrays plus the sketch's bucket window. */
function profileBytes(p: NumericProfile): number {
  const sketch = p.sketch.toJSON();
  return p.edges.byteLength + p.bins.byteLength + (sketch.pos.length + sketch.neg.length) * 8 + 8 * 8;
}

// 1. Growth with volume (one feature, one core), after a warm-up so the JIT has compiled update().
{
  const warm = new NumericProfile(edges);
  for (let i = 0; i < 1_000_000; i++) warm.update(values[i]!);
}
const growth: { rows: number; ms: number; valuesPerSec: number; nsPerValue: number; bytes: number; jsonBytes: number }[] = [];
for (const rows of [1e4, 1e5, 1e6, 1e7]) {
  const p = new NumericProfile(edges);
  const t0 = performance.now();
  for (let i = 0; i < rows; i++) p.update(values[i]!);
  const ms = performance.now() - t0;
  growth.push({ rows, ms, valuesPerSec: rows / (ms / 1000), nsPerValue: (ms * 1e6) / rows, bytes: profileBytes(p), jsonBytes: JSON.stringify(p).length });
}

// 2. Merge cost: two 1e6-value profiles, and folding 100 replica profiles.
const replicas = Array.from({ length: 100 }, (_, r) => {
  const p = new NumericProfile(edges);
  for (let i = 0; i < 10_000; i++) p.update(values[r * 10_000 + i]!);
  return p;
});
let t = performance.now();
const REPS = 200;
for (let i = 0; i < REPS; i++) replicas[0]!.merge(replicas[1]!);
const mergeUs = ((performance.now() - t) * 1000) / REPS;
t = performance.now();
replicas.reduce((a, b) => a.merge(b));
const merge100Ms = performance.now() - t;
t = performance.now();
const json = JSON.stringify(replicas[0]);
NumericProfile.fromJSON(JSON.parse(json));
const roundTripUs = (performance.now() - t) * 1000;

// 3. Drift for 100 features (80 numeric, 20 categorical), small (KS / chi-square) and large references.
const schema: FeatureSpec[] = [
  ...Array.from({ length: 80 }, (_, i): FeatureSpec => ({ name: `n${i}`, kind: 'numeric' })),
  ...Array.from({ length: 20 }, (_, i): FeatureSpec => ({ name: `c${i}`, kind: 'categorical' })),
];
function makeRows(n: number, shift: number): MonitoredRecord[] {
  return Array.from({ length: n }, () => {
    const r: Record<string, number | string> = {};
    for (let i = 0; i < 80; i++) r[`n${i}`] = gauss() + (i < 20 ? shift : 0);
    for (let i = 0; i < 20; i++) r[`c${i}`] = `v${Math.floor(rng.nextFloat() * 8)}`;
    return r;
  });
}
const drift: { reference: number; current: number; tests: string; profileMs: number; driftMs: number; drifted: number }[] = [];
for (const [nRef, nCur] of [
  [1000, 1000],
  [1000, 10_000],
  [100_000, 100_000],
] as const) {
  const refRows = makeRows(nRef, 0);
  const layout = layoutFromReference(schema, refRows.slice(0, 1000));
  const t0 = performance.now();
  const ref = new DatasetProfile(layout);
  refRows.forEach((r) => ref.update(r));
  const cur = new DatasetProfile(layout);
  makeRows(nCur, 0.5).forEach((r) => cur.update(r));
  const t1 = performance.now();
  const report = detectDrift(ref, cur);
  const t2 = performance.now();
  drift.push({
    reference: nRef,
    current: nCur,
    tests: [...new Set(report.features.map((f) => f.test))].join('+'),
    profileMs: t1 - t0,
    driftMs: t2 - t1,
    drifted: report.driftedCount,
  });
}

console.log('Profile growth, one numeric feature (shared 2-core machine)');
console.log('rows        ms      values/s      ns/value  profile bytes  JSON bytes');
for (const g of growth) {
  console.log(
    `${g.rows.toExponential(0).padEnd(8)} ${g.ms.toFixed(1).padStart(8)}  ${(g.valuesPerSec / 1e6).toFixed(2).padStart(8)} M/s  ${g.nsPerValue.toFixed(1).padStart(8)}  ${String(g.bytes).padStart(13)}  ${String(g.jsonBytes).padStart(10)}`,
  );
}
console.log(`merge two profiles: ${mergeUs.toFixed(1)} µs; fold 100 replicas: ${merge100Ms.toFixed(2)} ms; JSON round trip: ${roundTripUs.toFixed(0)} µs`);
console.log('Drift over 100 features (80 numeric, 20 with a 0.5 sd shift; 20 categorical)');
console.log('reference  current  tests                      profile ms  drift ms  drifted');
for (const d of drift) {
  console.log(`${String(d.reference).padStart(9)}  ${String(d.current).padStart(7)}  ${d.tests.padEnd(25)}  ${d.profileMs.toFixed(0).padStart(10)}  ${d.driftMs.toFixed(1).padStart(8)}  ${String(d.drifted).padStart(7)}`);
}
const resultsDir = resolve(here, '../results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'drift.json'),
  JSON.stringify({ node: process.version, note: 'shared 2-core machine', growth, mergeUs, merge100Ms, roundTripUs, drift }, null, 1),
);
