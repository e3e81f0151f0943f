// Admin API for roles, the permission catalogue, role bindings, access reviews and failed logins.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BulwarkError } from '../../errors/catalogue.ts';
import { accessReviewCsv, runAccessReview } from '../../identity/access-review.ts';
import { RESOURCE_SCOPE } from '../../identity/directory.ts';
import { assertHoldsAll } from '../../identity/escalation.ts';
import type { AuthFailureTracker } from '../../identity/failures.ts';
import { PERMISSIONS } from '../../identity/permissions.ts';
import { type IdentityRouteDeps, actorOf } from './identity-routes.ts';
import { parseInput } from './validate.ts';

const id = z.string().min(1).max(128).regex(/^[A-Za-z0-9_:.@|+-]+$/);

export const CreateBindingBody = z.strictObject({
  principal_id: id,
  role: z.string().min(1).max(64),
  resource: z.string().regex(RESOURCE_SCOPE, '* or kind:pattern').default('*'),
  expires_at: z.int().positive().optional().describe('milliseconds since the epoch (temporary access)'),
});
const BindingQuery = z.strictObject({ principal_id: id.optional() });
const ReviewQuery = z.strictObject({
  unused_days: z.coerce.number().int().min(1).max(3650).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

function roleView(deps: IdentityRouteDeps, name: string) {
  const roles = deps.access().roles;
  const r = roles.get(name);
  if (!r) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such role.');
  return { name: r.name, description: r.description, builtin: r.builtin, patterns: r.permissions, permissions: roles.permissionsOf(r.name) };
}

export function registerAccessRoutes(app: FastifyInstance, deps: IdentityRouteDeps & { readonly failures: AuthFailureTracker }): void {
  const dir = deps.directory;

  app.get('/admin/v1/permissions', { config: { permission: 'principal:read', summary: 'The permission catalogue' } }, async () => ({
    data: Object.entries(PERMISSIONS).map(([name, description]) => ({ name, description })),
  }));

  app.get('/admin/v1/roles', { config: { permission: 'principal:read', summary: 'Built-in and custom roles with their permissions' } }, async () => ({
    data: deps.access().roles.list().map((r) => roleView(deps, r.name)),
  }));

  app.get('/admin/v1/roles/:name', { config: { permission: 'principal:read', summary: 'One role' } }, async (req) => {
    const { name } = parseInput(z.strictObject({ name: z.string().min(1).max(64) }), req.params);
    return roleView(deps, name);
  });

  app.get('/admin/v1/bindings', { config: { permission: 'principal:read', summary: 'List role bindings' } }, async (req) => {
    const q = parseInput(BindingQuery, req.query);
    return { data: await dir.listBindings(q.principal_id) };
  });

  app.post('/admin/v1/bindings', { config: { permission: 'principal:manage', summary: 'Grant a role, optionally on some resources and until a time', bodySchema: CreateBindingBody } }, async (req, reply) => {
    const b = parseInput(CreateBindingBody, req.body);
    const ac = deps.access();
    if (!ac.roles.has(b.role)) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: unknown role.', { param: 'role' });
    // Checked by the directory too; here first so self-grant is refused before anything else.
    if (actorOf(req).id === b.principal_id) throw new BulwarkError('BULWARK_E_SELF_GRANT');
    assertHoldsAll(ac.authorizer, actorOf(req), ac.roles.permissionsOf(b.role), b.resource);
    const view = await dir.grant(actorOf(req).id, { principalId: b.principal_id, role: b.role, resource: b.resource, ...(b.expires_at !== undefined ? { expiresAt: b.expires_at } : {}) });
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req).id, action: 'binding.create', targetId: view.id, detail: { principal: b.principal_id, role: b.role, resource: b.resource } });
    return reply.code(201).send(view);
  });

  app.delete('/admin/v1/bindings/:id', { config: { permission: 'principal:manage', summary: 'Remove a role binding' } }, async (req, reply) => {
    const { id: bid } = parseInput(z.strictObject({ id }), req.params);
    await dir.removeBinding(bid);
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req).id, action: 'binding.delete', targetId: bid });
    return reply.code(204).send();
  });

  app.get('/admin/v1/access-review', { config: { permission: 'access:review', summary: 'Who holds what, last use, and what to remove (JSON or CSV)' } }, async (req, reply) => {
    const q = parseInput(ReviewQuery, req.query);
    const ac = deps.access();
    const review = await runAccessReview(dir, ac.roles, { unusedDays: q.unused_days ?? ac.config.review_unused_days });
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req).id, action: 'access.review', detail: { principals: review.principals.length, recommendations: review.recommendations.length } });
    if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(accessReviewCsv(review));
    return review;
  });

  app.get('/admin/v1/auth-failures', { config: { permission: 'audit:read', summary: 'Refused credentials in the last 10 minutes, by source address and key prefix' } }, async () => deps.failures.summary());
}
