// Every drift statistic against scipy's values for the same arrays (read at run time from the
// shared goldens; see ../shared/datasets/drift-goldens/README.md for why the `_exact` file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetPath } from '../../datasets/index.ts';
import { chiSquareContingency, chiSquareGoodnessOfFit } from './chisquare.ts';
import { histogram, jensenShannon, normalisedWasserstein, psi, sturgesEdges, wasserstein1 } from './distances.ts';
import { ks2Samp } from './ks.ts';

interface GoldenCase {
  name: string;
  ref: number[];
  cur: number[];
  ks_statistic: number;
  ks_pvalue_auto: number;
  ks_pvalue_asymp: number;
  wasserstein: number;
  wasserstein_norm_by_ref_std: number;
  sturges_bin_edges: number[];
  psi_evidently_style: number;
  js_distance_e: number;
  js_distance_base2: number;
}
interface Goldens {
  cases: GoldenCase[];
  chisquare_gof: { ref_counts: number[]; cur_counts: number[]; statistic: number; pvalue: number };
  chi2_contingency: { table: number[][]; statistic: number; pvalue: number; dof: number };
}

const goldens = JSON.parse(
  readFileSync(datasetPath('drift-goldens', 'drift_goldens_scipy_exact.json'), 'utf8'),
) as Goldens;

const REL = 1e-9;
function expectClose(actual: number, expected: number, rel = REL): void {
  const err = Math.abs(actual - expected);
  expect(err, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), Number.MIN_VALUE));
}

function shares(values: number[], edges: Float64Array): Float64Array {
  const counts = histogram(values, edges);
  return counts.map((c) => c / values.length);
}

describe('drift statistics match scipy goldens to 1e-9 relative', () => {
  it('has the six documented cases', () => {
    expect(goldens.cases.map((c) => c.name)).toEqual([
      'same_normal_small', 'shift_normal_small', 'same_normal_large', 'scale_change_large', 'ties_integers', 'tiny',
    ]);
  });
  for (const c of goldens.cases) {
    describe(c.name, () => {
      it('KS statistic and auto p-value', () => {
        const r = ks2Samp(c.ref, c.cur);
        expect(r.method).toBe(Math.max(c.ref.length, c.cur.length) <= 10_000 ? 'exact' : 'asymp');
        expectClose(r.statistic, c.ks_statistic);
        expectClose(r.pValue, c.ks_pvalue_auto);
      });
      it('KS asymptotic p-value', () => {
        expectClose(ks2Samp(c.ref, c.cur, 'asymp').pValue, c.ks_pvalue_asymp);
      });
      it('Wasserstein, raw and normalised', () => {
        expectClose(wasserstein1(c.ref, c.cur), c.wasserstein);
        expectClose(normalisedWasserstein(c.ref, c.cur), c.wasserstein_norm_by_ref_std);
      });
      it('Sturges edges, PSI and Jensen–Shannon', () => {
        const edges = sturgesEdges([...c.ref, ...c.cur]);
        expect(edges.length).toBe(c.sturges_bin_edges.length);
        edges.forEach((e, i) => expectClose(e, c.sturges_bin_edges[i]!));
        const r = shares(c.ref, edges);
        const q = shares(c.cur, edges);
        expectClose(psi(r, q), c.psi_evidently_style);
        expectClose(jensenShannon(r, q), c.js_distance_e);
        expectClose(jensenShannon(r, q, 2), c.js_distance_base2);
      });
    });
  }
  it('chi-square goodness of fit (Evidently style)', () => {
    const g = goldens.chisquare_gof;
    const r = chiSquareGoodnessOfFit(g.ref_counts, g.cur_counts);
    expectClose(r.statistic, g.statistic);
    expectClose(r.pValue, g.pvalue);
  });
  it('chi-square test of homogeneity', () => {
    const g = goldens.chi2_contingency;
    const r = chiSquareContingency(g.table);
    expect(r.dof).toBe(g.dof);
    expectClose(r.statistic, g.statistic);
    expectClose(r.pValue, g.pvalue);
  });
});
