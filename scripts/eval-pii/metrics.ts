// Span-level scoring for PII evaluation: one-to-one greedy pairing (highest IoU first), exact and
// relaxed (IoU ≥ 0.7) matching, per-type counts, F2, type-agnostic matching and collateral.

export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates extends Counts {
  precision: number;
  recall: number;
  f2: number;
}

export function iou(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * Pairs predictions with gold spans one-to-one, highest IoU first; a pair counts when it reaches
 * `minIou` (1 means exact) and, unless `anyType`, when the types agree. Returns matched index pairs.
 */
export function pairSpans(gold: readonly Span[], pred: readonly Span[], minIou: number, anyType: boolean): Array<[number, number]> {
  const pairs: Array<{ g: number; p: number; v: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const gs = gold[g] as Span;
      const ps = pred[p] as Span;
      if (!anyType && gs.type !== ps.type) continue;
      const v = iou(gs, ps);
      if (v > 0 && v >= minIou - 1e-9) pairs.push({ g, p, v });
    }
  }
  pairs.sort((a, b) => b.v - a.v);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}

export function rates(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
  return { ...c, precision, recall, f2 };
}

export function addCounts(into: Map<string, Counts>, key: string, d: Partial<Counts>): void {
  const c = into.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c.tp += d.tp ?? 0;
  c.fp += d.fp ?? 0;
  c.fn += d.fn ?? 0;
  into.set(key, c);
}

/** Characters outside every gold span that some prediction covers, and how many such characters exist. */
export function collateral(
  length: number,
  gold: readonly Span[],
  pred: readonly Span[],
  text?: string,
): { altered: number; clean: number; covered: number; pii: number; alteredWordChars: number; cleanWordChars: number } {
  const isGold = new Uint8Array(length);
  for (const g of gold) isGold.fill(1, g.start, g.end);
  const isPred = new Uint8Array(length);
  for (const p of pred) isPred.fill(1, p.start, p.end);
  let altered = 0;
  let clean = 0;
  let covered = 0;
  let pii = 0;
  let alteredWordChars = 0;
  let cleanWordChars = 0;
  for (let i = 0; i < length; i++) {
    if (isGold[i] === 1) {
      pii++;
      if (isPred[i] === 1) covered++;
    } else {
      clean++;
      if (isPred[i] === 1) altered++;
      // Letters and digits only: the spaces and commas between labelled address parts are not data.
      if (text !== undefined && /[\p{L}\p{N}]/u.test(text[i] ?? '')) {
        cleanWordChars++;
        if (isPred[i] === 1) alteredWordChars++;
      }
    }
  }
  return { altered, clean, covered, pii, alteredWordChars, cleanWordChars };
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/**
 * Token-level labelling as presidio-research's evaluator does it: each alphanumeric token takes
 * the type of the span that overlaps it ('O' for none). Span segmentation then matters less than
 * which words end up masked.
 */
export function tokenLabels(text: string, spans: readonly Span[]): string[] {
  const labels: string[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < sorted.length && (sorted[k] as Span).end <= start) k++;
    const s = sorted[k];
    labels.push(s !== undefined && s.start < end ? s.type : 'O');
  }
  return labels;
}

/** Adds token-level TP/FP/FN per type for one text. */
export function countTokens(into: Map<string, Counts>, gold: readonly string[], pred: readonly string[]): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 'O';
    const p = pred[i] ?? 'O';
    if (g === p) {
      if (g !== 'O') addCounts(into, g, { tp: 1 });
      continue;
    }
    if (g !== 'O') addCounts(into, g, { fn: 1 });
    if (p !== 'O') addCounts(into, p, { fp: 1 });
  }
}

/** Gold labels that are parts of one postal address when they sit next to each other. */
const ADDRESS_PARTS = new Set(['STREET_ADDRESS', 'GPE', 'ZIP_CODE']);
/** What may separate the parts of one address: spaces, line breaks, commas, e-mail quote marks. */
const ADDRESS_GAP_RE = /^[\s,;>]*$/;

/**
 * The presidio-research data labels some addresses whole (street, town and
 * postcode lines as one STREET_ADDRESS) and others in pieces, one span per generated field (building
 * number, street, unit, town as GPE, postcode as ZIP_CODE or STREET_ADDRESS). A detector that
 * masks the whole address can only match one piece of the second kind at IoU ≥ 0.7. This joins
 * adjacent STREET_ADDRESS / GPE / ZIP_CODE gold spans separated only by spaces, line breaks,
 * commas or quote marks into one STREET_ADDRESS span, when at least one piece is a
 * STREET_ADDRESS; all other spans are kept as they are. Reported next to, not instead of, the
 * plain scores.
 */
export function mergeAddressBlocks(text: string, gold: readonly Span[]): Span[] {
  const sorted = [...gold].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let block: Span[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const first = block[0] as Span;
    const last = block[block.length - 1] as Span;
    if (block.length > 1 && block.some((s) => s.type === 'STREET_ADDRESS')) out.push({ type: 'STREET_ADDRESS', start: first.start, end: last.end });
    else out.push(...block);
    block = [];
  };
  for (const s of sorted) {
    const prev = block[block.length - 1];
    const joins = prev !== undefined && ADDRESS_PARTS.has(s.type) && ADDRESS_GAP_RE.test(text.slice(prev.end, s.start));
    if (!joins) flush();
    if (ADDRESS_PARTS.has(s.type)) block.push(s);
    else out.push(s);
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Confusion between gold and predicted types over span pairs that overlap at IoU ≥ `minIou`
 * whatever their types: `counts[gold][pred]`, with 'O' for a gold span nothing matched
 * (column) or a prediction that matched no gold span (row).
 */
export function addConfusion(into: Map<string, Map<string, number>>, gold: readonly Span[], pred: readonly Span[], minIou: number): void {
  const bump = (g: string, p: string): void => {
    const row = into.get(g) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    into.set(g, row);
  };
  const pairs = pairSpans(gold, pred, minIou, true);
  const gHit = new Set(pairs.map(([g]) => g));
  const pHit = new Set(pairs.map(([, p]) => p));
  for (const [g, p] of pairs) bump((gold[g] as Span).type, (pred[p] as Span).type);
  gold.forEach((s, i) => {
    if (!gHit.has(i)) bump(s.type, 'O');
  });
  pred.forEach((s, i) => {
    if (!pHit.has(i)) bump('O', s.type);
  });
}
