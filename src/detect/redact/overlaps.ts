// Deterministic overlap resolution for matches from several detectors: the same set of matches
// always yields the same kept spans, whatever order the detectors returned them in.

/** The match shape shared by the PII and secret detectors. */
export interface EntityMatch {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly validated?: boolean;
  readonly rule: string;
}

/** Anything that finds entity spans in a text (the PII detector, the secret detector, ...). */
export interface TextDetector<M extends EntityMatch = EntityMatch> {
  detect(text: string): M[];
  /** Characters a stream scanner must hold back for this detector, if it knows. */
  readonly holdBack?: number;
  /**
   * For a text that may still grow at its end: the offset before which this detector's matches
   * can no longer change (typically the start of the last, unfinished word). A stream scanner
   * whose detectors all say so may release up to there instead of always holding `holdBack`
   * characters. Detectors whose spans cross whitespace (names, addresses) leave it out.
   */
  releasableUpTo?(text: string): number;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rank: validated first, then higher score, longer span, earlier start, entity and rule name.
 * Keep each match that overlaps no better-ranked kept match. Returns the kept matches by start.
 * O(k log k) for k matches.
 */
export function resolveOverlaps<M extends EntityMatch>(matches: readonly M[]): M[] {
  const ranked = matches
    .filter((m) => m.end > m.start)
    .sort(
      (a, b) =>
        Number(b.validated === true) - Number(a.validated === true) ||
        b.score - a.score ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        cmp(a.entity, b.entity) ||
        cmp(a.rule, b.rule),
    );
  const kept: M[] = []; // sorted by start, pairwise disjoint
  for (const m of ranked) {
    // First kept span that ends after m starts; it is the only one that can overlap m's start.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as M).end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const next = kept[lo];
    if (next !== undefined && next.start < m.end) continue;
    kept.splice(lo, 0, m);
  }
  return kept;
}
