// Human login: OIDC/JWT bearer tokens verified with `jose` against a configured JWKS (file or
// URL). Issuer, audience, expiry, not-before and token age are checked; only asymmetric algorithms
// from the policy are accepted (never `none`, never HMAC with a public key). A claim maps to roles.
import { readFileSync } from 'node:fs';
import { type JWTPayload, type JWTVerifyGetKey, createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import type { JwtConfig } from '../config/identity-schema.ts';
import type { Principal } from '../pipeline/types.ts';

/** Why a token was refused; for metrics and events only, never for the caller. */
export type TokenFailure = 'malformed' | 'rejected';

const MAX_TOKEN_LENGTH = 8_192;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const SAFE_SUBJECT = /^[A-Za-z0-9@._:|+-]{1,200}$/;

function claimAt(payload: JWTPayload, path: string): unknown {
  let v: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export function looksLikeJwt(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && JWT_SHAPE.test(token);
}

export class JwtVerifier {
  private constructor(
    private readonly cfg: JwtConfig,
    private readonly keys: JWTVerifyGetKey,
    private readonly knownRoles: (role: string) => boolean,
  ) {}

  /** Builds the verifier once per policy; a JWKS file is read (and must parse) here. */
  static create(cfg: JwtConfig, knownRoles: (role: string) => boolean): JwtVerifier {
    let keys: JWTVerifyGetKey;
    if (cfg.jwks_file !== undefined) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(cfg.jwks_file, 'utf8'));
      } catch (e) {
        throw new Error(`identity.jwt.jwks_file: cannot read a JWKS document (${(e as NodeJS.ErrnoException).code ?? 'invalid JSON'})`);
      }
      if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { keys?: unknown }).keys)) {
        throw new Error('identity.jwt.jwks_file: not a JWKS document (no "keys" array)');
      }
      keys = createLocalJWKSet(doc as Parameters<typeof createLocalJWKSet>[0]);
    } else {
      keys = createRemoteJWKSet(new URL(cfg.jwks_url!), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    }
    return new JwtVerifier(cfg, keys, knownRoles);
  }

  /** The principal a token proves, or a failure reason. Never throws on a bad token. */
  async verify(token: string): Promise<{ principal: Principal } | { failure: TokenFailure }> {
    if (!looksLikeJwt(token)) return { failure: 'malformed' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.cfg.issuer,
        audience: this.cfg.audience,
        algorithms: this.cfg.algorithms,
        clockTolerance: this.cfg.clock_tolerance_s,
        maxTokenAge: this.cfg.max_token_age_s,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch {
      return { failure: 'rejected' };
    }
    const sub = claimAt(payload, this.cfg.subject_claim);
    if (typeof sub !== 'string' || !SAFE_SUBJECT.test(sub)) return { failure: 'rejected' };
    const rawName = claimAt(payload, this.cfg.name_claim);
    const name = typeof rawName === 'string' ? rawName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 128) : sub;
    const roles = this.rolesFrom(claimAt(payload, this.cfg.roles_claim));
    const principal: Principal = {
      id: `jwt:${sub}`,
      kind: 'user',
      name,
      modelScopes: ['*'],
      roles,
      bindings: roles.map((role) => ({ id: `jwt:${role}`, role, resource: '*', expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : null })),
      via: 'jwt',
    };
    return { principal };
  }

  private rolesFrom(claim: unknown): string[] {
    const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
    const map = this.cfg.role_map;
    const mapped = Object.keys(map).length > 0;
    const out = new Set<string>();
    for (const v of values) {
      if (typeof v !== 'string') continue;
      const role = mapped ? (Object.hasOwn(map, v) ? map[v] : undefined) : v;
      if (role !== undefined && this.knownRoles(role)) out.add(role);
    }
    return [...out].sort();
  }
}
