// The admin API in-process, for the CLI's `--local` mode (no server running): the same routes,
// validation and rules (no self-grant, no escalation) over the embedded store, called through
// Fastify's inject. The operator acts as an administrator: they already hold the data directory
// and the server secret, which is everything a key or binding is made of.
import Fastify, { type FastifyInstance } from 'fastify';
import type { LoadedPolicy } from '../../config/load.ts';
import { EventBus } from '../../events/bus.ts';
import { accessControlFor } from '../../identity/access-control.ts';
import { CredentialStore } from '../../identity/api-keys.ts';
import { IdentityDirectory } from '../../identity/directory.ts';
import { AuthFailureTracker } from '../../identity/failures.ts';
import { loadServerSecret } from '../../identity/server-secret.ts';
import type { Principal } from '../../pipeline/types.ts';
import { type Store, openStore } from '../../store/store.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import { Registry } from 'prom-client';
import { BulwarkError, errorBody } from '../../errors/catalogue.ts';
import { toBulwarkError } from '../error-handler.ts';
import { registerAccessRoutes } from './access-routes.ts';
import { registerAlertRoutes } from './alert-routes.ts';
import { AlertRepository } from '../../incidents/alerts/repository.ts';
import { installAdminAuthorization } from './authorization.ts';
import { registerIdentityRoutes } from './identity-routes.ts';
import { trackRoutes } from './route-table.ts';

export const LOCAL_OPERATOR: Principal = {
  id: 'local:operator',
  kind: 'user',
  name: 'Local operator (CLI --local)',
  modelScopes: ['*'],
  roles: ['admin'],
  bindings: [{ id: 'local:admin', role: 'admin', resource: '*', expiresAt: null }],
};

export interface LocalAdmin {
  readonly app: FastifyInstance;
  readonly bus: EventBus;
  close(): Promise<void>;
}

export async function openLocalAdmin(opts: { dataDir: string; policy: LoadedPolicy; databaseUrl?: string }): Promise<LocalAdmin> {
  const store: Store = await openStore({ dataDir: opts.dataDir, ...(opts.databaseUrl ? { url: opts.databaseUrl } : {}) });
  const credentials = new CredentialStore(store, loadServerSecret(opts.dataDir), 0);
  const bus = new EventBus();
  const app = Fastify({ logger: false });
  trackRoutes(app);
  app.decorateRequest('bulwark', null as never);
  // Only what the admin routes read of a runtime: the loaded policy.
  const runtime = { loaded: opts.policy, policy: opts.policy.policy } as unknown as Runtime;
  const accessFor = () => accessControlFor(opts.policy, bus, credentials);
  const failures = new AuthFailureTracker(bus, new Registry());
  installAdminAuthorization(app, { current: () => runtime, credentials, failures, bus, accessFor, localOperator: LOCAL_OPERATOR });
  const directory = new IdentityDirectory(store, credentials, () => accessFor().roles);
  const routeDeps = { directory, access: accessFor, emit: (e: Parameters<EventBus['emit']>[0]) => bus.emit(e) };
  registerIdentityRoutes(app, routeDeps);
  registerAccessRoutes(app, { ...routeDeps, failures });
  registerAlertRoutes(app, { alerts: new AlertRepository(store), emit: routeDeps.emit });
  app.setErrorHandler((err, req, reply) => {
    const be: BulwarkError = toBulwarkError(err);
    return reply.code(be.status).send(errorBody(be, req.id));
  });
  await app.ready();
  return {
    app,
    bus,
    async close() {
      await app.close();
      await credentials.close();
      await store.close();
    },
  };
}
