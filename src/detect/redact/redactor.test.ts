import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  createRedactor,
  createRestoreStream,
  PseudonymVault,
  resolveOverlaps,
  restore,
  VaultCapacityError,
  type EntityMatch,
  type TextDetector,
} from './index.ts';

/** A test detector: every occurrence of the listed words, as the given entity. */
function words(entity: string, list: readonly string[], score = 0.8): TextDetector {
  return {
    detect(text) {
      const out: EntityMatch[] = [];
      for (const w of list) {
        for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) {
          out.push({ entity, start: i, end: i + w.length, score, rule: `test.${entity}` });
        }
      }
      return out;
    },
  };
}

const people = words('PERSON', ['Alice Martin', 'Bob Stone']);
const emails = words('EMAIL_ADDRESS', ['alice@example.org']);
const detectAll = (text: string) => [...people.detect(text), ...emails.detect(text)];
const KEY = new Uint8Array(32).fill(7);

describe('redactor actions', () => {
  it('masks with the entity label and keeps the rest of the text', () => {
    const r = createRedactor();
    const text = 'Write to Alice Martin at alice@example.org today.';
    const out = r.redact(text, detectAll(text));
    expect(out.text).toBe('Write to [PERSON] at [EMAIL_ADDRESS] today.');
    expect(out.blocked).toBe(false);
    expect(out.redactions.map((x) => [x.entity, out.text.slice(x.outStart, x.outEnd)])).toEqual([
      ['PERSON', '[PERSON]'],
      ['EMAIL_ADDRESS', '[EMAIL_ADDRESS]'],
    ]);
  });

  it('hashes with a keyed, truncated, labelled HMAC: stable per key, different across keys', () => {
    const text = 'Alice Martin and Alice Martin';
    const a = createRedactor({ defaultAction: 'hash', hashKey: KEY }).redact(text, detectAll(text)).text;
    const b = createRedactor({ defaultAction: 'hash', hashKey: new Uint8Array(32).fill(8) }).redact(text, detectAll(text)).text;
    expect(a).toMatch(/^\[PERSON:[0-9a-f]{16}\] and \[PERSON:[0-9a-f]{16}\]$/);
    const [x, y] = a.split(' and ');
    expect(x).toBe(y);
    expect(b).not.toBe(a);
    expect(a).not.toContain('Alice');
  });

  it('blocks the whole text when any kept match is a block entity, leaving the vault untouched', () => {
    const vault = new PseudonymVault();
    const r = createRedactor({ actions: { EMAIL_ADDRESS: 'block' }, defaultAction: 'pseudonymize', vault });
    const text = 'Alice Martin, alice@example.org';
    const out = r.redact(text, detectAll(text), { conversationId: 'c1' });
    expect(out).toMatchObject({ text: '', blocked: true });
    expect(vault.size).toBe(0);
  });

  it('clamps a detector span that runs past the text instead of dropping it', () => {
    const out = createRedactor().redact('key abc123', [{ entity: 'GENERIC_SECRET', start: 4, end: 99, score: 0.9, rule: 'x' }]);
    expect(out.text).toBe('key [GENERIC_SECRET]');
  });

  it('allow keeps the value but still reports it', () => {
    const text = 'Alice Martin';
    const out = createRedactor({ defaultAction: 'allow' }).redact(text, detectAll(text));
    expect(out.text).toBe(text);
    expect(out.redactions).toHaveLength(1);
  });

  it('rejects unsafe configuration', () => {
    expect(() => createRedactor({ defaultAction: 'hash' })).toThrow(/hashKey/);
    expect(() => createRedactor({ defaultAction: 'hash', hashKey: new Uint8Array(8) })).toThrow(/hashKey/);
    expect(() => createRedactor({ actions: { PERSON: 'pseudonymize' } })).toThrow(/vault/);
    expect(() => createRedactor({ actions: { 'bad name': 'mask' } })).toThrow(/entity/);
    expect(() => createRedactor({ defaultAction: 'shred' as 'mask' })).toThrow(/action/);
    const r = createRedactor({ defaultAction: 'pseudonymize', vault: new PseudonymVault() });
    expect(() => r.redact('Alice Martin', people.detect('Alice Martin'))).toThrow(/conversationId/);
  });
});

describe('overlap resolution', () => {
  const arbMatch = fc.record({
    entity: fc.constantFrom('PERSON', 'EMAIL_ADDRESS', 'GENERIC_SECRET'),
    start: fc.nat(60),
    len: fc.integer({ min: 1, max: 20 }),
    score: fc.constantFrom(0.5, 0.7, 0.9),
    validated: fc.boolean(),
    rule: fc.constantFrom('a', 'b'),
  }).map(({ len, ...m }) => ({ ...m, end: m.start + len }));

  it('keeps disjoint spans, independent of input order', () => {
    fc.assert(
      fc.property(fc.array(arbMatch, { maxLength: 25 }), fc.nat(), (ms, seed) => {
        const kept = resolveOverlaps(ms);
        for (let i = 1; i < kept.length; i++) expect(kept[i]!.start).toBeGreaterThanOrEqual(kept[i - 1]!.end);
        const shuffled = [...ms].sort((a, b) => ((a.start * 31 + seed) % 17) - ((b.start * 31 + seed) % 17));
        expect(resolveOverlaps(shuffled)).toEqual(kept);
      }),
    );
  });

  it('prefers validated, then higher score, then the longer span', () => {
    const m = (start: number, end: number, score: number, validated = false): EntityMatch => ({ entity: 'X', start, end, score, validated, rule: 'r' });
    expect(resolveOverlaps([m(0, 10, 0.9), m(2, 5, 0.6, true)])).toEqual([m(2, 5, 0.6, true)]);
    expect(resolveOverlaps([m(0, 4, 0.5), m(2, 9, 0.7)])).toEqual([m(2, 9, 0.7)]);
    expect(resolveOverlaps([m(0, 4, 0.7), m(2, 9, 0.7)])).toEqual([m(2, 9, 0.7)]);
  });
});

describe('pseudonymisation across a conversation', () => {
  it('keeps placeholders consistent across turns and restores the answer', () => {
    const vault = new PseudonymVault({ key: KEY });
    const r = createRedactor({ defaultAction: 'pseudonymize', vault });
    const turns = [
      'My colleague Alice Martin (alice@example.org) wrote to Bob Stone.',
      'Did Bob Stone answer Alice Martin?',
      'Please draft a reply to alice@example.org.',
    ];
    const sent = turns.map((t) => r.redact(t, detectAll(t), { conversationId: 'conv-1' }).text);
    expect(sent).toEqual([
      'My colleague <PERSON_1> (<EMAIL_ADDRESS_1>) wrote to <PERSON_2>.',
      'Did <PERSON_2> answer <PERSON_1>?',
      'Please draft a reply to <EMAIL_ADDRESS_1>.',
    ]);
    // What the upstream receives never holds the raw values.
    for (const s of sent) for (const raw of ['Alice', 'Bob', 'alice@']) expect(s).not.toContain(raw);
    const answer = 'Dear <PERSON_2>, <PERSON_1> (<EMAIL_ADDRESS_1>) asked me to follow up. <PERSON_9> is unknown.';
    expect(restore(vault, 'conv-1', answer)).toBe(
      'Dear Bob Stone, Alice Martin (alice@example.org) asked me to follow up. <PERSON_9> is unknown.',
    );
    // Another conversation cannot read this one's values through the same placeholders.
    expect(restore(vault, 'conv-2', answer)).toBe(answer);
  });

  it('restores a streamed answer whatever the chunk boundaries', () => {
    const vault = new PseudonymVault();
    const r = createRedactor({ defaultAction: 'pseudonymize', vault });
    r.redact('Alice Martin and Bob Stone', people.detect('Alice Martin and Bob Stone'), { conversationId: 'c' });
    const answer = 'Hi <PERSON_1>! a < b, <PERSON_2>, <NOT_A_PLACEHOLDER and <PERSON_1>';
    const expected = restore(vault, 'c', answer);
    expect(expected).toBe('Hi Alice Martin! a < b, Bob Stone, <NOT_A_PLACEHOLDER and Alice Martin');
    fc.assert(
      fc.property(fc.array(fc.nat(answer.length), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const s = createRestoreStream(vault, 'c');
        let out = '';
        let at = 0;
        for (const p of points) {
          out += s.push(answer.slice(at, p));
          at = p;
        }
        out += s.push(answer.slice(at)) + s.flush();
        expect(out).toBe(expected);
      }),
    );
  });
});

describe('pseudonym vault', () => {
  it('expires conversations after the TTL', () => {
    let now = 0;
    const vault = new PseudonymVault({ ttlMs: 1000, now: () => now });
    const p = vault.placeholderFor('c', 'PERSON', 'Alice Martin');
    now = 900;
    expect(vault.lookup('c', p)).toBe('Alice Martin'); // use slides the TTL
    now = 1800;
    expect(vault.lookup('c', p)).toBe('Alice Martin');
    now = 2801;
    expect(vault.lookup('c', p)).toBeUndefined();
    expect(vault.size).toBe(0);
  });

  it('is bounded in conversations (least recently used dropped) and entries (fails closed)', () => {
    const vault = new PseudonymVault({ maxConversations: 2, maxEntriesPerConversation: 2 });
    vault.placeholderFor('a', 'PERSON', 'A');
    vault.placeholderFor('b', 'PERSON', 'B');
    vault.lookup('a', '<PERSON_1>');
    vault.placeholderFor('c', 'PERSON', 'C');
    expect(vault.size).toBe(2);
    expect(vault.lookup('b', '<PERSON_1>')).toBeUndefined();
    expect(vault.lookup('a', '<PERSON_1>')).toBe('A');
    vault.placeholderFor('a', 'PERSON', 'A2');
    expect(() => vault.placeholderFor('a', 'PERSON', 'A3')).toThrow(VaultCapacityError);
    expect(vault.placeholderFor('a', 'PERSON', 'a')).toBe('<PERSON_1>'); // known values still map
  });

  it('treats spelling variants of a value as the same value and keeps the first spelling', () => {
    const vault = new PseudonymVault();
    expect(vault.placeholderFor('c', 'PERSON', 'Alice  Martin')).toBe('<PERSON_1>');
    expect(vault.placeholderFor('c', 'PERSON', 'alice martin')).toBe('<PERSON_1>');
    expect(vault.lookup('c', '<PERSON_1>')).toBe('Alice  Martin');
  });

  it('validates keys, ids and entity names, and can forget a conversation', () => {
    expect(() => new PseudonymVault({ key: new Uint8Array(16) })).toThrow(RangeError);
    expect(() => new PseudonymVault({ ttlMs: 0 })).toThrow(RangeError);
    const vault = new PseudonymVault();
    expect(() => vault.placeholderFor('', 'PERSON', 'x')).toThrow(TypeError);
    expect(() => vault.placeholderFor('c', 'PERSON><script', 'x')).toThrow(RangeError);
    vault.placeholderFor('c', 'PERSON', 'x');
    vault.forget('c');
    expect(vault.lookup('c', '<PERSON_1>')).toBeUndefined();
  });
});
