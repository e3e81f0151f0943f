// Per-file detection metrics, as the dataset README asks: TPR on attack files, FPR on benign
// files, both plus balanced accuracy on mixed files, with breakdowns by category. Never pooled.

export interface Scored {
  readonly file: string;
  readonly label: 0 | 1;
  readonly category: string | null;
  readonly flagged: boolean;
}

export interface FileMetrics {
  readonly file: string;
  readonly rows: number;
  readonly attacks: number;
  readonly benign: number;
  /** Recall on label-1 rows (null when the file has none). */
  readonly tpr: number | null;
  /** Share of label-0 rows flagged (null when the file has none). */
  readonly fpr: number | null;
  /** Mean of TPR and 1 - FPR (null unless the file has both labels). */
  readonly balancedAccuracy: number | null;
  /** TPR per category for attacks, FPR per category for benign rows. */
  readonly byCategory: Record<string, { readonly rows: number; readonly rate: number; readonly metric: 'tpr' | 'fpr' }>;
}

const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

export function fileMetrics(rows: readonly Scored[]): FileMetrics[] {
  const byFile = new Map<string, Scored[]>();
  for (const r of rows) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  return [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([file, list]) => {
    const pos = list.filter((r) => r.label === 1);
    const neg = list.filter((r) => r.label === 0);
    const tpr = pos.length ? pos.filter((r) => r.flagged).length / pos.length : null;
    const fpr = neg.length ? neg.filter((r) => r.flagged).length / neg.length : null;
    const cats = new Map<string, Scored[]>();
    for (const r of list) {
      const key = `${r.label === 1 ? 'attack' : 'benign'}:${r.category ?? '(none)'}`;
      const l = cats.get(key);
      if (l) l.push(r);
      else cats.set(key, [r]);
    }
    const byCategory: FileMetrics['byCategory'] = {};
    for (const [key, l] of [...cats.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (cats.size === 1) break;
      byCategory[key] = {
        rows: l.length,
        rate: r4(l.filter((r) => r.flagged).length / l.length),
        metric: key.startsWith('attack') ? 'tpr' : 'fpr',
      };
    }
    return {
      file,
      rows: list.length,
      attacks: pos.length,
      benign: neg.length,
      tpr: tpr === null ? null : r4(tpr),
      fpr: fpr === null ? null : r4(fpr),
      balancedAccuracy: tpr !== null && fpr !== null ? r4((tpr + 1 - fpr) / 2) : null,
      byCategory,
    };
  });
}

/**
 * One number for threshold selection only (never reported as accuracy): the mean over files of
 * TPR for attack rows and 1 - FPR for benign rows, each file and label counting once.
 */
export function meanPerFileAccuracy(rows: readonly Scored[]): number {
  const parts: number[] = [];
  for (const m of fileMetrics(rows)) {
    if (m.tpr !== null) parts.push(m.tpr);
    if (m.fpr !== null) parts.push(1 - m.fpr);
  }
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
}

/** A plain-text table of per-file metrics. */
export function formatTable(metrics: readonly FileMetrics[]): string {
  const fmt = (x: number | null): string => (x === null ? '   -  ' : x.toFixed(4));
  const lines = [`${'file'.padEnd(36)} ${'rows'.padStart(6)} ${'TPR'.padStart(6)} ${'FPR'.padStart(6)} ${'BA'.padStart(6)}`];
  for (const m of metrics) {
    lines.push(`${m.file.padEnd(36)} ${String(m.rows).padStart(6)} ${fmt(m.tpr)} ${fmt(m.fpr)} ${fmt(m.balancedAccuracy)}`);
    for (const [cat, c] of Object.entries(m.byCategory)) {
      lines.push(`  ${cat.slice(0, 34).padEnd(34)} ${String(c.rows).padStart(6)} ${c.metric === 'tpr' ? c.rate.toFixed(4) : '   -  '} ${c.metric === 'fpr' ? c.rate.toFixed(4) : '   -  '}`);
    }
  }
  return lines.join('\n');
}
