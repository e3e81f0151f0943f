// Admin API for principals and API keys. Secrets appear once, in the reply that creates them
// (with `cache-control: no-store`); every change is published as an `admin.action` event.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminActionEvent } from '../../events/bus.ts';
import type { AccessControl } from '../../identity/access-control.ts';
import type { IdentityDirectory } from '../../identity/directory.ts';
import { assertHoldsAll } from '../../identity/escalation.ts';
import { isValidPermissionPattern } from '../../identity/permissions.ts';
import type { Principal } from '../../pipeline/types.ts';
import { parseInput } from './validate.ts';

export interface IdentityRouteDeps {
  readonly directory: IdentityDirectory;
  readonly access: () => AccessControl;
  readonly emit: (e: AdminActionEvent) => void;
}

const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_:.@|+-]+$/);
const text = z.string().min(1).max(256).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'no control characters');
const IdParam = z.strictObject({ id });
const modelGlob = z.string().min(1).max(256).regex(/^[A-Za-z0-9._:*-]+$/);

export const CreatePrincipalBody = z.strictObject({
  kind: z.enum(['user', 'service']),
  name: text,
  owner_id: id.optional(),
});
export const CreateKeyBody = z.strictObject({
  principal_id: id,
  name: text,
  model_scopes: z.array(modelGlob).min(1).max(100).optional(),
  route_scopes: z.array(z.string().refine(isValidPermissionPattern, 'not a catalogued permission or pattern')).min(1).max(50).optional(),
  source_cidrs: z.array(z.string().min(2).max(64)).min(1).max(100).optional(),
  expires_at: z.int().positive().optional().describe('milliseconds since the epoch'),
});
export const RevokeKeyBody = z.strictObject({ reason: text.default('revoked by an administrator') });
export const RotateKeyBody = z.strictObject({ grace_seconds: z.int().min(0).max(30 * 86_400).optional() });
const KeyListQuery = z.strictObject({ principal_id: id.optional() });

export function actorOf(req: FastifyRequest): Principal {
  return req.adminPrincipal!;
}

export function registerIdentityRoutes(app: FastifyInstance, deps: IdentityRouteDeps): void {
  const dir = deps.directory;
  const action = (req: FastifyRequest, name: string, targetId?: string, detail?: AdminActionEvent['detail']) =>
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req).id, action: name, ...(targetId ? { targetId } : {}), ...(detail ? { detail } : {}) });
  /** Minting a key for someone is acting as them: the actor must hold what they hold. */
  const assertCanActAs = async (req: FastifyRequest, principalId: string) => {
    const actor = actorOf(req);
    if (actor.id === principalId) return;
    const ac = deps.access();
    const perms = new Set<string>();
    for (const b of await dir.listBindings(principalId)) for (const p of ac.roles.permissionsOf(b.role)) perms.add(p);
    assertHoldsAll(ac.authorizer, actor, perms);
  };

  app.get('/admin/v1/whoami', { config: { permission: 'authenticated', summary: 'The calling principal, its roles and permissions' } }, async (req) => {
    const p = actorOf(req);
    const ac = deps.access();
    return { id: p.id, kind: p.kind, name: p.name, via: p.via ?? 'api_key', key_id: p.keyId ?? null, roles: p.roles, bindings: p.bindings ?? [], permissions: ac.authorizer.effectivePermissions(p), policy_version: ac.policyVersion };
  });

  app.get('/admin/v1/principals', { config: { permission: 'principal:read', summary: 'List principals' } }, async () => ({ data: await dir.listPrincipals() }));

  app.post('/admin/v1/principals', { config: { permission: 'principal:manage', summary: 'Create a user or service account', bodySchema: CreatePrincipalBody } }, async (req, reply) => {
    const b = parseInput(CreatePrincipalBody, req.body);
    const p = await dir.createPrincipal({ kind: b.kind, name: b.name, ...(b.owner_id ? { ownerId: b.owner_id } : {}) });
    action(req, 'principal.create', p.id, { kind: p.kind });
    return reply.code(201).send(p);
  });

  app.get('/admin/v1/principals/:id', { config: { permission: 'principal:read', summary: 'A principal with its keys and bindings' } }, async (req) => {
    const { id: pid } = parseInput(IdParam, req.params);
    const [principal, keys, bindings] = await Promise.all([dir.getPrincipal(pid), dir.listKeys(pid), dir.listBindings(pid)]);
    return { ...principal, keys, bindings };
  });

  for (const [verb, status] of [['disable', 'disabled'], ['enable', 'active']] as const) {
    app.post(`/admin/v1/principals/:id/${verb}`, { config: { permission: 'principal:manage', summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a principal (all its keys at once)` } }, async (req) => {
      const { id: pid } = parseInput(IdParam, req.params);
      const p = await dir.setStatus(actorOf(req).id, pid, status);
      action(req, `principal.${verb}`, pid);
      return p;
    });
  }

  app.get('/admin/v1/keys', { config: { permission: 'principal:read', summary: 'List API keys (never the secrets)' } }, async (req) => {
    const q = parseInput(KeyListQuery, req.query);
    return { data: await dir.listKeys(q.principal_id) };
  });

  app.post('/admin/v1/keys', { config: { permission: 'key:manage', summary: 'Create an API key; the secret is in this reply only', bodySchema: CreateKeyBody } }, async (req, reply) => {
    const b = parseInput(CreateKeyBody, req.body);
    await assertCanActAs(req, b.principal_id);
    const created = await dir.createKey(actorOf(req).id, b.principal_id, {
      name: b.name,
      ...(b.model_scopes ? { modelScopes: b.model_scopes } : {}),
      ...(b.route_scopes ? { routeScopes: b.route_scopes } : {}),
      ...(b.source_cidrs ? { sourceCidrs: b.source_cidrs } : {}),
      ...(b.expires_at !== undefined ? { expiresAt: b.expires_at } : {}),
    });
    action(req, 'key.create', created.key.id, { principal: b.principal_id, prefix: created.key.prefix });
    return reply.code(201).header('cache-control', 'no-store').send({ ...created.key, secret: created.secret });
  });

  app.get('/admin/v1/keys/:id', { config: { permission: 'principal:read', summary: 'One API key (never the secret)' } }, async (req) => dir.getKey(parseInput(IdParam, req.params).id));

  app.post('/admin/v1/keys/:id/revoke', { config: { permission: 'key:manage', summary: 'Revoke an API key (effective on the next request)', bodySchema: RevokeKeyBody } }, async (req) => {
    const { id: kid } = parseInput(IdParam, req.params);
    const b = parseInput(RevokeKeyBody, req.body);
    const k = await dir.revokeKey(kid, b.reason);
    action(req, 'key.revoke', kid, { prefix: k.prefix });
    return k;
  });

  app.post('/admin/v1/keys/:id/rotate', { config: { permission: 'key:manage', summary: 'Replace a key; the old one stays valid for the grace period', bodySchema: RotateKeyBody } }, async (req, reply) => {
    const { id: kid } = parseInput(IdParam, req.params);
    const b = parseInput(RotateKeyBody, req.body);
    const old = await dir.getKey(kid);
    await assertCanActAs(req, old.principalId);
    const grace = b.grace_seconds ?? deps.access().config.key_rotation_grace_s;
    const r = await dir.rotateKey(actorOf(req).id, kid, grace);
    action(req, 'key.rotate', kid, { replacement: r.key.id, grace_seconds: grace });
    return reply.code(201).header('cache-control', 'no-store').send({ ...r.key, secret: r.secret, previous: r.previous });
  });
}
