import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ElementTooLargeError, JsonElementSplitter, JsonStructureError } from './json-split.ts';

/** Feed `text` in pieces cut at `cuts`; return the elements, parsed. */
function split(text: string, cuts: readonly number[], max = 1 << 20): { top: string | undefined; elements: unknown[] } {
  const s = new JsonElementSplitter(max);
  const raw: string[] = [];
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    raw.push(...s.push(text.slice(at, c)));
    at = c;
  }
  raw.push(...s.push(text.slice(at)));
  s.end();
  const elements = raw.map((e) => (s.topLevel === 'array' ? JSON.parse(e) : JSON.parse(`{${e}}`)) as unknown);
  return { top: s.topLevel, elements };
}

describe('JSON element splitter', () => {
  it('yields exactly the elements of any array, however the text is chunked and indented', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 8 }), fc.constantFrom(0, 2), fc.array(fc.nat(400), { maxLength: 6 }), (arr, indent, cuts) => {
        const text = ` ${JSON.stringify(arr, null, indent)}\n`;
        const { top, elements } = split(text, cuts.map((c) => c % (text.length + 1)));
        expect(top).toBe('array');
        expect(elements).toEqual(JSON.parse(JSON.stringify(arr)));
      }),
      { numRuns: 300 },
    );
  });

  it('yields the members of any object as one-entry objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), fc.array(fc.nat(300), { maxLength: 5 }), (obj, cuts) => {
        const text = JSON.stringify(obj);
        const { top, elements } = split(text, cuts.map((c) => c % (text.length + 1)));
        expect(top).toBe('object');
        expect(Object.assign({}, ...(elements as object[]))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps brackets, commas and escaped quotes inside strings', () => {
    expect(split('["a,]}\\"[{", {"k": "\\\\"}, 3]', []).elements).toEqual(['a,]}"[{', { k: '\\' }, 3]);
    expect(split('[]', []).elements).toEqual([]);
    expect(split('\uFEFF{}', []).elements).toEqual([]);
  });

  it('rejects malformed documents', () => {
    for (const bad of ['[1,,2]', '[1,2', '[1] x', '["abc', '[,1]', '[1,]', '"top"', '', '[1}', '{"a":1]']) {
      expect(() => split(bad, []), bad).toThrow(JsonStructureError);
    }
  });

  it('bounds element size and nesting depth', () => {
    expect(() => split(`[1, "${'x'.repeat(200)}"]`, [], 100)).toThrow(ElementTooLargeError);
    expect(() => split(`[${'['.repeat(300)}${']'.repeat(300)}]`, [])).toThrow(/nested deeper/);
    // An unterminated string must not make the splitter hold more than the bound.
    const s = new JsonElementSplitter(1000);
    s.push('["');
    expect(() => {
      for (let i = 0; i < 20; i++) s.push('y'.repeat(100));
    }).toThrow(ElementTooLargeError);
  });
});
