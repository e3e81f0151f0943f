// Validates an `InjectionDetectorConfig` once, at build time, and fills in defaults. Unknown keys
// and out-of-range values are errors that name the offending path.
import { z } from 'zod';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from '../normalize/index.ts';
import type { ExternalClassifierEntry, InjectionDetectorConfig, InjectionRule, TextSource } from './types.ts';

const probability = z.number().min(0).max(1);

const configSchema = z.strictObject({
  threshold: probability.optional(),
  thresholds: z.strictObject({
    user: probability.optional(),
    system: probability.optional(),
    tool: probability.optional(),
    document: probability.optional(),
  }).optional(),
  allow: z.array(z.string().min(3).max(500)).max(1000).optional(),
  disableRules: z.array(z.string().min(1)).optional(),
  extraRules: z.array(z.custom<InjectionRule>((v) => typeof v === 'object' && v !== null)).optional(),
  modelPath: z.string().min(1).optional(),
  external: z.array(z.custom<ExternalClassifierEntry>((v) => typeof v === 'object' && v !== null)).optional(),
  maxScanChars: z.number().int().min(1024).max(16_777_216).optional(),
  oversize: z.enum(['flag', 'scan-prefix']).optional(),
  decode: z.strictObject({
    maxLayers: z.number().int().min(0).max(64).optional(),
    maxDepth: z.number().int().min(0).max(8).optional(),
    maxDecodedChars: z.number().int().min(0).max(1_048_576).optional(),
    maxRunChars: z.number().int().min(16).max(1_048_576).optional(),
  }).optional(),
  topFeatures: z.number().int().min(0).max(20).optional(),
});

export interface ResolvedConfig {
  readonly threshold: number | undefined;
  readonly thresholds: Partial<Record<TextSource, number>>;
  readonly allow: readonly string[];
  readonly disableRules: readonly string[];
  readonly extraRules: readonly InjectionRule[];
  readonly modelPath: string | undefined;
  readonly external: readonly Required<ExternalClassifierEntry>[];
  readonly maxScanChars: number;
  readonly oversize: 'flag' | 'scan-prefix';
  readonly decode: DecodeLimits;
  readonly topFeatures: number;
}

export function resolveConfig(input: InjectionDetectorConfig): ResolvedConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new Error(`invalid injection detector config at ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const c = parsed.data;
  const external = (input.external ?? []).map((e, i) => {
    const cl = e.classifier as unknown;
    if (typeof cl !== 'object' || cl === null || typeof (cl as { score?: unknown }).score !== 'function' ||
      typeof (cl as { id?: unknown }).id !== 'string') {
      throw new Error(`invalid injection detector config at external.${i}: needs a classifier with id and score()`);
    }
    const weight = e.weight ?? 1;
    const maxChars = e.maxChars ?? 4096;
    if (!(Number.isFinite(weight) && weight >= 0 && weight <= 10)) {
      throw new Error(`invalid injection detector config at external.${i}.weight: must be in [0, 10]`);
    }
    if (!(Number.isInteger(maxChars) && maxChars >= 1 && maxChars <= 1_048_576)) {
      throw new Error(`invalid injection detector config at external.${i}.maxChars: must be an integer in [1, 1048576]`);
    }
    return { classifier: e.classifier, weight, maxChars };
  });
  return {
    threshold: c.threshold,
    thresholds: c.thresholds ?? {},
    allow: c.allow ?? [],
    disableRules: c.disableRules ?? [],
    extraRules: input.extraRules ?? [],
    modelPath: c.modelPath,
    external,
    maxScanChars: c.maxScanChars ?? 262_144,
    oversize: c.oversize ?? 'flag',
    decode: { ...DEFAULT_DECODE_LIMITS, ...c.decode },
    topFeatures: c.topFeatures ?? 5,
  };
}
