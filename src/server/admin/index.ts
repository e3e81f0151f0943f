// The admin API under /admin/v1: registered here, one module per resource. Every route declares
// the permission it needs in `config.permission`; the authorization hook (installed first)
// authenticates every /admin/ request and refuses any route that declares none.
import type { FastifyInstance } from 'fastify';
import type { EventBus } from '../../events/bus.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import { accessControlFor } from '../../identity/access-control.ts';
import type { CredentialStore } from '../../identity/api-keys.ts';
import { IdentityDirectory } from '../../identity/directory.ts';
import { AuthFailureTracker } from '../../identity/failures.ts';
import type { Store } from '../../store/store.ts';
import type { AuditLog } from '../../audit/log.ts';
import type { GatewayMetrics } from '../metrics.ts';
import { registerAccessRoutes } from './access-routes.ts';
import { registerAuditRoutes } from './audit-routes.ts';
import { installAdminAuthorization } from './authorization.ts';
import { registerIdentityRoutes } from './identity-routes.ts';
import { registerOpenApiRoute } from './openapi.ts';

export interface AdminDeps {
  readonly current: () => Runtime;
  readonly store: Store;
  readonly credentials: CredentialStore;
  readonly audit?: AuditLog;
  readonly bus: EventBus;
  readonly metrics: GatewayMetrics;
}

/** Counts refused credentials on both planes: keys via the credential store, missing ones via request events. */
function trackFailures(deps: AdminDeps): AuthFailureTracker {
  const failures = new AuthFailureTracker(deps.bus, deps.metrics.registry);
  deps.credentials.onFailure((f) => failures.record({ surface: f.surface, sourceIp: f.sourceIp, keyPrefix: f.keyPrefix, reason: f.reason }));
  deps.bus.subscribe((e) => {
    if (e.type !== 'request' || e.errorCode !== 'BULWARK_E_UNAUTHENTICATED') return;
    if (e.decisions.some((d) => d.findings.some((f) => f.rule === 'missing_credential'))) {
      failures.record({ surface: 'data', sourceIp: e.sourceIp, reason: 'missing_credential', requestId: e.requestId });
    }
  });
  return failures;
}

export function registerAdminRoutes(app: FastifyInstance, deps: AdminDeps): void {
  const failures = trackFailures(deps);
  const accessFor = (rt: Runtime) => accessControlFor(rt.loaded, deps.bus, deps.credentials);
  installAdminAuthorization(app, { current: deps.current, credentials: deps.credentials, failures, bus: deps.bus, accessFor });
  if (!deps.current().policy.identity.admin_api.enabled) return;
  const directory = new IdentityDirectory(deps.store, deps.credentials, () => accessFor(deps.current()).roles);
  const routeDeps = { directory, access: () => accessFor(deps.current()), emit: (e: Parameters<EventBus['emit']>[0]) => deps.bus.emit(e) };
  registerIdentityRoutes(app, routeDeps);
  registerAccessRoutes(app, { ...routeDeps, failures });
  registerOpenApiRoute(app);
  if (deps.audit) registerAuditRoutes(app, deps.audit);
}
