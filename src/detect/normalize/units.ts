// Scratch memory for folding: a growable pair of buffers (UTF-16 units and the source index each
// came from) and one shared identity offset map. Folding is synchronous, so one set per process
// suffices and a scan allocates only its result.

// Lone surrogates become U+FFFD: 'utf-16le' decoding with fatal=false replaces only invalid
// units, and the folded text is for matching, never shown.
const utf16 = new TextDecoder('utf-16le');

export class UnitBuffer {
  units = new Uint16Array(1024);
  map = new Int32Array(1024);
  length = 0;

  reset(capacity: number): void {
    if (this.units.length < capacity) {
      this.units = new Uint16Array(capacity);
      this.map = new Int32Array(capacity);
    }
    this.length = 0;
  }

  push(unit: number, src: number): void {
    if (this.length === this.units.length) {
      const u = new Uint16Array(this.units.length * 2);
      u.set(this.units);
      this.units = u;
      const m = new Int32Array(this.map.length * 2);
      m.set(this.map);
      this.map = m;
    }
    this.units[this.length] = unit;
    this.map[this.length++] = src;
  }

  toString(): string {
    return utf16.decode(this.units.subarray(0, this.length));
  }
}

let identity = new Int32Array(0);

/**
 * `[0, 1, ..., n]` as a view of one shared, grown array: the offset map of text that folded unit
 * for unit. Views handed out earlier stay valid when it grows (the old array is left as it was).
 */
export function identityMap(n: number): Int32Array {
  if (identity.length <= n) {
    const next = new Int32Array(Math.max(n + 1, identity.length * 2, 4096));
    for (let i = 0; i < next.length; i++) next[i] = i;
    identity = next;
  }
  return identity.subarray(0, n + 1);
}
