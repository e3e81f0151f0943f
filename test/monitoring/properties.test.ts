// Invariants: the CSV reference reader refuses bad files with its own error and never anything
// else; classification metrics match their definitions; the robust baseline ignores one outlier.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvReferenceError, referenceFromCsv } from '../../src/monitor/models/csv-reference.ts';
import { METRIC_NAMES, confusionOf, lowerBand, metricsOf } from '../../src/monitor/models/metrics.ts';
import { RobustBaseline } from '../../src/monitor/models/performance.ts';
import { predictRecords, textRecords } from '../../src/monitor/models/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'bulwark-csvprop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('referenceFromCsv (fuzz)', () => {
  it('builds a reference or refuses with a CsvReferenceError, for any text', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), fc.boolean(), async (body, header) => {
        const file = join(dir, `f${i++}.csv`);
        writeFileSync(file, header ? `a,b,c\n${body}` : body);
        try {
          const r = await referenceFromCsv(file, { model: 'm', kind: 'tabular', now: 0, maxRecordBytes: 4096 });
          expect(r.rows).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(CsvReferenceError);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('classification metrics', () => {
  it('match their definitions on any labelled pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 300 }), (pairs) => {
        const m = metricsOf(confusionOf(pairs.map((p) => p[0]), pairs.map((p) => p[1]), 'a'));
        expect(m.accuracy).toBeCloseTo(pairs.filter(([x, y]) => x === y).length / pairs.length, 12);
        const tp = pairs.filter(([x, y]) => x === 'a' && y === 'a').length;
        const predicted = pairs.filter(([, y]) => y === 'a').length;
        const actual = pairs.filter(([x]) => x === 'a').length;
        if (predicted > 0) expect(m.precision).toBeCloseTo(tp / predicted, 12);
        else expect(m.precision).toBeNaN();
        if (actual > 0) expect(m.recall).toBeCloseTo(tp / actual, 12);
        for (const k of METRIC_NAMES) if (Number.isFinite(m[k])) expect(m[k]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a band needs three finite values and lies below their mean', () => {
    expect(lowerBand([0.9, Number.NaN, 0.8], 3)).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 50 }), (v) => {
        const b = lowerBand(v, 3)!;
        expect(b.lower).toBeLessThanOrEqual(b.mean + 1e-12);
      }),
    );
  });
});

describe('RobustBaseline', () => {
  it('is not moved by one outlier in its history', () => {
    const b = new RobustBaseline(50);
    for (let i = 0; i < 40; i++) b.push(20 + (i % 3));
    b.push(5_000);
    const s = b.score(21, 2);
    expect(s.median).toBe(21);
    expect(Math.abs(s.z)).toBeLessThan(1);
    expect(b.score(200, 2).z).toBeGreaterThan(6);
  });
});

describe('record extraction (fuzz)', () => {
  it('never throws on arbitrary request and answer bodies', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.constantFrom('chat', 'completions'), (input, answer, route) => {
        const p = predictRecords(input, answer, { label: ['label'], score: ['probabilities', 'fraud'] });
        expect(p.outputs.length).toBe(p.labels.length);
        textRecords(route, input, answer);
      }),
      { numRuns: 500 },
    );
  });
});
