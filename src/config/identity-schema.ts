// Policy section `identity`: human login (OIDC/JWT), custom roles, separation of duties, key
// rotation and access-review settings. Owned by the identity module.
import { z } from 'zod';
import { BUILTIN_ROLES, isValidPermissionPattern } from '../identity/permissions.ts';

const roleName = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'lower-case letters, digits and - (max 64)');
const JWT_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

export const JwtSchema = z
  .strictObject({
    issuer: z.string().min(1).describe('Expected `iss` claim'),
    audience: z.string().min(1).describe('Expected `aud` claim'),
    jwks_file: z.string().min(1).optional().describe('JWKS document on disk'),
    jwks_url: z
      .string()
      .url()
      .refine((u) => /^https:\/\//i.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(u), 'must be https:// (http only for loopback)')
      .optional()
      .describe('JWKS endpoint of the identity provider'),
    algorithms: z.array(z.enum(JWT_ALGS)).min(1).default(['RS256', 'ES256', 'EdDSA']).describe('Accepted signature algorithms (never `none` or HMAC)'),
    roles_claim: z.string().min(1).max(128).default('roles').describe('Claim (dot path) holding the role names or groups'),
    role_map: z.record(z.string().min(1).max(256), roleName).default({}).describe('Maps identity-provider groups to Bulwark roles; when empty, claim values are role names'),
    subject_claim: z.string().min(1).max(128).default('sub'),
    name_claim: z.string().min(1).max(128).default('name'),
    clock_tolerance_s: z.int().min(0).max(300).default(30),
    max_token_age_s: z.int().min(60).max(86_400).default(3_600).describe('Tokens issued longer ago are refused'),
  })
  .refine((j) => (j.jwks_file === undefined) !== (j.jwks_url === undefined), 'give exactly one of jwks_file or jwks_url');

export const CustomRoleSchema = z.strictObject({
  name: roleName,
  description: z.string().max(500).default(''),
  permissions: z
    .array(z.string().refine(isValidPermissionPattern, 'not a catalogued permission or pattern (see docs/identity.md)'))
    .min(1),
});

export const IdentitySchema = z
  .strictObject({
    admin_api: z.strictObject({ enabled: z.boolean().default(true).describe('Serve the admin API under /admin/v1') }).prefault({}),
    jwt: JwtSchema.optional().describe('Human login: OIDC/JWT bearer tokens for the admin API'),
    roles: z.array(CustomRoleSchema).default([]).describe('Custom roles, in addition to the built-in ones'),
    separation_of_duties: z
      .strictObject({
        register_cannot_deploy: z.boolean().default(true).describe('Whoever registered a model version cannot approve its deployment'),
      })
      .prefault({}),
    key_rotation_grace_s: z.int().min(0).max(30 * 86_400).default(86_400).describe('How long a rotated key stays valid'),
    credential_cache_ttl_ms: z.int().min(0).max(60_000).default(2_000).describe('How long a resolved credential is trusted before re-reading the store'),
    review_unused_days: z.int().min(1).max(3650).default(90),
  })
  .superRefine((id, ctx) => {
    const seen = new Set(BUILTIN_ROLES.map((r) => r.name));
    id.roles.forEach((r, i) => {
      if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: ['roles', i, 'name'], message: `role "${r.name}" already exists` });
      seen.add(r.name);
    });
    if (id.jwt) {
      Object.entries(id.jwt.role_map).forEach(([group, role]) => {
        if (!seen.has(role)) ctx.addIssue({ code: 'custom', path: ['jwt', 'role_map', group], message: `unknown role "${role}"` });
      });
    }
  });
export type IdentityConfig = z.infer<typeof IdentitySchema>;
export type JwtConfig = z.infer<typeof JwtSchema>;
