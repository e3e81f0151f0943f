// Human login with OIDC/JWT: only a token signed by the configured JWKS, for the right issuer and
// audience, inside its validity window, is accepted; `alg: none` and every near miss are refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_YAML } from '../../src/config/defaults.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { call } from './support.ts';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let t: TestGateway;
let good: Key;
let other: Key;
const ISS = 'https://idp.example.test';
const AUD = 'bulwark-admin';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-jwks-'));
  const pair = await generateKeyPair('ES256', { extractable: true });
  good = pair.privateKey;
  other = (await generateKeyPair('ES256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
  const policy = `${DEFAULT_POLICY_YAML}identity:
  jwt:
    issuer: ${ISS}
    audience: ${AUD}
    jwks_file: ${join(dir, 'jwks.json')}
    algorithms: [ES256]
    roles_claim: groups
    role_map: { sec-team: security-officer, finance: analyst }
`;
  t = await startTestGateway(policy);
});
afterAll(async () => {
  await t.close();
});

function token(claims: Record<string, unknown> = {}, opts: { key?: Key; iss?: string; aud?: string; exp?: number | string; nbf?: number | string; kid?: string } = {}) {
  const j = new SignJWT({ groups: ['sec-team'], name: 'Ada', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: opts.kid ?? 'k1' })
    .setSubject('ada@example.test')
    .setIssuer(opts.iss ?? ISS)
    .setAudience(opts.aud ?? AUD)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m');
  if (opts.nbf !== undefined) j.setNotBefore(opts.nbf);
  return j.sign(opts.key ?? good);
}

describe('JWT login for the admin API', () => {
  it('accepts a valid token and maps the group claim to roles', async () => {
    const r = await call(t, 'GET', '/admin/v1/whoami', await token());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: 'jwt:ada@example.test', via: 'jwt', roles: ['security-officer'] });
    expect((await call(t, 'GET', '/admin/v1/principals', await token())).status).toBe(200);
    // Mapped to analyst only: no principal listing.
    expect((await call(t, 'GET', '/admin/v1/principals', await token({ groups: ['finance'] }))).status).toBe(403);
    // Unmapped groups grant nothing, even if they spell a role name.
    expect((await call(t, 'GET', '/admin/v1/principals', await token({ groups: ['admin'] }))).status).toBe(403);
  });

  it('rejects wrong issuer, audience, signature, expired, not-yet-valid and alg none with one 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, string> = {
      issuer: await token({}, { iss: 'https://evil.example' }),
      audience: await token({}, { aud: 'someone-else' }),
      signature: await token({}, { key: other }),
      unknownKid: await token({}, { kid: 'k2' }),
      expired: await token({}, { exp: now - 600 }),
      notYetValid: await token({}, { nbf: now + 600 }),
      algNone: new UnsecuredJWT({ groups: ['sec-team'] }).setSubject('ada').setIssuer(ISS).setAudience(AUD).setIssuedAt().setExpirationTime('5m').encode(),
      tampered: (await token()).replace(/\.([^.]+)\./, (_m, p: string) => `.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), groups: ['admin'] })).toString('base64url')}.`),
      garbage: 'eyJ.not.a-token',
    };
    const bodies = new Set<string>();
    for (const [name, tok] of Object.entries(cases)) {
      const r = await call(t, 'GET', '/admin/v1/whoami', tok);
      expect(r.status, name).toBe(401);
      bodies.add((r.body as { error: { message: string } }).error.message);
      expect(t.logs.join('').includes(tok), `${name} logged`).toBe(false);
    }
    expect(bodies.size).toBe(1);
  });

  it('does not accept JWTs on the data plane', async () => {
    expect((await call(t, 'POST', '/v1/chat/completions', await token(), { model: 'demo-chat', messages: [{ role: 'user', content: 'x' }] })).status).toBe(401);
  });
});
