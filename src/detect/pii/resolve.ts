// Overlap resolution: the detector reports each character at most once. Higher score wins, then a
// checksum-validated match, then the longer span; a span inside a comparably confident larger one
// gives way to it. The survivors are returned in text order.
import type { Candidate } from './recognizer.ts';

function rank(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const va = a.validated === true ? 1 : 0;
  const vb = b.validated === true ? 1 : 0;
  if (va !== vb) return vb - va;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return lb - la;
  return a.start - b.start;
}

/** Index of the first accepted span whose end is after `start` (spans sorted by start, disjoint). */
function firstEndingAfter(accepted: readonly Candidate[], start: number): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((accepted[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A span that encloses another and is nearly as confident is the better redaction: keep it. */
const CONTAINER_MARGIN = 0.8;

function dropContained(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  // Built on the first drop: most texts have none.
  let dropped: Set<Candidate> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const outer = candidates[i] as Candidate;
    for (let j = i + 1; j < candidates.length; j++) {
      const inner = candidates[j] as Candidate;
      if (inner.start >= outer.end) break;
      const strictly = inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
      if (strictly && outer.score >= CONTAINER_MARGIN * inner.score) (dropped ??= new Set()).add(inner);
    }
  }
  return dropped === undefined ? candidates : candidates.filter((c) => !dropped.has(c));
}

export function resolveOverlaps(input: Candidate[]): Candidate[] {
  if (input.length <= 1) return input;
  const candidates = dropContained(input);
  candidates.sort(rank);
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    const i = firstEndingAfter(accepted, c.start);
    const next = accepted[i];
    if (next !== undefined && next.start < c.end) continue;
    accepted.splice(i, 0, c);
  }
  return accepted;
}
