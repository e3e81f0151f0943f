// A profile of a whole record stream: one feature profile per schema column. The reference
// sample fixes the bins (numeric) and categories (categorical) once, in a `ProfileLayout`, so
// every replica's profile has the same shape and they can be merged by the control plane.
import { sturgesEdges } from '../stats/distances.ts';
import { CategoricalProfile } from './categorical.ts';
import { NumericProfile } from './numeric.ts';
import { DEFAULT_LANGUAGES, TextProfile } from './text.ts';

export type FeatureKind = 'numeric' | 'categorical' | 'text';
export interface FeatureSpec {
  readonly name: string;
  readonly kind: FeatureKind;
}

export type FeatureLayout =
  | { readonly name: string; readonly kind: 'numeric'; readonly edges: readonly number[] }
  | { readonly name: string; readonly kind: 'categorical'; readonly categories: readonly string[] }
  | { readonly name: string; readonly kind: 'text'; readonly languages: readonly string[] };

export interface ProfileLayout {
  readonly features: readonly FeatureLayout[];
}

export type FeatureProfile = NumericProfile | CategoricalProfile | TextProfile;
export type RecordValue = string | number | boolean | null | undefined;
export type MonitoredRecord = Readonly<Record<string, RecordValue>>;

/** Most fixed categories taken from the reference; the rest fall into "other". */
export const LAYOUT_MAX_CATEGORIES = 64;

/** Derives bins and categories from a reference sample (the only time raw rows are read). */
export function layoutFromReference(schema: readonly FeatureSpec[], reference: readonly MonitoredRecord[]): ProfileLayout {
  const names = new Set<string>();
  for (const f of schema) {
    if (names.has(f.name)) throw new RangeError(`duplicate feature ${f.name}`);
    names.add(f.name);
  }
  return {
    features: schema.map((f): FeatureLayout => {
      if (f.kind === 'numeric') {
        const values = reference.map((r) => r[f.name]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        if (values.length === 0) throw new RangeError(`feature ${f.name} has no numeric reference values`);
        return { name: f.name, kind: 'numeric', edges: Array.from(sturgesEdges(values)) };
      }
      if (f.kind === 'categorical') {
        const counts = new Map<string, number>();
        for (const r of reference) {
          const v = r[f.name];
          if (v === null || v === undefined) continue;
          const k = String(v);
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, LAYOUT_MAX_CATEGORIES);
        return { name: f.name, kind: 'categorical', categories: top.map(([k]) => k) };
      }
      return { name: f.name, kind: 'text', languages: DEFAULT_LANGUAGES };
    }),
  };
}

export class DatasetProfile {
  readonly features: Map<string, FeatureProfile>;

  constructor(readonly layout: ProfileLayout) {
    this.features = new Map(
      layout.features.map((f) => [
        f.name,
        f.kind === 'numeric'
          ? new NumericProfile(f.edges)
          : f.kind === 'categorical'
            ? new CategoricalProfile(f.categories)
            : new TextProfile(f.languages),
      ]),
    );
  }

  /** Adds one record; columns absent from the record count as missing, unknown columns are ignored. */
  update(record: MonitoredRecord): void {
    for (const f of this.layout.features) {
      const p = this.features.get(f.name)!;
      const v = Object.hasOwn(record, f.name) ? record[f.name] : undefined;
      if (p instanceof NumericProfile) p.update(typeof v === 'number' ? v : null);
      else if (p instanceof CategoricalProfile) p.update(v);
      else p.update(typeof v === 'string' ? v : null);
    }
  }

  merge(other: DatasetProfile): DatasetProfile {
    if (JSON.stringify(this.layout) !== JSON.stringify(other.layout)) throw new RangeError('cannot merge profiles with different layouts');
    const out = new DatasetProfile(this.layout);
    for (const [name, p] of this.features) {
      out.features.set(name, mergeFeature(p, other.features.get(name)!));
    }
    return out;
  }

  toJSON(): { layout: ProfileLayout; features: Record<string, unknown> } {
    return { layout: this.layout, features: Object.fromEntries([...this.features].map(([k, v]) => [k, v.toJSON()])) };
  }

  static fromJSON(raw: unknown): DatasetProfile {
    if (typeof raw !== 'object' || raw === null) throw new TypeError('invalid dataset profile');
    const r = raw as { layout?: unknown; features?: unknown };
    const layout = validateLayout(r.layout);
    const features = r.features as Record<string, unknown> | undefined;
    if (typeof features !== 'object' || features === null) throw new TypeError('invalid dataset profile: features');
    const p = new DatasetProfile(layout);
    for (const f of layout.features) {
      const raw = features[f.name];
      const loaded =
        f.kind === 'numeric' ? NumericProfile.fromJSON(raw) : f.kind === 'categorical' ? CategoricalProfile.fromJSON(raw) : TextProfile.fromJSON(raw);
      const fresh = p.features.get(f.name)!;
      if (JSON.stringify(layoutOf(loaded)) !== JSON.stringify(layoutOf(fresh))) {
        throw new TypeError(`invalid dataset profile: ${f.name} does not match its layout`);
      }
      p.features.set(f.name, loaded);
    }
    return p;
  }
}

export function mergeFeature(a: FeatureProfile, b: FeatureProfile): FeatureProfile {
  if (a instanceof NumericProfile && b instanceof NumericProfile) return a.merge(b);
  if (a instanceof CategoricalProfile && b instanceof CategoricalProfile) return a.merge(b);
  if (a instanceof TextProfile && b instanceof TextProfile) return a.merge(b);
  throw new RangeError('cannot merge profiles of different kinds');
}

function layoutOf(p: FeatureProfile): unknown {
  if (p instanceof NumericProfile) return Array.from(p.edges);
  if (p instanceof CategoricalProfile) return p.categories;
  return p.language.categories;
}

function validateLayout(raw: unknown): ProfileLayout {
  const fail = (why: string): never => {
    throw new TypeError(`invalid profile layout: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { features?: unknown }).features)) return fail('features');
  const features = (raw as { features: unknown[] }).features;
  const names = new Set<string>();
  for (const f of features) {
    if (typeof f !== 'object' || f === null) fail('feature');
    const { name, kind } = f as { name?: unknown; kind?: unknown };
    if (typeof name !== 'string' || name.length === 0 || name.length > 256 || names.has(name)) fail('feature names must be unique strings');
    names.add(name as string);
    if (kind === 'numeric' && !Array.isArray((f as { edges?: unknown }).edges)) fail(`${name}: edges`);
    else if (kind === 'categorical' && !Array.isArray((f as { categories?: unknown }).categories)) fail(`${name}: categories`);
    else if (kind === 'text' && !Array.isArray((f as { languages?: unknown }).languages)) fail(`${name}: languages`);
    else if (kind !== 'numeric' && kind !== 'categorical' && kind !== 'text') fail(`${name}: kind`);
  }
  return raw as ProfileLayout;
}
