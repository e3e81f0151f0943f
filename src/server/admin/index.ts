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
import { registerAlertRoutes } from './alert-routes.ts';
import { AlertRepository } from '../../incidents/alerts/repository.ts';
import { registerAuditRoutes } from './audit-routes.ts';
import { registerBudgetRoutes } from './budget-routes.ts';
import { registerLimitRoutes } from './limit-routes.ts';
import { limitOverrideStore } from '../../limits/overrides.ts';
import { limitInstances } from '../../limits/usage.ts';
import { SharedResourcePool } from '../../pipeline/shared-resources.ts';
import { extractionDefence } from '../../detect/extraction/index.ts';
import type { SharedResources } from '../../pipeline/types.ts';
import { installAdminAuthorization } from './authorization.ts';
import { registerIdentityRoutes } from './identity-routes.ts';
import { registerOpenApiRoute } from './openapi.ts';
import { registerMonitoringRoutes } from './monitoring-routes.ts';
import type { ModelMonitoring } from '../../monitor/models/service.ts';
import { registerReviewRoutes } from './review-routes.ts';
import { reviewQueueFor } from '../../review/queue-for.ts';

export interface AdminDeps {
  readonly current: () => Runtime;
  readonly store: Store;
  readonly credentials: CredentialStore;
  readonly audit?: AuditLog;
  readonly bus: EventBus;
  readonly metrics: GatewayMetrics;
  /** The live model monitors (read-only admin view). */
  readonly monitoring?: ModelMonitoring;
  /** Keys derived from the server secret (the review queue's encryption key). */
  readonly deriveKey?: (purpose: string) => Buffer;
  /** Guards' long-lived state: the extraction tracker and privacy budgets. */
  readonly shared?: SharedResources;
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
  const audit = deps.audit;
  installAdminAuthorization(app, {
    current: deps.current,
    credentials: deps.credentials,
    failures,
    bus: deps.bus,
    accessFor,
    ...(audit ? { recordIntent: (i: { actorId: string; method: string; route: string; requestId: string }) => audit.recordEvent('admin.request', i) } : {}),
  });
  if (!deps.current().policy.identity.admin_api.enabled) return;
  const directory = new IdentityDirectory(deps.store, deps.credentials, () => accessFor(deps.current()).roles);
  const routeDeps = { directory, access: () => accessFor(deps.current()), emit: (e: Parameters<EventBus['emit']>[0]) => deps.bus.emit(e) };
  registerIdentityRoutes(app, routeDeps);
  registerAccessRoutes(app, { ...routeDeps, failures });
  registerOpenApiRoute(app);
  if (deps.audit) registerAuditRoutes(app, deps.audit);
  if (deps.monitoring) registerMonitoringRoutes(app, deps.monitoring);
  registerAlertRoutes(app, { alerts: new AlertRepository(deps.store), emit: routeDeps.emit });
  registerBudgetRoutes(app, { defence: () => extractionDefence(deps.shared), emit: routeDeps.emit });
  const limitState = deps.shared ?? new SharedResourcePool();
  registerLimitRoutes(app, { overrides: () => limitOverrideStore(limitState, deps.store), instances: () => limitInstances(limitState), emit: routeDeps.emit });
  if (deps.deriveKey) registerReviewRoutes(app, { queue: reviewQueueFor({ store: deps.store, deriveKey: deps.deriveKey }), emit: routeDeps.emit, ...(deps.audit ? { audit: deps.audit } : {}) });
}
