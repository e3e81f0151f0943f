// Chi-square tests for categorical drift: goodness of fit against the reference shares (how
// Evidently applies it) and the test of homogeneity on a contingency table.
import { chi2Sf } from './special.ts';

export interface ChiSquareResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly dof: number;
}

function assertCounts(counts: readonly number[], label: string): void {
  if (counts.length === 0) throw new RangeError(`${label} is empty`);
  for (const c of counts) {
    if (!Number.isFinite(c) || c < 0) throw new RangeError(`${label} must hold finite non-negative counts`);
  }
}

/**
 * Goodness of fit of the current counts to the reference shares: expected = ref · Σcur / Σref.
 * A category with current mass but no reference mass has an infinite statistic and p = 0: a
 * value never seen in the baseline is drift, and we fail closed rather than smooth it away.
 */
export function chiSquareGoodnessOfFit(refCounts: readonly number[], curCounts: readonly number[]): ChiSquareResult {
  assertCounts(refCounts, 'reference counts');
  assertCounts(curCounts, 'current counts');
  if (refCounts.length !== curCounts.length) throw new RangeError('count vectors differ in length');
  const refTotal = refCounts.reduce((s, c) => s + c, 0);
  const curTotal = curCounts.reduce((s, c) => s + c, 0);
  if (refTotal === 0 || curTotal === 0) throw new RangeError('a count vector has no mass');
  let statistic = 0;
  for (let i = 0; i < refCounts.length; i++) {
    const expected = (refCounts[i]! * curTotal) / refTotal;
    const observed = curCounts[i]!;
    if (expected === 0) {
      if (observed > 0) statistic = Number.POSITIVE_INFINITY;
      continue;
    }
    statistic += (observed - expected) ** 2 / expected;
  }
  const dof = refCounts.length - 1;
  if (dof < 1) return { statistic: 0, pValue: 1, dof: 0 };
  return { statistic, pValue: chi2Sf(statistic, dof), dof };
}

/**
 * Chi-square test of homogeneity on an r×c table (scipy.stats.chi2_contingency): expected
 * = row total · column total / grand total; Yates' continuity correction when dof = 1.
 */
export function chiSquareContingency(table: readonly (readonly number[])[]): ChiSquareResult {
  const rows = table.length;
  if (rows < 2) throw new RangeError('a contingency table needs at least two rows');
  const cols = table[0]!.length;
  for (const row of table) {
    if (row.length !== cols) throw new RangeError('contingency table rows differ in length');
    assertCounts(row, 'contingency row');
  }
  const rowTotals = table.map((r) => r.reduce((s, c) => s + c, 0));
  const colTotals = Array.from({ length: cols }, (_, j) => table.reduce((s, r) => s + r[j]!, 0));
  const total = rowTotals.reduce((s, c) => s + c, 0);
  if (total === 0) throw new RangeError('contingency table is empty');
  for (const t of [...rowTotals, ...colTotals]) {
    if (t === 0) throw new RangeError('contingency table has an empty row or column');
  }
  const dof = (rows - 1) * (cols - 1);
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const expected = (rowTotals[i]! * colTotals[j]!) / total;
      let observed = table[i]![j]!;
      if (dof === 1) {
        const diff = expected - observed;
        observed += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { statistic, pValue: chi2Sf(statistic, dof), dof };
}
