// Starts and stops a whole gateway: policy, store, credentials, demo models, runtime, HTTP.
// Reload builds a complete new runtime before swapping it in; a bad policy keeps the old one.
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
import { BOOTSTRAP_ADMIN_ID, ensureBootstrapAdmin } from '../identity/bootstrap.ts';
import { deriveKey as deriveServerKey, loadServerSecret } from '../identity/server-secret.ts';
import { buildApp } from '../server/app.ts';
import { GatewayMetrics } from '../server/metrics.ts';
import { type Store, openStore } from '../store/store.ts';
import type { AlertSignal } from '../incidents/signal.ts';
import { SharedResourcePool } from '../pipeline/shared-resources.ts';
import { CLOCK_RESOURCE, type Clock, systemClock } from '../monitor/models/clock.ts';
import { REFERENCE_CATALOG, ReferenceCatalog } from '../monitor/models/references.ts';
import { ModelMonitoring } from '../monitor/models/service.ts';
import { type Alerting, startAlerting } from '../incidents/alerts/service.ts';
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
  /** Time source of the monitors and alerting (ms since the epoch); tests and replays inject one. */
  readonly clock?: () => number;
  /** Real-time period of the model monitors' schedule check (ms; default 1000; 0: only traffic and `monitoring.tick()`). */
  readonly monitoringTickMs?: number;
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
  /** Alert manager, detection rules and behaviour baselines. */
  readonly alerting: Alerting;
  /** The admin key created on first start, shown once; undefined afterwards. */
  readonly bootstrapAdminKey: string | undefined;
  /** The live model monitors (drift, accuracy, performance); `tick()` runs what the clock says is due. */
  readonly monitoring: ModelMonitoring;
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
    const deriveKey = (purpose: string) => deriveServerKey(serverSecret, purpose);
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
    const clock: Clock = opts.clock ? { now: opts.clock } : systemClock;
    shared.get(CLOCK_RESOURCE, () => clock);
    const references = await ReferenceCatalog.load(store, loaded.policy.models.map((m) => m.name), () => clock.now(), (err) =>
      logger.error({ err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'reference profile could not be built or stored'),
    );
    shared.get(REFERENCE_CATALOG, () => references);
    const deps = (demoBaseUrl: string | undefined, policy: LoadedPolicy) => ({
      shared,
      store,
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
      // The first admin is made before the log opens: record its creation now (never the key).
      if (bootstrapAdminKey) await audit.recordEvent('admin.action', { actorId: 'system:bootstrap', action: 'principal.bootstrap_admin', targetId: BOOTSTRAP_ADMIN_ID });
    } else logger.warn('audit.enabled is false: requests and changes are NOT recorded');
    // After the audit log subscribed: signals are recorded before they become alerts.
    const alerting = startAlerting({ store, bus, policy: () => loaded.policy, registry: metrics.registry, logger, ...(opts.clock ? { clock: opts.clock } : {}) });
    cleanups.unshift(() => alerting.close());
    const monitoring = new ModelMonitoring({ store, bus, references, policy: () => runtime.policy, clock, logger, ...(opts.monitoringTickMs !== undefined ? { tickMs: opts.monitoringTickMs } : {}) });
    cleanups.unshift(() => monitoring.close());
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
      shared,
      deriveKey,
      monitoring,
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
      alerting,
      monitoring,
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
