// The admin API under /admin/v1: registered here, one module per resource. Every route declares
// the permission it needs in `config.permission`.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../gateway/runtime.ts';
import type { CredentialStore } from '../../identity/api-keys.ts';
import type { Store } from '../../store/store.ts';

export interface AdminDeps {
  readonly current: () => Runtime;
  readonly store: Store;
  readonly credentials: CredentialStore;
}

export function registerAdminRoutes(_app: FastifyInstance, _deps: AdminDeps): void {
  // Resource modules register here (identity: principals, keys, roles, bindings, access review;
  // audit: query, export, hash, verify).
}
