import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createSecretDetector, shannonEntropy, toFinding, type SecretEntity } from './index.ts';

const detector = createSecretDetector();
const found = (text: string) => detector.detect(text).map((m) => [m.entity, text.slice(m.start, m.end)]);

// Synthetic credentials in each vendor's published format; none of them is a live key.
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'Jane Roe', iat: 1516239022 })}.Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA3dF6gH9jK2l`;
const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7xQ2mP9vL8rT4wY6nB1cE5hJ7kM0sA3dF6gH9jK2lZ\nq8Rt5Wy2Nb7Ce4Hj1Km6Sa0Df3Gh==\n-----END RSA PRIVATE KEY-----';

const POSITIVES: readonly (readonly [SecretEntity, string, string])[] = [
  ['AWS_ACCESS_KEY', 'AKIAZ7Q2W4E6R3T3Y5U2', 'aws id AKIAZ7Q2W4E6R3T3Y5U2 in use'],
  ['AWS_SECRET_KEY', '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', 'aws_secret_access_key = "h7Gq2LmP9xZ4vB1nK8sD3fR6tY0wE5uI2oA7cJ9k"'],
  ['GCP_API_KEY', 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q', 'maps key AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'],
  ['GCP_OAUTH_SECRET', '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', 'secret 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'],
  ['AZURE_STORAGE_KEY', `${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn==`, `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn==;EndpointSuffix=core.windows.net`],
  ['AZURE_CLIENT_SECRET', 'Xy51Q~Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1G', 'client secret Xy51Q~Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1G here'],
  ['GITHUB_TOKEN', 'ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5', 'export GH=ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5'],
  ['GITHUB_TOKEN', `github_pat_11AB3DE5G0${'h7Jk9Mn1Pq3S'}_${'t5Vx7Za9Ce1Gi3Km5'.repeat(3)}Ab3De5Gh`, `use github_pat_11AB3DE5G0h7Jk9Mn1Pq3S_${'t5Vx7Za9Ce1Gi3Km5'.repeat(3)}Ab3De5Gh now`],
  ['GITLAB_TOKEN', 'glpat-Ab3De5Gh7Jk9Mn1Pq3St', 'token glpat-Ab3De5Gh7Jk9Mn1Pq3St'],
  ['SLACK_TOKEN', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'bot xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
  ['SLACK_WEBHOOK', 'https://hooks.slack.com/services/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', 'post to https://hooks.slack.com/services/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 daily'],
  ['STRIPE_KEY', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  ['OPENAI_API_KEY', 'sk-proj-Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5', 'OPENAI_API_KEY=sk-proj-Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'],
  ['OPENAI_API_KEY', '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', 'key 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'],
  ['ANTHROPIC_API_KEY', `sk-ant-api03-${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn1Pq3St5AA`, `x sk-ant-api03-${'Ab3De5Gh7Jk9Mn1Pq3St5Vx7Za9Ce1Gi3Km5'.repeat(2)}Ab3De5Gh7Jk9Mn1Pq3St5AA y`],
  ['JWT', JWT, `Authorization: ${JWT}`],
  ['PRIVATE_KEY', PEM, `config:\n${PEM}\nend`],
  ['PASSWORD', 'S3cretP4ss', 'postgres://admin:S3cretP4ss@db.internal:5432/app'],
  ['PASSWORD', 'hunter2!', 'password=hunter2!'],
  ['PASSWORD', 'Tr0ub4dor&3', 'Server=db;User Id=app;Password=Tr0ub4dor&3;'],
  ['PASSWORD', 'Tr0ub4dor3', 'the password is Tr0ub4dor3'],
  ['GENERIC_SECRET', 'aB3xK9mP2vL8qR4tW6yZ1nC5', 'apiKey="aB3xK9mP2vL8qR4tW6yZ1nC5"'],
  ['GENERIC_SECRET', '9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'api_key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  ['GENERIC_SECRET', 'Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA', 'curl -H "Authorization: Bearer Zk3vQ9mP2xL8rT4wY6nB1cE5hJ7kM0sA"'],
];

describe('secret detector: positives', () => {
  for (const [entity, value, text] of POSITIVES) {
    it(`finds ${entity} in "${text.slice(0, 32)}…"`, () => {
      expect(found(text)).toContainEqual([entity, value]);
    });
  }

  it('finds every format next to characters that lower-case to ASCII letters', () => {
    for (const [entity, value, text] of POSITIVES) {
      // The hint search runs case-insensitively on the text, or on a lower-cased copy when the
      // text holds the Kelvin sign or a dotted capital I: both must find the same.
      for (const extra of [' \u212a', ' \u0130', ' DOB']) expect(found(`${text}${extra}`), `${entity}${extra}`).toContainEqual([entity, value]);
    }
  });

  it('marks structurally checked tokens as validated', () => {
    const [m] = detector.detect(JWT);
    expect(m?.validated).toBe(true);
  });

  it('reports an unterminated private key block up to the end of its body', () => {
    const text = `${PEM.slice(0, 80)}`;
    expect(found(text)).toEqual([['PRIVATE_KEY', text]]);
  });

  it('finds a JWT whose payload is still arriving at the end of the text', () => {
    const partial = JWT.slice(0, JWT.indexOf('.') + 6);
    expect(found(`x ${partial}`)).toEqual([['JWT', partial]]);
  });
});

const NEGATIVES: readonly string[] = [
  'Fixed in commit 3f786850e387550fdab836ed7e6dc881de23001b, see the log.',
  'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'request id 123e4567-e89b-12d3-a456-426614174000',
  'token: 123e4567-e89b-12d3-a456-426614174000',
  'secret: "SGVsbG8gd29ybGQgdGhpcyBpcyBhIHRlc3Q="',
  'api_key = "sk-...xxxx"',
  'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'OPENAI_API_KEY=sk-your-api-key-goes-here-please',
  'aws id AKIAIOSFODNN7EXAMPLE from the docs',
  'password: string;',
  'password = os.environ["DB_PASSWORD"]',
  'DB_PASSWORD=${DB_PASSWORD}',
  'password = getPassword()',
  'const password = await vault.read(path);',
  'postgres://user:password@localhost/db',
  'postgres://user:<password>@localhost/db',
  'the password is stored in the vault',
  'key: getAccessTokenFromRefreshHandler',
  'secret_path=/var/lib/app/secrets/tls2024/server.pem',
  'The token bucket refills at 100 per second; version 1.2.3-beta.4.',
  'eyJ is how a base64 JSON object starts, eyJhbGciOiJub25lIn0 alone is not a token',
  'xoxb-your-token-here',
  'The order number is 4111-1111-1111-1111-2222 and the secret ingredient is love.',
];

describe('secret detector: near-miss negatives', () => {
  for (const text of NEGATIVES) {
    it(`finds nothing in "${text.slice(0, 40)}"`, () => {
      expect(found(text)).toEqual([]);
    });
  }
});

describe('secret detector: configuration and findings', () => {
  it('honours the entity list, allowlist and threshold', () => {
    const text = 'password=hunter2! and ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5';
    expect(createSecretDetector({ entities: ['GITHUB_TOKEN'] }).detect(text).map((m) => m.entity)).toEqual(['GITHUB_TOKEN']);
    expect(createSecretDetector({ allowlist: ['hunter2!'] }).detect(text).map((m) => m.entity)).toEqual(['GITHUB_TOKEN']);
    expect(createSecretDetector({ threshold: 0.9 }).detect(text).map((m) => m.entity)).toEqual(['GITHUB_TOKEN']);
  });

  it('rejects invalid configuration', () => {
    expect(() => createSecretDetector({ threshold: 2 })).toThrow(RangeError);
    expect(() => createSecretDetector({ entropyThreshold: 0 })).toThrow(RangeError);
    expect(() => createSecretDetector({ entities: ['NOPE' as SecretEntity] })).toThrow(RangeError);
  });

  it('builds findings that never quote the secret', () => {
    const text = 'password=hunter2!';
    const [m] = detector.detect(text);
    const f = toFinding(m!, 'messages[0].content');
    expect(JSON.stringify(f)).not.toContain('hunter2');
    expect(f).toMatchObject({ guard: 'scan.secrets', entity: 'PASSWORD', span: { start: 9, end: 17 } });
  });

  it('computes Shannon entropy', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });
});

describe('secret detector: properties', () => {
  it('returns sorted, disjoint, in-bounds spans for any text', () => {
    const alphabet = fc.constantFrom(...'aA0_-=:."\' \n/+eyJkeyKEYtokenpassword@sk-ghp_AKIA'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 300 }), (text) => {
        const ms = detector.detect(text);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a token wherever it is embedded between separators', () => {
    const token = 'ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5';
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (a, b) => {
        const text = `${a} ${token} ${b}`;
        expect(detector.detect(text).some((m) => text.slice(m.start, m.end) === token)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
