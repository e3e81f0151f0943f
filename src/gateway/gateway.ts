// Starts and stops a whole gateway: policy, store, credentials, demo models, runtime, HTTP.
// Reload builds a complete new runtime before swapping it in; a bad policy keeps the old one.
import { hkdfSync } from 'node:crypto';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { type LoadedPolicy, defaultPolicy, loadPolicyFile } from '../config/load.ts';
import { type DemoServer, startDemoServer } from '../demo/server.ts';
import { EventBus } from '../events/bus.ts';
import { AuditLog } from '../audit/log.ts';
import { CredentialStore } from '../identity/api-keys.ts';
import { accessControlFor } from '../identity/access-control.ts';
import { assertAdminCredential } from '../identity/admin-credential.ts';
import { ensureBootstrapAdmin } from '../identity/bootstrap.ts';
import { loadServerSecret } from '../identity/server-secret.ts';
import { buildApp } from '../server/app.ts';
import { GatewayMetrics } from '../server/metrics.ts';
import { type Store, openStore } from '../store/store.ts';
import type { AlertSignal } from '../incidents/signal.ts';
import { SharedResourcePool } from '../pipeline/shared-resources.ts';
import { Runtime } from './runtime.ts';

export interface GatewayOptions {
  /** Policy file; the embedded default policy when absent. */
  readonly configPath?: string;
  readonly host?: string;
  readonly port?: number;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly pgSchema?: string;
  readonly logger?: Logger;
  /** Per-chunk delay of the demo chat stream (ms). */
  readonly demoStreamDelayMs?: number;
}

export interface Gateway {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly credentials: CredentialStore;
  readonly bus: EventBus;
  /** The audit log (undefined when `audit.enabled: false`). */
  readonly audit: AuditLog | undefined;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** The admin key created on first start, shown once; undefined afterwards. */
  readonly bootstrapAdminKey: string | undefined;
  runtime(): Runtime;
  reload(): Promise<{ ok: true; version: string } | { ok: false; error: string }>;
  close(graceMs?: number): Promise<void>;
}

/**
 * JSON lines on stdout, written in batches (flushed every 250 ms and at shutdown) so a request
 * costs no synchronous write; the audit log, not this one, is the durable record.
 */
function defaultLogger(): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 250).unref();
  process.once('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // stdout already gone: nothing more can be written.
    }
  });
  return pino({ base: { service: 'bulwark' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

function loadPolicy(path: string | undefined): LoadedPolicy {
  return path ? loadPolicyFile(path) : defaultPolicy();
}

export async function startGateway(opts: GatewayOptions = {}): Promise<Gateway> {
  const logger = opts.logger ?? defaultLogger();
  let loaded = loadPolicy(opts.configPath);
  const server = loaded.policy.server;
  const dataDir = resolve(opts.dataDir ?? server.data_dir);
  const store = await openStore({ dataDir, ...(opts.databaseUrl ? { url: opts.databaseUrl } : {}), ...(opts.pgSchema ? { pgSchema: opts.pgSchema } : {}) });
  const cleanups: Array<() => Promise<void>> = [() => store.close()];
  try {
    const serverSecret = loadServerSecret(dataDir);
    const credentials = new CredentialStore(store, serverSecret, loaded.policy.identity.credential_cache_ttl_ms);
    const deriveKey = (purpose: string) => Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), `bulwark:${purpose}`, 32));
    cleanups.unshift(() => credentials.close());
    const bootstrapAdminKey = await ensureBootstrapAdmin(store, credentials);
    await assertAdminCredential(store, loaded.policy.identity);
    let demo: DemoServer | undefined;
    const ensureDemo = async (policy: LoadedPolicy['policy']) => {
      if (!demo && Runtime.usesDemo(policy)) {
        demo = await startDemoServer({ streamDelayMs: opts.demoStreamDelayMs ?? 5 });
        cleanups.unshift(() => demo!.close());
      }
      return demo?.baseUrl;
    };
    const metrics = new GatewayMetrics();
    const shared = new SharedResourcePool();
    cleanups.unshift(() => shared.close());
    const deps = (demoBaseUrl: string | undefined, policy: LoadedPolicy) => ({
      shared,
      metrics: metrics.registry,
      signal: (signal: AlertSignal) => bus.emit({ type: 'alert.signal', time: signal.time, signal }),
      resolvePrincipal: (key: string, ip: string) => credentials.resolve(key, ip),
      deriveKey,
      // The bus exists by the time a request is decided; the closure defers the lookup.
      access: accessControlFor(policy, { emit: (e) => bus.emit(e) }, credentials),
      ...(demoBaseUrl ? { demoBaseUrl } : {}),
    });
    let runtime = await Runtime.build(loaded, deps(await ensureDemo(loaded.policy), loaded));
    const bus = new EventBus();
    bus.setErrorHandler((err) => logger.error({ err: { type: (err as Error)?.name } }, 'event subscriber failed'));
    // Audit first: the gateway takes no traffic unless its audit sinks passed their probes.
    const audit = loaded.policy.audit.enabled ? await AuditLog.open({ store, dataDir, config: loaded.policy.audit, logger }) : undefined;
    if (audit) {
      cleanups.unshift(() => audit.close());
      audit.subscribe(bus);
    } else logger.warn('audit.enabled is false: requests and changes are NOT recorded');
    const { app, beginShutdown } = buildApp({
      current: () => runtime,
      store,
      metrics,
      bus,
      logger,
      bodyLimitBytes: server.body_limit_bytes,
      jsonMaxDepth: server.json_max_depth,
      requestTimeoutMs: server.request_timeout_ms,
      trustProxy: server.trust_proxy,
      metricsPublic: server.metrics_public,
      credentials,
      ...(audit ? { auditor: audit, auditLog: audit } : {}),
    });
    if (!loaded.policy.guards.some((g) => g.id.startsWith('auth.'))) {
      logger.warn('the policy has no authentication guard: every caller is anonymous');
    }
    const address = await app.listen({ host: opts.host ?? server.host, port: opts.port ?? server.port });
    const url = address.replace('[::1]', '127.0.0.1');

    let reloading: Promise<unknown> | undefined;
    const gateway: Gateway = {
      url,
      app,
      store,
      credentials,
      bus,
      audit,
      metrics,
      logger,
      bootstrapAdminKey,
      runtime: () => runtime,
      async reload() {
        while (reloading) await reloading;
        const attempt = (async () => {
          try {
            const next = loadPolicy(opts.configPath);
            const built = await Runtime.build(next, deps(await ensureDemo(next.policy), next));
            const old = runtime;
            runtime = built;
            loaded = next;
            // In-flight requests hold the old runtime; its pools close once they drain.
            setTimeout(() => void old.close(), server.shutdown_grace_ms).unref();
            metrics.policyReloads.inc({ outcome: 'ok' });
            bus.emit({ type: 'policy.reloaded', time: Date.now(), source: next.source, version: next.version });
            logger.info({ policy: next.source, version: next.version }, 'policy reloaded');
            return { ok: true as const, version: next.version };
          } catch (e) {
            const error = (e as Error).message;
            metrics.policyReloads.inc({ outcome: 'failed' });
            bus.emit({ type: 'policy.reload_failed', time: Date.now(), source: opts.configPath ?? '<default policy>', error });
            logger.error({ policy: opts.configPath, error }, 'policy reload failed; keeping the current policy');
            return { ok: false as const, error };
          }
        })();
        reloading = attempt;
        try {
          return await attempt;
        } finally {
          reloading = undefined;
        }
      },
      async close(graceMs = server.shutdown_grace_ms) {
        beginShutdown();
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((r) => {
          timer = setTimeout(() => {
            app.server.closeAllConnections();
            r();
          }, graceMs);
        });
        await Promise.race([app.close(), deadline]);
        clearTimeout(timer);
        await runtime.close();
        for (const c of cleanups) await c().catch(() => {});
        await new Promise<void>((r) => logger.flush(() => r()));
      },
    };
    return gateway;
  } catch (e) {
    for (const c of cleanups) await c().catch(() => {});
    throw e;
  }
}
