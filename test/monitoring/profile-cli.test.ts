// `bulwark profile build`: a CSV becomes a stored reference (and a JSON file); bad input is refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTransactions, trainFraudModel } from '../../src/demo/fraud.ts';
import { referenceFromJSON } from '../../src/monitor/models/reference.ts';
import { loadReference } from '../../src/monitor/models/references.ts';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'bulwark-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fraudCsv(n: number): string {
  const { x, y } = generateTransactions(n, 3);
  const m = trainFraudModel();
  const rows = x.map((t, i) => {
    const p = m.predict(t);
    return [t.amount, t.hour, t.merchant_risk, t.distance_km, t.card_present, t.tx_last_24h, p.label, p.probabilities.fraud, y[i] ? 'fraud' : 'legit'].join(',');
  });
  return ['amount,hour,merchant_risk,distance_km,card_present,tx_last_24h,predicted,score,truth', ...rows].join('\n');
}

describe('bulwark profile build', () => {
  it('builds, stores and writes a reference with outputs and labelled chunks', async () => {
    const csv = join(dir, 'fraud.csv');
    writeFileSync(csv, fraudCsv(1_200));
    const out = join(dir, 'ref.json');
    const data = join(dir, 'data');
    const r = await runCli('profile', 'build', csv, '--model', 'demo-fraud', '--label-column', 'predicted', '--score-column', 'score', '--target-column', 'truth', '--positive-label', 'fraud', '--data-dir', data, '--out', out, '--no-progress');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1200 rows');
    expect(r.out).toContain('labelled chunks: 6 of 200');
    const written = referenceFromJSON(JSON.parse(readFileSync(out, 'utf8')));
    expect([...written.input.features.keys()]).toEqual(['amount', 'hour', 'merchant_risk', 'distance_km', 'card_present', 'tx_last_24h']);
    expect([...written.output!.features.keys()]).toEqual(['label', 'score']);
    const store = await openStore({ dataDir: data });
    try {
      const stored = await loadReference(store, 'demo-fraud');
      expect(stored?.rows).toBe(1_200);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown model, a missing column and an empty file', async () => {
    const csv = join(dir, 'small.csv');
    writeFileSync(csv, fraudCsv(20));
    expect((await runCli('profile', 'build', csv, '--model', 'nope', '--no-store', '--out', join(dir, 'x.json'))).code).toBe(2);
    const missing = await runCli('profile', 'build', csv, '--model', 'demo-fraud', '--label-column', 'absent', '--no-store', '--out', join(dir, 'x.json'), '--no-progress');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('column "absent" is not in the header');
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'amount,hour\n');
    expect((await runCli('profile', 'build', empty, '--model', 'demo-fraud', '--no-store', '--out', join(dir, 'x.json'), '--no-progress')).err).toContain('no rows');
    expect((await runCli('profile', 'build', csv, '--model', 'demo-fraud', '--no-store')).code).toBe(2);
  });
});
