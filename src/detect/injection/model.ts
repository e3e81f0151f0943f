// The shipped linear classifier: its file format (JSON with int16-quantised weights in base64),
// validation on load, and scoring of a window of folded text.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FeatureHasher, type FeatureConfig, type SparseFeatures } from './features.ts';

export const MODEL_FORMAT = 'bulwark.injection.linear/1';

/** The committed weights, relative to this file. */
export const DEFAULT_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/injection/model.json');

/** How classifier and rule evidence combine into one calibrated probability (fitted on CV folds). */
export interface Calibration {
  /** Multiplies the classifier's logit. */
  readonly classifier: number;
  /** Multiplies the rule evidence (log-odds units). */
  readonly rules: number;
  readonly bias: number;
}

const modelFileSchema = z.strictObject({
  format: z.literal(MODEL_FORMAT),
  seed: z.number().int(),
  features: z.strictObject({
    bits: z.number().int().min(10).max(24),
    charNgrams: z.array(z.number().int().min(1).max(8)).min(0).max(8),
    wordBigrams: z.boolean(),
  }),
  window: z.strictObject({ size: z.number().int().min(64), stride: z.number().int().min(32) }),
  bias: z.number().finite(),
  scale: z.number().positive().finite(),
  weights: z.string(),
  calibration: z.strictObject({ classifier: z.number().finite(), rules: z.number().finite(), bias: z.number().finite() }),
  threshold: z.number().min(0).max(1),
  metrics: z.record(z.string(), z.unknown()).optional(),
});

export type ModelFile = z.infer<typeof modelFileSchema>;

export class LinearModel {
  readonly hasher: FeatureHasher;
  readonly weights: Float32Array;
  readonly bias: number;
  readonly calibration: Calibration;
  readonly threshold: number;
  readonly window: { readonly size: number; readonly stride: number };

  constructor(args: {
    features: FeatureConfig; weights: Float32Array; bias: number; calibration: Calibration;
    threshold: number; window: { size: number; stride: number };
  }) {
    if (args.weights.length !== 1 << args.features.bits) throw new Error('weight vector does not match the feature space');
    this.hasher = new FeatureHasher(args.features);
    this.weights = args.weights;
    this.bias = args.bias;
    this.calibration = args.calibration;
    this.threshold = args.threshold;
    this.window = args.window;
  }

  /** Classifier log-odds for features already extracted. */
  logitOf(f: SparseFeatures): number {
    let s = this.bias;
    const w = this.weights;
    for (let k = 0; k < f.size; k++) s += (w[f.index[k] as number] as number) * (f.value[k] as number);
    return s;
  }

  /** Classifier log-odds for `text[from, to)` of folded text. */
  logit(text: string, from = 0, to = text.length): number {
    return this.logitOf(this.hasher.extract(text, from, to));
  }
}

/** Encodes weights as int16 with one scale (max |w| maps to 32767). */
export function quantize(weights: Float32Array): { scale: number; data: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] as number) / scale);
  return { scale, data: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

function dequantize(data: string, scale: number, length: number): Float32Array {
  const buf = Buffer.from(data, 'base64');
  if (buf.length !== length * 2) throw new Error(`model weights hold ${buf.length} bytes, expected ${length * 2}`);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = buf.readInt16LE(i * 2) * scale;
  return out;
}

/** Parses and validates a model file's JSON text. Throws on anything malformed. */
export function parseModel(json: string): LinearModel {
  const file = modelFileSchema.parse(JSON.parse(json));
  const length = 1 << file.features.bits;
  return new LinearModel({
    features: file.features,
    weights: dequantize(file.weights, file.scale, length),
    bias: file.bias,
    calibration: file.calibration,
    threshold: file.threshold,
    window: file.window,
  });
}

export function loadModel(path: string = DEFAULT_MODEL_PATH): LinearModel {
  return parseModel(readFileSync(path, 'utf8'));
}
