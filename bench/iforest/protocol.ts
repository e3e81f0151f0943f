// The ADBench protocol (Han et al., NeurIPS 2022, §4.1 and adbench/datasets/data_generator.py):
// subsample to 10 000 rows, stratified 70/30 split, MinMax scaling fitted on train, AUC-ROC.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SeededRandom } from '../../src/monitor/iforest/random.ts';

export interface LabelledData {
  readonly x: Float64Array;
  readonly y: Uint8Array;
  readonly rows: number;
  readonly cols: number;
}

/** Reads an ADBench CSV (`f0..f{d-1},label`, gzipped when the name ends in .gz). */
export function readAdbenchCsv(path: string): LabelledData {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('ascii');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines[0]!.split(',');
  const cols = header.length - 1;
  if (header[cols] !== 'label') throw new Error(`${path}: last column is not "label"`);
  const rows = lines.length - 1;
  const x = new Float64Array(rows * cols);
  const y = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const cells = lines[r + 1]!.split(',');
    if (cells.length !== cols + 1) throw new Error(`${path}: row ${r} has ${cells.length} cells`);
    for (let c = 0; c < cols; c++) x[r * cols + c] = Number(cells[c]);
    y[r] = cells[cols] === '1' ? 1 : 0;
  }
  return { x, y, rows, cols };
}

function shuffle(a: Int32Array, rng: SeededRandom): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

function take(d: LabelledData, idx: Int32Array): LabelledData {
  const x = new Float64Array(idx.length * d.cols);
  const y = new Uint8Array(idx.length);
  idx.forEach((r, i) => {
    x.set(d.x.subarray(r * d.cols, (r + 1) * d.cols), i * d.cols);
    y[i] = d.y[r]!;
  });
  return { x, y, rows: idx.length, cols: d.cols };
}

export interface Split {
  readonly train: LabelledData;
  readonly test: LabelledData;
}

/** One protocol run for a seed: subsample (if > 10 000 rows), stratified split, MinMax scaling. */
export function protocolSplit(d: LabelledData, seed: number): Split {
  const rng = new SeededRandom(seed);
  let all = Int32Array.from({ length: d.rows }, (_, i) => i);
  if (d.rows > 10_000) {
    shuffle(all, rng);
    all = all.slice(0, 10_000);
  }
  const trainIdx: number[] = [];
  const testIdx: number[] = [];
  for (const label of [0, 1]) {
    const cls = all.filter((i) => d.y[i] === label);
    shuffle(cls, rng);
    const nTest = Math.round(cls.length * 0.3);
    cls.forEach((r, i) => (i < nTest ? testIdx : trainIdx).push(r));
  }
  const train = take(d, shuffleList(trainIdx, rng));
  const test = take(d, shuffleList(testIdx, rng));
  minMaxScale(train, test);
  return { train, test };
}

function shuffleList(list: number[], rng: SeededRandom): Int32Array {
  const a = Int32Array.from(list);
  shuffle(a, rng);
  return a;
}

/** sklearn MinMaxScaler: (x − min)/(max − min) from train; a constant column keeps scale 1. */
function minMaxScale(train: LabelledData, test: LabelledData): void {
  for (let c = 0; c < train.cols; c++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let r = 0; r < train.rows; r++) {
      const v = train.x[r * train.cols + c]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const range = hi - lo === 0 ? 1 : hi - lo;
    for (const part of [train, test]) {
      for (let r = 0; r < part.rows; r++) part.x[r * part.cols + c] = (part.x[r * part.cols + c]! - lo) / range;
    }
  }
}

/** AUC-ROC with higher score = more anomalous; ties get average ranks (Mann–Whitney U). */
export function aucRoc(labels: Uint8Array, scores: ArrayLike<number>): number {
  const n = labels.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!] === 1) {
        rankSumPos += avgRank;
        pos++;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}
