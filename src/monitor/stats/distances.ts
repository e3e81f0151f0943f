// Distribution distances used for drift: Wasserstein-1, PSI and Jensen–Shannon over binned
// proportions, plus the histogram and Sturges bin edges they are computed on (numpy semantics).

function finiteSorted(values: ArrayLike<number>, label: string): Float64Array {
  const out = Float64Array.from(values as ArrayLike<number>);
  if (out.length === 0) throw new RangeError(`${label} sample is empty`);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i]!)) throw new RangeError(`${label} sample contains a non-finite value`);
  }
  return out.sort();
}

/**
 * 1-D Wasserstein-1 (earth mover's) distance between two equally weighted samples:
 * ∫ |F1(x) − F2(x)| dx, integrated exactly over the pooled sorted values.
 */
export function wasserstein1(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  const a = finiteSorted(ref, 'reference');
  const b = finiteSorted(cur, 'current');
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let total = 0;
  let prev = Math.min(a[0]!, b[0]!);
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || a[i]! <= b[j]!) ? a[i]! : b[j]!;
    total += Math.abs(i / n1 - j / n2) * (v - prev);
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    prev = v;
  }
  return total;
}

/**
 * Wasserstein-1 divided by the reference's population standard deviation, floored at 0.001
 * (Evidently's normalisation, so one threshold fits features of any scale).
 */
export function normalisedWasserstein(ref: ArrayLike<number>, cur: ArrayLike<number>): number {
  return wasserstein1(ref, cur) / Math.max(populationStd(ref), 0.001);
}

function populationStd(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += (values[i]! - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(ss / values.length);
}

/** numpy `histogram_bin_edges(values, bins='sturges')`: ⌈ptp / (ptp/(log2 n + 1))⌉ equal bins. */
export function sturgesEdges(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (n === 0) throw new RangeError('cannot bin an empty sample');
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new RangeError('sample contains a non-finite value');
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) {
    // numpy widens a degenerate range by ±0.5 and uses one bin.
    return Float64Array.of(lo - 0.5, hi + 0.5);
  }
  const width = (hi - lo) / (Math.log2(n) + 1);
  const bins = Math.max(1, Math.ceil((hi - lo) / width));
  return linspace(lo, hi, bins + 1);
}

/** Evenly spaced edges, the last one pinned to `stop` (as numpy.linspace). */
export function linspace(start: number, stop: number, count: number): Float64Array {
  const out = new Float64Array(count);
  const step = (stop - start) / (count - 1);
  for (let i = 0; i < count; i++) out[i] = i * step + start;
  out[count - 1] = stop;
  return out;
}

/** Index of the bin holding v: [e_i, e_{i+1}), the last bin closed; −1 below, edges−1 above. */
export function binIndex(edges: ArrayLike<number>, v: number): number {
  const last = edges.length - 1;
  if (v < edges[0]!) return -1;
  if (v > edges[last]!) return last;
  if (v === edges[last]!) return last - 1;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** numpy.histogram counts over fixed edges; values outside the edges are not counted. */
export function histogram(values: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(edges.length - 1);
  for (let i = 0; i < values.length; i++) {
    const k = binIndex(edges, values[i]!);
    if (k >= 0 && k < counts.length) counts[k]! += 1;
  }
  return counts;
}

/**
 * Empty-bin filling for PSI, Evidently's rule: zeros become (smallest non-zero share) / 1e6 when
 * that share is ≤ 1e-4, else 1e-4. Without it one empty bin makes PSI infinite.
 */
export function fillEmptyShares(shares: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(shares as ArrayLike<number>);
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < out.length; i++) if (out[i]! !== 0 && out[i]! < smallest) smallest = out[i]!;
  const fill = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = fill;
  return out;
}

function assertShares(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length || a.length === 0) throw new RangeError('share vectors must be non-empty and of equal length');
  for (let i = 0; i < a.length; i++) {
    if (!(a[i]! >= 0) || !(b[i]! >= 0) || !Number.isFinite(a[i]!) || !Number.isFinite(b[i]!)) {
      throw new RangeError('shares must be finite and non-negative');
    }
  }
}

/** Population Stability Index Σ (r − c) ln(r / c) over bin shares, empty bins filled as above. */
export function psi(refShares: ArrayLike<number>, curShares: ArrayLike<number>): number {
  assertShares(refShares, curShares);
  const r = fillEmptyShares(refShares);
  const c = fillEmptyShares(curShares);
  let total = 0;
  for (let i = 0; i < r.length; i++) total += (r[i]! - c[i]!) * Math.log(r[i]! / c[i]!);
  return total;
}

function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

/**
 * Jensen–Shannon distance (the square root of the divergence), as scipy.spatial.distance.
 * jensenshannon: both vectors are normalised first; `base` defaults to e.
 */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  assertShares(p, q);
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  if (sp === 0 || sq === 0) throw new RangeError('a distribution has no mass');
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    const m = (a + b) / 2;
    js += relEntr(a, m) + relEntr(b, m);
  }
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(0, js / 2));
}
