import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, sourceSpan, transformNames } from './index.ts';

const fold = (s: string): { text: string; transforms: string[] } => {
  const f = foldText(s);
  return { text: f.text, transforms: transformNames(f.mask) };
};

describe('foldText', () => {
  it('lower-cases plain ASCII and reports no transform', () => {
    expect(fold('Ignore ALL Previous Instructions')).toEqual({ text: 'ignore all previous instructions', transforms: [] });
  });

  it('applies NFKC to fullwidth and mathematical letters', () => {
    expect(fold('ｉｇｎｏｒｅ')).toEqual({ text: 'ignore', transforms: ['nfkc'] });
    expect(fold('𝐢𝐠𝐧𝐨𝐫𝐞 𝓻𝓾𝓵𝓮𝓼').text).toBe('ignore rules');
  });

  it('does not report NFKC for routine CJK punctuation', () => {
    expect(fold('你好，世界').transforms).toEqual([]);
  });

  it('strips Latin diacritics and combining marks (zalgo)', () => {
    expect(fold('Vergiss alles für dich, naïve café')).toEqual({ text: 'vergiss alles fur dich, naive cafe', transforms: ['diacritics'] });
    expect(fold('i\u0336g\u0336n\u0336o\u0336r\u0336e\u0336').text).toBe('ignore');
    expect(fold('Straße').text).toBe('strasse');
  });

  it('removes zero-width characters', () => {
    expect(fold('ig\u200bno\u200dre pre\ufeffvious')).toEqual({ text: 'ignore previous', transforms: ['invisible'] });
  });

  it('removes bidi controls (Trojan Source)', () => {
    expect(fold('ign\u202eore\u202c all')).toEqual({ text: 'ignore all', transforms: ['bidi'] });
  });

  it('folds look-alike letters inside mixed-script words', () => {
    expect(fold('іgnоrе рrevious')).toEqual({ text: 'ignore previous', transforms: ['confusables'] });
  });

  it('leaves genuine Cyrillic and Greek text alone', () => {
    expect(fold('Привет, как дела?').text).toBe('привет, как дела?');
    expect(fold('Καλημέρα κόσμε').text).toBe('καλημέρα κόσμε');
  });

  it('joins spaced-out letters', () => {
    expect(fold('i g n o r e  a l l')).toEqual({ text: 'ignore  all', transforms: ['spaced-letters'] });
    expect(fold('I.G.N.O.R.E previous').text).toBe('ignore previous');
    expect(fold('e.g. a b').transforms).toEqual([]);
  });

  it('folds leetspeak only between letters', () => {
    expect(fold('1gn0r3 pr3v10us 1nstruct10ns')).toEqual({ text: 'ignore previous instructions', transforms: ['leetspeak'] });
    expect(fold('h3ll0 w0rld!').text).toBe('hello world!');
  });

  it('leaves numbers, units, e-mail addresses, URLs and markup alone', () => {
    const s = 'mp3 2nd covid19 4k user@example.com http://a1b2.com <|im_start|> x_1y [a1b]';
    expect(fold(s)).toEqual({ text: s.toLowerCase(), transforms: [] });
  });

  it('maps folded ranges back to the source', () => {
    const src = 'Hello\u200b ＩＧＮＯＲＥ previous';
    const f = foldText(src);
    const at = f.text.indexOf('ignore');
    const span = sourceSpan(f, at, at + 6);
    expect(src.slice(span.start, span.end)).toBe('ＩＧＮＯＲＥ');
  });

  it('keeps the offset map monotonic and in range (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const f = foldText(s);
        expect(f.map.length).toBe(f.text.length + 1);
        for (let i = 1; i < f.map.length; i++) expect(f.map[i]!).toBeGreaterThanOrEqual(f.map[i - 1]!);
        expect(f.map[f.text.length]).toBe(s.length);
        const span = sourceSpan(f, 0, f.text.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the plain-prose shortcut only when the token pass would change nothing (property)', () => {
    const alphabet = fc.constantFrom(...'aAbBiIgGnNoOrReE .-_*,:;?!\n\t\r\u007f0134@$|'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')), (s) => {
        const fast = foldText(s);
        const full = foldText(s, true);
        expect(fast.text).toBe(full.text);
        expect(fast.mask).toBe(full.mask);
        expect([...fast.map]).toEqual([...full.map]);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives what the general path gives, on text built to hit every shortcut (property)', () => {
    // Pieces that start, stop or dodge the token pass: spaced letters with each separator,
    // leetspeak between letters or not, markup, look-alikes, folds that change length or not,
    // controls, surrogate pairs and lone surrogates.
    const pieces = [
      ...'aAbBiIgGnNoOrReEsSxXfF09 .-_*,:;?!\n\t\r\u007f\u00010134578@$|/=<>[]{}\\%&#+'.split(''),
      'i g n', 'i.g.n.o', 'a-b-c', 'x_y_z', 'e.g.', 'h3ll0', 'covid19', 'user@example.com', 'http://a1b2.com',
      'а', 'е', 'о', 'с', 'α', 'ο', 'ᴀ', 'ı', 'é', 'ü', 'ß', 'İ', 'Σ', 'K', 'ﬁ', 'ｉ', '１', '𝐢', '\u200b', '\ufeff',
      '\u202e', '\u0301', '’', '“', '–', '\u00a0', '\u2028', '你', '。', 'Привет', '😀', '\ud83d', '\ude00', '\udb40\udc41',
    ];
    const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));
    const ascii = fc.array(fc.constantFrom(...pieces.filter((p) => /^[\x00-\x7f]*$/.test(p))), { maxLength: 160 }).map((a) => a.join(''));
    const same = (s: string): void => {
      const fast = foldText(s);
      const full = foldText(s, true);
      expect(fast.text).toBe(full.text);
      expect(fast.mask).toBe(full.mask);
      expect([...fast.map]).toEqual([...full.map]);
    };
    fc.assert(fc.property(mixed, same), { numRuns: 3000 });
    fc.assert(fc.property(ascii, same), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), same), { numRuns: 2000 });
  });

  it('shares one identity map between texts that fold unit for unit, without changing it', () => {
    const a = foldText('Hello – “world”');
    expect([...a.map]).toEqual(Array.from({ length: 16 }, (_, i) => i));
    foldText('x'.repeat(10_000));
    const b = foldText('HELLO');
    expect([...a.map]).toEqual(Array.from({ length: 16 }, (_, i) => i));
    expect([...b.map]).toEqual([0, 1, 2, 3, 4, 5]);
    // Both halves of a surrogate pair map to where the pair starts.
    expect([...foldText('A😀b').map]).toEqual([0, 1, 1, 3, 4]);
  });

  it('never grows plain ASCII text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(foldText(s).text.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
