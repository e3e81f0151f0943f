// Deny by default for the whole admin API: every request under /admin/ is authenticated (an API
// key or, when configured, an OIDC/JWT token) and must hold the permission its route declares in
// `config.permission`. A route that declares none is refused. Runs before the body is parsed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import type { EventBus } from '../../events/bus.ts';
import type { AccessControl } from '../../identity/access-control.ts';
import type { CredentialStore } from '../../identity/api-keys.ts';
import { KEY_PREFIX } from '../../identity/api-keys.ts';
import type { AuthFailureTracker } from '../../identity/failures.ts';
import { looksLikeJwt } from '../../identity/jwt.ts';
import { AUTHENTICATED, PUBLIC } from '../../identity/permissions.ts';
import type { Principal } from '../../pipeline/types.ts';

export interface AdminAuthDeps {
  readonly current: () => Runtime;
  readonly credentials: CredentialStore;
  readonly failures: AuthFailureTracker;
  readonly bus: EventBus;
  readonly accessFor: (rt: Runtime) => AccessControl;
  /** Local CLI mode only: the operator is whoever can read the data directory and server secret. */
  readonly localOperator?: Principal;
  /**
   * Records an authorized change before it runs (the audit log): no record, no change. The
   * outcome follows as an `admin.action` event.
   */
  readonly recordIntent?: (intent: { actorId: string; method: string; route: string; requestId: string }) => Promise<void>;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the admin authorization hook: who is calling the admin API. */
    adminPrincipal?: Principal;
  }
}

const MAX_CREDENTIAL_LENGTH = 8_192;

/** The bearer credential (an API key or a JWT), or undefined. Never logged. */
function bearer(req: FastifyRequest): string | undefined {
  const raw = req.headers.authorization;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_CREDENTIAL_LENGTH) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(raw)?.[1];
}

async function authenticate(req: FastifyRequest, deps: AdminAuthDeps, ac: AccessControl): Promise<Principal> {
  const token = bearer(req);
  const fail = (reason: string, keyPrefix?: string): never => {
    deps.failures.record({ surface: 'admin', sourceIp: req.ip, reason, requestId: req.id, ...(keyPrefix ? { keyPrefix } : {}) });
    throw new BulwarkError('BULWARK_E_UNAUTHENTICATED');
  };
  if (token === undefined) return fail('missing_credential');
  if (token.startsWith(KEY_PREFIX)) {
    // Failures of keys are reported by the credential store itself (with the key prefix).
    const p = await deps.credentials.resolve(token, req.ip, 'admin');
    if (!p) throw new BulwarkError('BULWARK_E_UNAUTHENTICATED');
    return p;
  }
  if (ac.jwt && looksLikeJwt(token)) {
    const r = await ac.jwt.verify(token);
    if ('failure' in r) return fail(`token_${r.failure}`);
    return r.principal;
  }
  return fail('malformed');
}

export function installAdminAuthorization(app: FastifyInstance, deps: AdminAuthDeps): void {
  app.addHook('onRequest', async (req) => {
    // Judge by the matched route pattern as well as the raw URL, so an encoded or odd spelling of
    // an admin path that still reaches an admin route is covered.
    const pattern = req.routeOptions.url ?? '';
    const underAdmin = (p: string) => p === '/admin' || p.startsWith('/admin/');
    if (!underAdmin(pattern) && !underAdmin(req.url.toLowerCase())) return;
    const ac = deps.accessFor(deps.current());
    const principal = deps.localOperator ?? (await authenticate(req, deps, ac));
    req.adminPrincipal = principal;
    if (req.bulwark) req.bulwark.principal = principal;
    // An unknown admin path: authenticated callers get the 404, nobody else learns it.
    if (req.is404) return;
    const permission = req.routeOptions.config.permission;
    if (permission === PUBLIC || permission === AUTHENTICATED) return;
    const route = `${req.method} ${req.routeOptions.url ?? ''}`;
    if (permission === undefined) {
      // Deny by default: a route that declares nothing is refused (and the route test fails).
      ac.decide(principal, '(undeclared)', undefined, { requestId: req.id, surface: 'admin', route });
      throw new BulwarkError('BULWARK_E_FORBIDDEN');
    }
    const d = ac.decide(principal, permission, undefined, { requestId: req.id, surface: 'admin', route });
    if (!d.allowed) throw new BulwarkError('BULWARK_E_FORBIDDEN');
    if (deps.recordIntent && !READS.has(req.method)) {
      try {
        await deps.recordIntent({ actorId: principal.id, method: req.method, route: req.routeOptions.url ?? '', requestId: req.id });
      } catch {
        throw new BulwarkError('BULWARK_E_AUDIT_UNAVAILABLE');
      }
    }
  });
}
