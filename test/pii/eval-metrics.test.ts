import { describe, expect, it } from 'vitest';
import { addConfusion, mergeAddressBlocks, pairSpans } from '../../scripts/eval-pii/metrics.ts';

describe('PII eval: address blocks', () => {
  const text = 'lives at 4417 Rua das Oliveiras 12, Tavira. Call Ana';
  const at = (s: string, type: string) => ({ type, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it('joins the pieces of one address and keeps everything else', () => {
    const gold = [at('4417', 'STREET_ADDRESS'), at('Rua das Oliveiras 12', 'STREET_ADDRESS'), at('Tavira', 'GPE'), at('Ana', 'PERSON')];
    expect(mergeAddressBlocks(text, gold)).toEqual([at('4417 Rua das Oliveiras 12, Tavira', 'STREET_ADDRESS'), at('Ana', 'PERSON')]);
  });
  it('leaves towns without a street, and pieces split by words, apart', () => {
    const gold = [at('Tavira', 'GPE'), at('Ana', 'PERSON')];
    expect(mergeAddressBlocks(text, gold)).toEqual(gold);
    const split = [at('4417', 'STREET_ADDRESS'), at('Ana', 'GPE')];
    expect(mergeAddressBlocks(text, split)).toEqual(split);
  });
  it('counts confusions between gold and predicted types', () => {
    const gold = [at('Rua das Oliveiras 12', 'STREET_ADDRESS'), at('Ana', 'PERSON')];
    const pred = [at('Rua das Oliveiras 12', 'STREET_ADDRESS'), at('Tavira', 'PERSON')];
    const c = new Map<string, Map<string, number>>();
    addConfusion(c, gold, pred, 0.7);
    expect(c.get('STREET_ADDRESS')?.get('STREET_ADDRESS')).toBe(1);
    expect(c.get('PERSON')?.get('O')).toBe(1);
    expect(c.get('O')?.get('PERSON')).toBe(1);
    expect(pairSpans(gold, pred, 0.7, false)).toEqual([[0, 0]]);
  });
});
