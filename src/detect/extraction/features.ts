// Turns one predict input (a JSON object of numbers) into a scaled feature vector, so that
// distances between queries mean the same thing in every feature. No HTTP, no state per caller.

/** How one input feature is scaled: min–max onto [0, 1], optionally after log1p. */
export interface FeatureSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Take log1p first (heavy-tailed features such as amounts). */
  readonly log?: boolean;
}

export const MAX_FEATURES = 256;
const SCALED_LIMIT = 1e6;

const signedLog1p = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v));

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/**
 * The feature space of one model. With declared specs every feature is min–max scaled to [0, 1]
 * (after log1p where asked), like image pixels in the PRADA paper. Without specs the feature
 * names are fixed by the first object seen (sorted, numeric fields only) and scaled by a signed
 * log1p, which keeps large raw magnitudes from drowning the rest; `ranged` is then false.
 */
export class FeatureSpace {
  private names: readonly string[] | undefined;
  private readonly lo: Float64Array | undefined;
  private readonly span: Float64Array | undefined;
  private readonly logs: readonly boolean[] | undefined;

  constructor(specs?: readonly FeatureSpec[]) {
    if (specs && specs.length > 0) {
      if (specs.length > MAX_FEATURES) throw new RangeError(`at most ${MAX_FEATURES} features`);
      this.names = specs.map((s) => s.name);
      this.logs = specs.map((s) => s.log === true);
      this.lo = Float64Array.from(specs, (s) => (s.log ? signedLog1p(s.min) : s.min));
      this.span = Float64Array.from(specs, (s, i) => {
        const hi = s.log ? signedLog1p(s.max) : s.max;
        const width = hi - this.lo![i]!;
        if (!(width > 0 && Number.isFinite(width))) throw new RangeError(`feature "${s.name}": max must be greater than min (and the span finite)`);
        return width;
      });
    }
  }

  /** Whether every feature has a declared range (coverage statistics need one). */
  get ranged(): boolean {
    return this.span !== undefined;
  }

  get dimensions(): number | undefined {
    return this.names?.length;
  }

  /** The scaled vector of one input, or undefined when it is not an object with every feature numeric. */
  vector(input: unknown): Float64Array | undefined {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
    const rec = input as Record<string, unknown>;
    if (!this.names) {
      const found = Object.keys(rec).filter((k) => numeric(rec[k]) !== undefined).sort().slice(0, MAX_FEATURES);
      if (found.length === 0) return undefined;
      this.names = found;
    }
    const out = new Float64Array(this.names.length);
    for (let i = 0; i < this.names.length; i++) {
      const v = Object.hasOwn(rec, this.names[i]!) ? numeric(rec[this.names[i]!]) : undefined;
      if (v === undefined) return undefined;
      if (this.span) {
        const t = this.logs![i] ? signedLog1p(v) : v;
        // Clamped far outside [0, 1] so that extreme inputs cannot overflow a distance.
        out[i] = Math.min(SCALED_LIMIT, Math.max(-SCALED_LIMIT, (t - this.lo![i]!) / this.span[i]!));
      } else out[i] = signedLog1p(v);
    }
    return out;
  }
}

/** The inputs of a predict request body: `{input: {...}}` or `{inputs: [{...}, ...]}`. */
export function predictInputs(body: unknown): readonly unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const b = body as Record<string, unknown>;
  if ('input' in b) return [b.input];
  return Array.isArray(b.inputs) ? b.inputs : [];
}
