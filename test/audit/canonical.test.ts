// RFC 8785 canonicalisation: the RFC's own examples, and properties over arbitrary JSON values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/audit/canonical.ts';

describe('canonicalize (RFC 8785)', () => {
  it('formats numbers as the RFC prescribes (Appendix B / §3.2.2.3 examples)', () => {
    expect(canonicalize({ numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001] })).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
    expect(canonicalize([-0, 0, 1e21, 1e-7, 0.000001, 9007199254740991, 5e-324, -1.7976931348623157e308])).toBe('[0,0,1e+21,1e-7,0.000001,9007199254740991,5e-324,-1.7976931348623157e+308]');
  });

  it('escapes strings as the RFC example does', () => {
    expect(canonicalize({ string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/' })).toBe('{"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts members by UTF-16 code units, recursively (RFC §3.2.3 example)', () => {
    const v = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    const keys = Object.keys(JSON.parse(canonicalize(v)) as object);
    // JSON.parse of integer-like keys reorders them, so read the order from the text instead.
    const order = [...canonicalize(v).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(order).toEqual(['Carriage Return', 'One', 'Control', 'Latin Small Letter O With Diaeresis', 'Euro Sign', 'Emoji: Grinning Face', 'Hebrew Letter Dalet With Dagesh']);
    expect(keys).toHaveLength(7);
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalize({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalize([Number.POSITIVE_INFINITY])).toThrow(TypeError);
    expect(() => canonicalize({ f: () => 1 })).toThrow(TypeError);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => canonicalize(cyc)).toThrow(/cycle/);
    expect(canonicalize(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
    expect(() => canonicalize(10n)).toThrow(TypeError);
  });

  it('round-trips through JSON.parse, is idempotent and independent of member order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalize(v);
        const parsed = JSON.parse(c) as unknown;
        expect(parsed).toEqual(JSON.parse(JSON.stringify(v)));
        expect(canonicalize(parsed)).toBe(c);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same text for objects whose members were inserted in any order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 }), (d) => {
        const reversed = Object.fromEntries(Object.entries(d).reverse());
        expect(canonicalize(reversed)).toBe(canonicalize(d));
      }),
      { numRuns: 200 },
    );
  });

  it('formats every double exactly as ECMAScript Number::toString, with -0 as 0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const c = canonicalize(n);
        expect(c).toBe(Object.is(n, -0) ? '0' : String(n));
        expect(Number(c)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 500 },
    );
  });
});
