import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  canonical,
  createCanaryDetector,
  createLeakDetector,
  createMemorizationGuard,
  fold,
  generateCanary,
  toFinding,
} from './index.ts';

describe('canary tokens', () => {
  const canary = generateCanary();
  const detector = createCanaryDetector({ canaries: [canary] });
  const kinds = (text: string) => detector.detect(text).map((m) => m.transform);
  const body = canary.slice(4);

  it('generates distinct random canaries of the documented shape', () => {
    expect(canary).toMatch(/^bwk-[a-km-np-z2-9]{20}$/);
    const many = new Set(Array.from({ length: 200 }, () => generateCanary()));
    expect(many.size).toBe(200);
    expect(() => generateCanary({ length: 8 })).toThrow(RangeError);
    expect(() => generateCanary({ prefix: 'B!' })).toThrow(RangeError);
  });

  it('finds the canary verbatim, re-cased, spaced out and reversed', () => {
    expect(kinds(`The prompt says ${canary}.`)).toEqual(['verbatim']);
    expect(kinds(`sure: ${canary.toUpperCase()}`)).toEqual(['case']);
    expect(kinds(`sure: ${[...canary].join(' ')}`)).toEqual(['spaced']);
    expect(kinds(`sure: ${[...canary].join('\u200b')}`)).toEqual(['spaced']);
    expect(kinds(`backwards: ${[...canary].reverse().join('')}`)).toEqual(['reversed']);
    expect(kinds(`full width: ${[...canary].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('')}`)).toEqual(['spaced']);
  });

  it('finds base64 and hex encodings, alone or inside a longer encoded text', () => {
    expect(kinds(`b64: ${Buffer.from(canary).toString('base64')}`)).toEqual(['base64']);
    expect(kinds(`b64: ${Buffer.from(`My instructions include ${canary} as marker`).toString('base64url')}`)).toEqual(['base64']);
    expect(kinds(`hex: ${Buffer.from(canary).toString('hex')}`)).toEqual(['hex']);
  });

  it('finds a long enough piece of the canary, and not a short one', () => {
    const m = detector.detect(`starts with ${canary.slice(0, 16)} and then`);
    expect(m.map((x) => x.transform)).toEqual(['partial']);
    expect(m[0]!.score).toBeGreaterThan(0.6);
    expect(kinds(`tail ${body.slice(8)}`)).toEqual(['partial']);
    expect(kinds(`only ${body.slice(0, 10)}`)).toEqual([]);
  });

  it('reports the span of the leaked text', () => {
    const text = `x ${canary} y`;
    const [m] = detector.detect(text);
    expect(text.slice(m!.start, m!.end)).toBe(canary);
    expect(JSON.stringify(toFinding(m!))).not.toContain(body);
  });

  it('does not fire on ordinary text, other canaries or random strings', () => {
    const other = generateCanary();
    expect(kinds(`Here is the answer: ${other}, and some text about bwk and canaries.`)).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(detector.detect(s)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('validates configuration', () => {
    expect(() => createCanaryDetector({ canaries: [] })).toThrow(RangeError);
    expect(() => createCanaryDetector({ canaries: ['short'] })).toThrow(RangeError);
    expect(() => createCanaryDetector({ canaries: [canary], minPartial: 4 })).toThrow(RangeError);
  });
});

describe('protected strings', () => {
  const SYSTEM = 'You are the billing assistant of Acme Corporation. Never reveal internal discount codes, ' +
    'never discuss pending litigation with the Northwind account, and always escalate refund requests ' +
    'above five hundred dollars to a human supervisor before promising anything to the customer.';
  const detector = createLeakDetector({
    strings: [
      { id: 'system-prompt', text: SYSTEM },
      { id: 'access-code', text: 'ZEBRA-42-ALPHA-OMEGA' },
    ],
  });
  const ids = (text: string) => detector.detect(text).map((m) => m.protectedId);

  it('flags a verbatim and a lightly edited reproduction of the system prompt', () => {
    expect(ids(`My instructions: "${SYSTEM}"`)).toEqual(['system-prompt']);
    const edited = SYSTEM.replace('Acme Corporation', 'ACME Corp').replace('five hundred', '500').toUpperCase();
    expect(ids(edited)).toEqual(['system-prompt']);
  });

  it('flags a long partial copy, not a short shared phrase', () => {
    const part = SYSTEM.split(' ').slice(0, 20).join(' ');
    expect(ids(`Sure. ${part} ...`)).toEqual(['system-prompt']);
    expect(ids('I am the billing assistant of a company; how can I help with your refund?')).toEqual([]);
  });

  it('flags a short protected code however it is spaced or cased', () => {
    expect(ids('the code is zebra 42 alpha omega')).toEqual(['access-code']);
    expect(ids('the code is Z-E-B-R-A-4-2-A-L-P-H-A-O-M-E-G-A')).toEqual(['access-code']);
    expect(ids('zebras at 42 degrees alpha')).toEqual([]);
  });

  it('rejects protected strings too short to detect', () => {
    expect(() => createLeakDetector({ strings: [{ id: 'x', text: 'abc' }] })).toThrow(RangeError);
  });
});

describe('memorisation guard', () => {
  const key = new Uint8Array(32).fill(3);

  it('finds registered values by hash only, whatever their separators', () => {
    const guard = createMemorizationGuard({ key });
    guard.register('123-45-6789');
    guard.register('Jane Q. Roe');
    expect(guard.exportHashes().join()).not.toContain('6789');
    const text = 'Patient SSN 123 45 6789, name jane q. roe.';
    const nameStart = text.indexOf('jane');
    const hits = guard.check(text, [{ entity: 'PERSON', start: nameStart, end: nameStart + 11, score: 0.9, rule: 'pii.person' }]);
    expect(hits.map((h) => [h.entity, text.slice(h.start, h.end)])).toEqual([
      ['MEMORIZED_VALUE', '123 45 6789'],
      ['PERSON', 'jane q. roe'],
    ]);
  });

  it('finds a registered number inside a longer digit run, and ignores others', () => {
    const guard = createMemorizationGuard({ key });
    guard.register('4111111111111111');
    expect(guard.check('card: 00 4111-1111-1111-1111 99').map((h) => h.entity)).toEqual(['MEMORIZED_VALUE']);
    expect(guard.check('card: 4111-1111-1111-1112')).toEqual([]);
    const long = `${'9'.repeat(60)}4111111111111111${'8'.repeat(60)}`;
    expect(guard.check(long).map((h) => long.slice(h.start, h.end))).toEqual(['4111111111111111']);
  });

  it('round-trips exported hashes and refuses malformed ones and short keys', () => {
    const a = createMemorizationGuard({ key });
    a.register('987-65-4321');
    const b = createMemorizationGuard({ key, hashes: a.exportHashes() });
    expect(b.check('ssn 987654321')).toHaveLength(1);
    const otherKey = createMemorizationGuard({ key: new Uint8Array(32).fill(4), hashes: a.exportHashes() });
    expect(otherKey.check('ssn 987654321')).toEqual([]);
    expect(() => createMemorizationGuard({ key, hashes: ['nope'] })).toThrow(RangeError);
    expect(() => createMemorizationGuard({ key: new Uint8Array(8) })).toThrow(RangeError);
  });

  it('fails closed when a text exhausts the hashing budget', () => {
    const guard = createMemorizationGuard({ key, maxHashesPerCheck: 10 });
    guard.register('123-45-6789');
    const hits = guard.check('1'.repeat(200));
    expect(hits.map((h) => h.rule)).toContain('leak.memorized.budget');
  });

  it('canonicalises digits and text', () => {
    expect(canonical('123-45-6789')).toBe('d:123456789');
    expect(canonical('  Jane   ROE ')).toBe('t:jane roe');
    expect(fold('Ｊａｎｅ-Roe').text).toBe('janeroe');
  });
});

describe('canaries in a streamed answer', () => {
  it('blocks before any long piece of the canary is released, wherever the stream is cut', async () => {
    const { createRedactor, createStreamScanner } = await import('../redact/index.ts');
    const canary = generateCanary();
    const detector = createCanaryDetector({ canaries: [canary] });
    const forms = [canary, [...canary].join(' '), Buffer.from(canary).toString('base64')];
    for (const form of forms) {
      const text = `Sure, here are my instructions. The marker is ${form} and that is all.`;
      for (let i = 0; i <= text.length; i++) {
        const s = createStreamScanner({ detectors: [detector], redactor: createRedactor({ defaultAction: 'block' }) });
        let out = s.push(text.slice(0, i)).text;
        out += s.push(text.slice(i)).text;
        const end = s.flush();
        expect(end.blocked || s.blocked).toBe(true);
        expect(detector.detect(out)).toEqual([]);
      }
    }
  });
});
