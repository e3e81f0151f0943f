// RFC 8785 JSON Canonicalization Scheme: the byte-exact form every audit entry is hashed in.
// ECMAScript's own number and string serialisation is what the RFC prescribes (RFC 8785 §3.2.2.2,
// §3.2.2.3); object members are sorted by their UTF-16 code units (§3.2.3), which is what a plain
// JS string comparison does. Written as string concatenation: it runs on every audit entry.

/** Deeper than any entry we build; also how cycles are caught without a Set per call. */
const MAX_DEPTH = 256;

/** Quoted member names: the same few dozen names recur in every entry. Bounded. */
const quoted = new Map<string, string>();
function quote(k: string): string {
  let q = quoted.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quoted.size < 4_096) quoted.set(k, q);
  }
  return q;
}

/** The canonical text of a JSON value; throws on values JSON cannot carry (NaN, Infinity, cycles, functions). */
export function canonicalize(value: unknown): string {
  // Fast path: a value whose members are already in canonical order, with only finite numbers,
  // is serialised by JSON.stringify exactly as RFC 8785 asks (same number and string rules), and
  // natively. The audit log builds its entries that way.
  return isCanonicalOrder(value, 0) ? JSON.stringify(value) : ser(value, 0);
}

/** True when JSON.stringify(v) is already canonical: sorted members, finite numbers, nothing JSON drops or rewrites. */
function isCanonicalOrder(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'object':
      break;
    default:
      return false;
  }
  if (v === null) return true;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isCanonicalOrder(v[i], depth + 1)) return false;
    return true;
  }
  const obj = v as Record<string, unknown>;
  if (typeof obj.toJSON === 'function') return false;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) return false;
    const x = obj[keys[i]!];
    if (x !== undefined && !isCanonicalOrder(x, depth + 1)) return false;
  }
  return true;
}

function ser(v: unknown, depth: number): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('canonical JSON cannot carry NaN or Infinity');
      // Number::toString, with -0 as 0 (RFC 8785 §3.2.2.3).
      return v === 0 ? '0' : String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON cannot carry a ${typeof v}`);
  }
  if (v === null) return 'null';
  if (depth >= MAX_DEPTH) throw new TypeError('canonical JSON cannot carry a cycle (or nesting deeper than 256)');
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      // As JSON.stringify does: holes and undefined become null inside arrays.
      s += (i > 0 ? ',' : '') + (item === undefined ? 'null' : ser(item, depth + 1));
    }
    return `${s}]`;
  }
  const obj = v as Record<string, unknown> & { toJSON?: unknown };
  if (typeof obj.toJSON === 'function') return ser((obj.toJSON as () => unknown)(), depth + 1);
  const keys = Object.keys(obj).sort();
  let s = '{';
  let first = true;
  for (const k of keys) {
    const x = obj[k];
    if (x === undefined) continue;
    s += `${first ? '' : ','}${quote(k)}:${ser(x, depth + 1)}`;
    first = false;
  }
  return `${s}}`;
}
