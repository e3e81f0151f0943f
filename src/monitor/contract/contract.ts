// An input contract for one model: a JSON Schema (compiled once with ajv; types, required fields,
// enums, formats, lengths) plus numeric ranges learned from the model's reference profile, and for
// text models the allowed languages and a maximum length. `check` returns the first breach.
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DatasetProfile } from '../profile/dataset.ts';
import { NumericProfile } from '../profile/numeric.ts';
import { detectLanguage } from './language.ts';

// Both are CommonJS modules whose function is also their `default` export.
const Ajv2020 = ajv2020.default;
const addFormats = ajvFormats.default;

export interface ContractBreach {
  /** `schema.<keyword>` (e.g. `schema.maximum`), `range`, `language` or `max_chars`. */
  readonly rule: string;
  /** Where in the request, e.g. `input.amount` or `messages[1].content`. */
  readonly field: string;
  readonly reason: string;
}

/** The range a numeric feature's values may take: the reference's [min, max] widened by a margin. */
export interface FeatureRange {
  readonly feature: string;
  readonly min: number;
  readonly max: number;
}

export interface ContractSpec {
  /** JSON Schema (draft 2020-12) for one input record (predict) or the whole request (other routes). */
  readonly schema?: Readonly<Record<string, unknown>>;
  readonly ranges?: readonly FeatureRange[];
  /** Allowed languages (ISO 639-1) of the request's text; absent: any. */
  readonly languages?: readonly string[];
  /** Texts shorter than this are not judged by language (detection is unreliable on a few words). */
  readonly minCharsForLanguage?: number;
  readonly maxChars?: number;
}

export interface TextPart {
  readonly location: string;
  readonly text: string;
}

/**
 * Ranges from a reference profile: each numeric feature's [min − m·span, max + m·span], where
 * span = max − min (or |max|, or 1, when the reference saw one value). A margin keeps draws from
 * the reference's own distribution inside: the observed extremes of a sample are not its limits.
 * The widening stops at zero for features the reference never saw change sign.
 */
export function rangesFromReference(profile: DatasetProfile, margin: number, only?: readonly string[]): FeatureRange[] {
  if (!(margin >= 0) || !Number.isFinite(margin)) throw new RangeError('range margin must be a non-negative number');
  const out: FeatureRange[] = [];
  for (const [feature, p] of profile.features) {
    if (only && !only.includes(feature)) continue;
    if (!(p instanceof NumericProfile) || p.count === 0) continue;
    const span = p.max - p.min || Math.abs(p.max) || 1;
    // Widening never crosses zero: a feature the reference only saw non-negative (an amount, a
    // count, an hour) stays non-negative, one it only saw non-positive stays non-positive. A
    // feature that was always 0 counts as non-negative, so it keeps room above 0.
    const min = p.min - margin * span;
    const max = p.max + margin * span;
    out.push({ feature, min: p.min >= 0 ? Math.max(0, min) : min, max: p.max <= 0 && p.min < 0 ? Math.min(0, max) : max });
  }
  if (only) {
    const missing = only.filter((f) => !out.some((r) => r.feature === f));
    if (missing.length > 0) throw new RangeError(`the reference has no numeric values for ${missing.join(', ')}`);
  }
  return out;
}

/** `/a/0/b` (JSON pointer) → `a[0].b`, appended to a base location. */
function pointerToPath(base: string, pointer: string): string {
  let out = base;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out;
}

function schemaBreach(base: string, e: ErrorObject): ContractBreach {
  let field = pointerToPath(base, e.instancePath);
  if (e.keyword === 'required') field = pointerToPath(field, `/${String((e.params as { missingProperty?: unknown }).missingProperty)}`);
  if (e.keyword === 'additionalProperties') field = pointerToPath(field, `/${String((e.params as { additionalProperty?: unknown }).additionalProperty)}`);
  const allowed = e.keyword === 'enum' ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).slice(0, 8).map(String).join(', ')})` : '';
  return { rule: `schema.${e.keyword}`, field: field || 'body', reason: `${field || 'body'}: ${e.message ?? 'is not valid'}${allowed}` };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(6).replace(/\.?0+$/, '');
}

export class InputContract {
  private readonly validate: ValidateFunction | undefined;
  private readonly ranges: readonly FeatureRange[];
  private readonly languages: ReadonlySet<string> | undefined;

  constructor(readonly spec: ContractSpec) {
    if (spec.schema) {
      // Unknown keywords and formats are errors at start-up, not silent passes; listing a required
      // field without describing it is allowed (it is how one says "must be present").
      const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false, allErrors: false, validateFormats: true });
      addFormats(ajv);
      this.validate = ajv.compile(spec.schema as Record<string, unknown>);
    }
    this.ranges = spec.ranges ?? [];
    this.languages = spec.languages ? new Set(spec.languages) : undefined;
  }

  /** The first breach of one input record (predict) or request body, at `base` (e.g. `input`). */
  checkRecord(record: unknown, base: string): ContractBreach | undefined {
    if (this.validate && !this.validate(record)) return schemaBreach(base, this.validate.errors![0]!);
    if (this.ranges.length > 0 && typeof record === 'object' && record !== null) {
      const r = record as Record<string, unknown>;
      for (const range of this.ranges) {
        const v = r[range.feature];
        if (typeof v !== 'number') continue;
        if (!(v >= range.min && v <= range.max)) {
          const field = base ? `${base}.${range.feature}` : range.feature;
          return { rule: 'range', field, reason: `${field}: ${fmt(v)} is outside the range learned from the reference [${fmt(range.min)}, ${fmt(range.max)}]` };
        }
      }
    }
    return undefined;
  }

  /** The first breach among the request's texts (length, then language). */
  checkText(parts: readonly TextPart[]): ContractBreach | undefined {
    const max = this.spec.maxChars;
    if (max !== undefined) {
      for (const p of parts) {
        if (p.text.length > max) return { rule: 'max_chars', field: p.location, reason: `${p.location}: ${p.text.length} characters; the contract allows ${max}` };
      }
    }
    if (this.languages) {
      const min = this.spec.minCharsForLanguage ?? 20;
      for (const p of parts) {
        if (p.text.length < min) continue;
        const lang = detectLanguage(p.text);
        if (lang !== 'und' && !this.languages.has(lang)) {
          return { rule: 'language', field: p.location, reason: `${p.location}: language "${lang}" is not among the allowed ${[...this.languages].join(', ')}` };
        }
      }
    }
    return undefined;
  }
}
