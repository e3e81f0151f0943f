import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createSecretDetector } from '../secrets/index.ts';
import { createRedactor, createStreamScanner, type EntityMatch, type StreamScanner, type TextDetector } from './index.ts';

const secrets = createSecretDetector();
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const JWT = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'k1' })}.${b64({ sub: '42', role: 'admin' })}.Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA3dF6gH9jK2l`;
const PEM = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'.repeat(6)}-----END PRIVATE KEY-----`;

// [text, secret]: the secret must never appear in released output, however the text is cut.
const CASES: readonly (readonly [string, string])[] = [
  ['Your key is AKIAZ7Q2W4E6R3T3Y5U2, keep it safe.', 'AKIAZ7Q2W4E6R3T3Y5U2'],
  ['export GH=ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5 then push', 'ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5'],
  [`use github_pat_11AB3DE5G0h7Jk9Mn1Pq3S_${'t5Vx7Za9Ce1Gi3Km5'.repeat(3)}Ab3De5Gh now`, `github_pat_11AB3DE5G0h7Jk9Mn1Pq3S_${'t5Vx7Za9Ce1Gi3Km5'.repeat(3)}Ab3De5Gh`],
  [`AccountName=a;AccountKey=${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn==;`, `${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn==`],
  ['connect to postgres://admin:S3cretP4ss@db.internal:5432/app please', 'S3cretP4ss'],
  ['the config says password=hunter2!x and nothing else', 'hunter2!x'],
  [`Authorization: Bearer ${JWT} ok`, JWT],
  [`here is the key:\n${PEM}\nbye`, PEM],
  ['apiKey="aB3xK9mP2vL8qR4tW6yZ1nC5" in settings', 'aB3xK9mP2vL8qR4tW6yZ1nC5'],
  ['well, the password is Tr0ub4dor3 as you asked', 'Tr0ub4dor3'],
  ['aws_secret_access_key = h7Gq2LmP9xZ4vB1nK8sD3fR6tY0wE5uI2oA7cJ9k\nregion = eu', 'h7Gq2LmP9xZ4vB1nK8sD3fR6tY0wE5uI2oA7cJ9k'],
  ['curl -H "Authorization: Bearer Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA" https://api', 'Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA'],
  [`ssh key: -----BEGIN OPENSSH PRIVATE KEY-----\r\n${'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\r\n'.repeat(3)}-----END OPENSSH PRIVATE KEY----- done`, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ'],
];

function run(scanner: StreamScanner, chunks: readonly string[]): string {
  let out = '';
  for (const c of chunks) out += scanner.push(c).text;
  return out + scanner.flush().text;
}

const batch = (text: string) => createRedactor().redact(text, secrets.detect(text)).text;

describe('stream scanner: a secret split anywhere is never released', () => {
  for (const [text, secret] of CASES) {
    it(`two chunks at every position: ${secret.slice(0, 16)}…`, () => {
      const expected = batch(text);
      expect(expected).not.toContain(secret);
      for (let i = 0; i <= text.length; i++) {
        const out = run(createStreamScanner({ detectors: [secrets] }), [text.slice(0, i), text.slice(i)]);
        expect(out, `split at ${i}`).toBe(expected);
      }
    });

    it(`one character at a time and random chunkings: ${secret.slice(0, 16)}…`, () => {
      const expected = batch(text);
      expect(run(createStreamScanner({ detectors: [secrets] }), [...text])).toBe(expected);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 }), (sizes) => {
          const chunks: string[] = [];
          let at = 0;
          for (let i = 0; at < text.length; i++) {
            const n = sizes[i % sizes.length] ?? 1;
            chunks.push(text.slice(at, at + n));
            at += n;
          }
          expect(run(createStreamScanner({ detectors: [secrets] }), chunks)).toBe(expected);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('with a block policy, nothing of the secret goes out and the stream ends blocked', () => {
    for (const [text, secret] of CASES) {
      for (let i = 0; i <= text.length; i += 3) {
        const blocks: string[] = [];
        const s = createStreamScanner({
          detectors: [secrets],
          redactor: createRedactor({ defaultAction: 'block' }),
          onBlock: (b) => blocks.push(b.reason),
        });
        let out = '';
        for (const c of [text.slice(0, i), text.slice(i)]) out += s.push(c).text;
        const last = s.flush();
        expect(last.blocked).toBe(true);
        expect(s.blocked).toBe(true);
        expect(blocks).toEqual(['policy']);
        // Not even a long prefix of the secret may have been released.
        expect(out).not.toContain(secret.slice(0, 8));
        expect(s.push('more').blocked).toBe(true);
      }
    }
  });
});

describe('stream scanner: release and limits', () => {
  it('holds back a fixed number of characters for detectors that cannot say more', () => {
    const plain = { detect: (t: string) => secrets.detect(t), holdBack: 20 };
    const s = createStreamScanner({ detectors: [plain] });
    expect(s.push('a'.repeat(15)).text).toBe('');
    expect(s.push(' plain words that are no secret at all').text.length).toBeGreaterThan(0);
    expect(s.pending).toBe(20);
  });

  it('releases complete words at once when every detector allows it', () => {
    const s = createStreamScanner({ detectors: [secrets] });
    expect(s.push('Hello th').text).toBe('Hello ');
    expect(s.push('ere, the key is ghp_aB3dE5gH7j').text).toBe('there, the key is ');
    expect(s.push('K9mN1pQ3sT5vX7zA9cE1gI3kM5 and').text).toBe('[GITHUB_TOKEN] ');
    expect(s.flush().text).toBe('and');
  });

  it('fails closed when a growing match passes maxPending', () => {
    const blocks: string[] = [];
    const s = createStreamScanner({ detectors: [secrets], maxPending: 500, onBlock: (b) => blocks.push(b.reason) });
    s.push('-----BEGIN PRIVATE KEY-----\n');
    let blocked = false;
    for (let i = 0; i < 40 && !blocked; i++) blocked = s.push('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n').blocked;
    expect(blocked).toBe(true);
    expect(blocks).toEqual(['hold_limit']);
  });

  it('reports redactions with offsets in the whole stream', () => {
    const s = createStreamScanner({ detectors: [secrets], holdBack: 40 });
    const text = `${'x '.repeat(50)}password=hunter2!x end ${'y '.repeat(40)}`;
    const all = [];
    for (let i = 0; i < text.length; i += 7) all.push(...s.push(text.slice(i, i + 7)).redactions);
    all.push(...s.flush().redactions);
    expect(all.map((r) => text.slice(r.start, r.end))).toEqual(['hunter2!x']);
  });

  it('combines several detectors and pseudonymises consistently', async () => {
    const { PseudonymVault } = await import('./vault.ts');
    const email: TextDetector = {
      holdBack: 40,
      detect(text) {
        const out: EntityMatch[] = [];
        for (const m of text.matchAll(/[a-z]+@[a-z]+\.org(?![a-z])/g)) {
          out.push({ entity: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 't' });
        }
        return out;
      },
    };
    const vault = new PseudonymVault();
    const redactor = createRedactor({ defaultAction: 'pseudonymize', vault });
    const s = createStreamScanner({ detectors: [secrets, email], redactor, conversationId: 'c' });
    const text = 'mail ann@corp.org, then ann@corp.org again with password=hunter2!x';
    expect(run(s, [...text])).toBe('mail <EMAIL_ADDRESS_1>, then <EMAIL_ADDRESS_1> again with password=<PASSWORD_1>');
  });

  it('validates its options', () => {
    expect(() => createStreamScanner({ detectors: [] })).toThrow(RangeError);
    expect(() => createStreamScanner({ detectors: [secrets], holdBack: 0 })).toThrow(RangeError);
    expect(() => createStreamScanner({ detectors: [secrets], holdBack: 100, maxPending: 50 })).toThrow(RangeError);
  });
});
