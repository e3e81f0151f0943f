// The shipped linear classifier: its file format (JSON with int8-quantised weights in base64),
// validation on load, and scoring of a window of folded text.
import { REPO_ROOT } from '../../datasets/index.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { FeatureHasher, type FeatureConfig, type FeatureDomain, type SparseFeatures } from './features.ts';
import type { TextSource } from './rule-types.ts';

/** The feature domain of a text source: a user's own turn, or content the application passes on. */
export function domainOf(source: TextSource): FeatureDomain {
  return source === 'document' || source === 'tool' ? 2 : 1;
}

export const MODEL_FORMAT = 'bulwark.injection.linear/2';

/** The committed weights, relative to this file. */
// From the repository root, so the bundled CLI (dist/bin) finds the same file.
export const DEFAULT_MODEL_PATH = resolve(REPO_ROOT, 'models/injection/model.json');

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
    domainWords: z.boolean().optional(),
    concepts: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    conceptValue: z.number().positive().max(64).optional(),
  }),
  // `sentences`: at most this many sentence spans are scored besides the windows (absent: none).
  window: z.strictObject({ size: z.number().int().min(64), stride: z.number().int().min(32), sentences: z.number().int().min(2).max(65_536).optional() }),
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
  /** Weights as scored: int8 codes times `scale` (see `quantize`). */
  readonly weights: Float32Array;
  readonly codes: Int8Array;
  readonly scale: number;
  readonly bias: number;
  readonly calibration: Calibration;
  readonly threshold: number;
  readonly window: { readonly size: number; readonly stride: number; readonly sentences?: number };

  constructor(args: {
    features: FeatureConfig; weights: Float32Array; bias: number; calibration: Calibration;
    threshold: number; window: { size: number; stride: number; sentences?: number };
  }) {
    if (args.weights.length !== 1 << args.features.bits) throw new Error('weight vector does not match the feature space');
    this.hasher = new FeatureHasher(args.features);
    const q = quantizeCodes(args.weights);
    this.codes = q.codes;
    this.scale = q.scale;
    this.weights = Float32Array.from(q.codes, (c) => c * q.scale);
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
  logit(text: string, from = 0, to = text.length, domain: FeatureDomain = 0): number {
    return this.bias + this.scale * this.hasher.dot(this.codes, text, from, to, domain);
  }
}

/** Int8 codes with one scale (max |w| maps to 127). */
function quantizeCodes(weights: Float32Array): { codes: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const codes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) codes[i] = Math.round((weights[i] as number) / scale);
  return { codes, scale };
}

/** Encodes weights as int8 codes in base64 with their scale. */
export function quantize(weights: Float32Array): { scale: number; data: string } {
  const { codes, scale } = quantizeCodes(weights);
  return { scale, data: Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('base64') };
}

function dequantize(data: string, scale: number, length: number): Float32Array {
  const buf = Buffer.from(data, 'base64');
  if (buf.length !== length) throw new Error(`model weights hold ${buf.length} bytes, expected ${length}`);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = buf.readInt8(i) * scale;
  return out;
}

/** Parses and validates a model file's JSON text. Throws on anything malformed. */
export function parseModel(json: string): LinearModel {
  const file = modelFileSchema.parse(JSON.parse(json));
  const length = 1 << file.features.bits;
  return new LinearModel({
    features: { ...file.features, domainWords: file.features.domainWords ?? false },
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
