import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UNIT_BOX_MILITARY_RE, createAddressRecognizer } from './address.ts';
import { MILITARY_RE, PO_BOX_RE, UNIT_RE } from './address-patterns.ts';
import { loadGazetteer } from './gazetteer.ts';
import { createPersonRecognizer, tokenEvidence } from './person.ts';
import type { Candidate } from '../recognizer.ts';

const g = loadGazetteer();
const person = createPersonRecognizer(g);
const address = createAddressRecognizer(g);

/** Values the recogniser proposes at or above `min` (before detector context scoring). */
function propose(r: { find(t: string, o: Candidate[]): void }, text: string, min = 0.5): string[] {
  const out: Candidate[] = [];
  r.find(text, out);
  return out.filter((c) => c.score >= min).map((c) => text.slice(c.start, c.end));
}

describe('gazetteer', () => {
  it('loads packaged name, word and place lists', () => {
    expect(g.firstNames.size).toBeGreaterThan(10_000);
    expect(g.lastNames.size).toBeGreaterThan(10_000);
    expect(g.firstNames.has('Agnieszka')).toBe(true);
    expect(g.commonWords.has('table')).toBe(true);
    expect(g.countries.has('germany')).toBe(true);
  });
  it('scores tokens by how name-like they are', () => {
    expect(tokenEvidence('Agnieszka', g)).toBe(1);
    expect(tokenEvidence('Table', g)).toBe(0);
    expect(tokenEvidence('Germany', g)).toBeLessThan(0.35);
    expect(tokenEvidence('Spanish', g)).toBe(0);
    expect(tokenEvidence('Qwzelbrandt', g)).toBe(0.6);
    expect(tokenEvidence('Flightboard', g)).toBeLessThan(0.35);
    // American, British, Canadian and Australian spellings are all English words.
    expect(g.commonWords.has('center') && g.commonWords.has('colour')).toBe(true);
    expect(tokenEvidence('Theater', g)).toBeLessThan(0.35);
  });
});

describe('person recogniser', () => {
  it('joins initials and particles into one name', () => {
    expect(propose(person, 'Signed by Agnieszka K. Lindqvist yesterday')).toContain('Agnieszka K. Lindqvist');
    expect(propose(person, 'Ask Henrik van Dijkstra about it')).toContain('Henrik van Dijkstra');
  });
  it('lifts the other members of a list that contains a confident name', () => {
    const found = propose(person, 'The founders were Henrik, Qwzelbrandt and Vrelkamp.');
    expect(found).toEqual(expect.arrayContaining(['Henrik', 'Qwzelbrandt', 'Vrelkamp']));
  });
  it('uses introductions, possessives and reporting verbs as cues', () => {
    expect(propose(person, 'my name is Qwzelbrandt')).toContain('Qwzelbrandt');
    expect(propose(person, "that was Qwzelbrandt's plan", 0.4)).toContain('Qwzelbrandt');
    expect(propose(person, 'that was Qwzelbrandt', 0.4)).toEqual([]);
    expect(propose(person, 'Qwzelbrandt said no', 0.5)).toContain('Qwzelbrandt');
  });
  it('finds lower-case names after an introduction', () => {
    expect(propose(person, 'hi, call me zdeslav')).toContain('zdeslav');
    expect(propose(person, 'my name is ingrid halvorsen')).toContain('ingrid halvorsen');
    // "i'm" is in a name list as a contraction, not a name: the span starts at the name.
    expect(propose(person, "yes, i'm roberto")).toEqual(['roberto']);
    expect(propose(person, 'the weather is mild', 0.1)).toEqual([]);
  });
  it('reads dialogue speaker labels and "named him X" as cues', () => {
    // The label lifts a name that says little on its own (Elizabeth is a town too) by 0.3.
    expect(propose(person, 'Koppány: "Who are you?"\nElizabeth:"I\'m the new tenant".', 0.4)).toContain('Elizabeth');
    expect(propose(person, 'Koppány asked who she was. Elizabeth, the new tenant.', 0.4)).not.toContain('Elizabeth');
    expect(propose(person, 'She named him Qwzelbrandt')).toContain('Qwzelbrandt');
    expect(propose(person, 'She named him Frank', 0.4)).toContain('Frank');
    expect(propose(person, 'She saw Frank', 0.4)).not.toContain('Frank');
    expect(propose(person, 'Note: "fragile"', 0)).toEqual([]);
  });
  it('leaves chat speaker labels and public bodies alone', () => {
    const found = propose(person, "Bot: What's the name on the account? User: Vilma Holm");
    expect(found).toContain('Vilma Holm');
    expect(found).not.toContain('Bot');
    expect(propose(person, 'The Japanese Border Force have detained a tennis player.', 0)).not.toContain('Border Force');
  });
  it('rejects companies, streets and places', () => {
    expect(propose(person, 'We hired Henrik Lindqvist Consulting Inc. for this', 0)).not.toContain('Henrik Lindqvist Consulting');
    expect(propose(person, 'We hired Lindqvist Inc. for this', 0)).toEqual([]);
    expect(propose(person, 'Turn left on Okonkwo Bridge', 0.3)).toEqual([]);
    expect(propose(person, 'They flew to New Zealand', 0.3)).toEqual([]);
    expect(propose(person, 'She lives at Qwzelbrandt Okonkwo 14 now', 0.3)).toEqual([]);
  });
  it('reads a list of bare surnames that is one subject, or a line of its own, as a firm', () => {
    expect(propose(person, 'Okonkwo, Lindqvist and Agnieszka is a design agency.', 0.15)).toEqual([]);
    expect(propose(person, 'Henrik Dahl\nOkonkwo, Lindqvist and Vrelkamp\n12 Harbour Street', 0.15)).toEqual(['Henrik Dahl']);
    // The same list as people: a plural verb, inside a sentence.
    expect(propose(person, 'The founders, Agnieszka, Qwzelbrandt and Vrelkamp, met in 2010.')).toEqual(expect.arrayContaining(['Agnieszka', 'Qwzelbrandt', 'Vrelkamp']));
  });
  it('takes a later mention of a confident name\'s part as the same person', () => {
    expect(propose(person, 'We read Agnieszka Qwzelbrandt\'s poems. Is anything better than early Qwzelbrandt?')).toEqual(['Agnieszka Qwzelbrandt', 'Qwzelbrandt']);
    expect(propose(person, 'we read agnieszka qwzelbrandt\'s poems. is anything better than early qwzelbrandt?')).toEqual(['agnieszka qwzelbrandt', 'qwzelbrandt']);
  });
  it('does not take places and companies for people', () => {
    expect(propose(person, "I'm in Qwzelbrandt, at the conference", 0.15)).toEqual([]);
    expect(propose(person, 'the economy of their home city Vrelkamp del Oro', 0.15)).toEqual([]);
    expect(propose(person, 'according to the Qwzelbrandt website', 0.15)).toEqual([]);
    expect(propose(person, 'I work for Agnieszka Qwzelbrandt', 0.15)).toEqual([]);
    expect(propose(person, 'Henrik Qwzelbrandt is a design agency based in Oslo.', 0.15)).toEqual([]);
    // Still people: a possessive after "in", a full name after "in" with a verb.
    expect(propose(person, "in Agnieszka's view", 0.15)).toContain('Agnieszka');
  });
  it('reads role nouns around a list as naming people', () => {
    expect(propose(person, 'Our three founders: Qwzelbrandt, Okonkwo and Vrelkamp.')).toEqual(['Qwzelbrandt', 'Okonkwo', 'Vrelkamp']);
    expect(propose(person, 'Qwzelbrandt and Vrelkamp were precision engineers.')).toEqual(['Qwzelbrandt', 'Vrelkamp']);
    expect(propose(person, 'Qwzelbrandt and Vrelkamp were precision tools.', 0.5)).toEqual([]);
  });
  it('reads coined company names (a brand ending on an unknown word) as companies', () => {
    expect(propose(person, 'The deal went to Qwzelsoft last year.', 0.15)).toEqual([]);
    expect(propose(person, 'Their clients: Vrelkamp Okonkwo Brandmatics, and others.', 0.15)).toEqual([]);
    expect(tokenEvidence('Ovrinddata', g)).toBeLessThan(0.35);
    // Near misses: a name in the name lists, and an ending with fewer than three letters before it.
    expect(propose(person, 'Agnieszka McCloud wrote it.')).toEqual(['Agnieszka McCloud']);
    expect(tokenEvidence('Agnieszka', g)).toBe(1);
  });
  it('does not take product names for people: an acronym inside a word, or a word against a digit', () => {
    expect(propose(person, 'I asked QwzelGPT and OvrindAI about it.', 0.15)).toEqual([]);
    expect(propose(person, 'Route it over Qwzelv6 or Vrelkamp4 now.', 0.15)).toEqual([]);
    // Near misses: one capital inside a name, and a digit that is not against the word.
    expect(propose(person, 'Agnieszka McQwzel wrote it.')).toEqual(['Agnieszka McQwzel']);
    expect(propose(person, 'Agnieszka Qwzelbrandt, 42, wrote it.')).toEqual(['Agnieszka Qwzelbrandt']);
    expect(propose(person, '| 52 | Agnieszka Lindqvist2 | winner |')).toEqual(['Agnieszka Lindqvist']);
  });
  it('reads a reporting verb before a name and a capitalised particle that opens a surname', () => {
    expect(propose(person, '"It is fine," says Du Qwzelbrandt.', 0.3)).toEqual(['Du Qwzelbrandt']);
  });
});

describe('address recogniser', () => {
  it('grows a street over units and locality lines, stopping at labels', () => {
    const text = 'Ship to:\n12 Harbour Street\n Suite 4\n Springfield\n Canada 40321\nMobile: 555 0100';
    expect(propose(address, text)).toEqual(['12 Harbour Street\n Suite 4\n Springfield\n Canada 40321']);
  });
  it('keeps a house-number period but drops a sentence period', () => {
    expect(propose(address, 'The shop is at Kossuth utca 12. Come by.')).toEqual(['Kossuth utca 12.']);
    expect(propose(address, 'Send it to 4 Elm Road, Springfield 40321.')).toEqual(['4 Elm Road, Springfield 40321']);
  });
  it('reads intersections as one address', () => {
    expect(propose(address, 'Meet at the corner of 12 Harbour Street and Mill Lane.')).toEqual(['the corner of 12 Harbour Street and Mill Lane']);
  });
  it('finds military and PO box addresses in any case', () => {
    expect(propose(address, 'psc 1234, box 5678\napo ae 09012')).toEqual(['psc 1234, box 5678\napo ae 09012']);
    expect(propose(address, 'USNS Comfort\nFPO AA 34090')).toEqual(['USNS Comfort\nFPO AA 34090']);
    expect(propose(address, 'mail P.O. Box 1201 please')).toEqual(['P.O. Box 1201']);
  });
  it('finds lower-case European streets by their endings', () => {
    expect(propose(address, 'i live at nørrevej 18, aarhus')).toContain('nørrevej 18');
  });
  it('knows "Str." and "Avda." as street words', () => {
    expect(propose(address, 'He lives at 5120 42 Okonkwo Str., Varnsdorf')).toEqual(['5120 42 Okonkwo Str., Varnsdorf']);
    expect(propose(address, 'Ship to 7310 Avda. Qwzel Ovrind 58, Vallmoro del Rey')).toEqual(['7310 Avda. Qwzel Ovrind 58, Vallmoro del Rey']);
  });
  it('takes a town of ordinary words when a postcode line follows, and trusts long blocks more', () => {
    const text = '4410 12 Harbour Avenue\n>Apt. 7\n>Maple Cove\n>Canada 40321';
    expect(propose(address, text)).toEqual([text]);
    const out: Candidate[] = [];
    address.find('Send it to 7310 Qwzel Ovrind 58\n Apt. 46\n Vallmoro del Rey', out);
    expect(out[0]?.score).toBeGreaterThanOrEqual(0.8);
  });
  it('reads a French or Italian street type before the name, with elided articles', () => {
    expect(propose(address, "The office is at 9243 Avenue d'Qwzel 109, Vallmoro")).toEqual(["9243 Avenue d'Qwzel 109, Vallmoro"]);
    expect(propose(address, "Ship to 14 Rue de l'Ovrind, please")).toEqual(["14 Rue de l'Ovrind"]);
    // Near miss: a street type with no house number is no address.
    expect(propose(address, "We walked down the Avenue d'Qwzel at night", 0.3)).toEqual([]);
  });
  it('does not read versions, years or products as streets', () => {
    expect(propose(address, 'During 1984 we shipped Windows 95 and Chapter 11 began', 0.3)).toEqual([]);
  });
});

describe('address unit gate', () => {
  // Unit, box and military words in any case, with their separators and numbers.
  const piece = fc.constantFrom(
    'Apt', 'apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Room', 'Rm', 'Floor', 'Fl', 'Flat', 'Box', 'BOX', 'box', 'Bldg', 'Building', 'Postbox',
    'P.O. Box ', 'PO box ', 'p.o. BOX ', 'PSC 1234, Box 5678 ', 'Unit 123 Box 4567', 'USS Ohio ', 'USCGC Eagle Bay ', 'APO AE ', 'fpo ap ', 'Dpo Aa ', 'APO ', 'AE ', 'USS Ohio FPO AP 96601', 'psc 1234, box 5678 apo ae 09123', 'USNS Mercy\nDPO AA 34001', '.', ' ', '#', ',', '\n', '1', '42', '12345', 'x', 'é',
  );
  it('passes every text a unit, box or military pattern matches (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (p) => {
        const t = p.join('');
        for (const re of [MILITARY_RE, PO_BOX_RE, UNIT_RE]) {
          re.lastIndex = 0;
          if (re.test(t)) expect(UNIT_BOX_MILITARY_RE.test(t), `${re.source.slice(0, 20)} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
