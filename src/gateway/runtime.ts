// A runtime is everything built from one policy: upstream clients, the model table and the guard
// pipeline. It is built whole before use, so a reload swaps one complete runtime for another.
import type { LoadedPolicy } from '../config/load.ts';
import type { ModelConfig, Policy } from '../config/schema.ts';
import { type ActiveGuard, Pipeline } from '../pipeline/pipeline.ts';
import { buildGuard, guardFactory } from '../pipeline/registry.ts';
import type { GuardDeps, ModelKind } from '../pipeline/types.ts';
import { UpstreamClient } from '../upstream/client.ts';
import { resolveSecret } from '../upstream/secrets.ts';

export interface ModelRoute {
  readonly name: string;
  readonly kind: ModelKind;
  readonly upstream: UpstreamClient;
  readonly upstreamModel: string;
  /** For predict models: the upstream path with the model substituted. */
  readonly predictPath: string;
  readonly description?: string;
}

export interface RuntimeDeps extends GuardDeps {
  /** Base URL of the running demo server, when the policy uses `builtin: demo`. */
  readonly demoBaseUrl?: string;
}

export class Runtime {
  private constructor(
    readonly loaded: LoadedPolicy,
    readonly models: ReadonlyMap<string, ModelRoute>,
    readonly upstreams: ReadonlyMap<string, UpstreamClient>,
    readonly pipeline: Pipeline,
  ) {}

  get policy(): Policy {
    return this.loaded.policy;
  }

  get version(): string {
    return this.loaded.version;
  }

  static usesDemo(policy: Policy): boolean {
    return Object.values(policy.upstreams).some((u) => 'builtin' in u);
  }

  static async build(loaded: LoadedPolicy, deps: RuntimeDeps): Promise<Runtime> {
    const { policy } = loaded;
    const upstreams = new Map<string, UpstreamClient>();
    try {
      for (const [name, u] of Object.entries(policy.upstreams)) {
        if ('builtin' in u) {
          if (!deps.demoBaseUrl) throw new Error(`upstream "${name}": the demo server is not running`);
          upstreams.set(name, new UpstreamClient({ name, baseUrl: deps.demoBaseUrl, headers: {}, maxConnections: 64, connectTimeoutMs: 2_000, headersTimeoutMs: 30_000, bodyTimeoutMs: 30_000, maxResponseBytes: 16 << 20 }));
          continue;
        }
        const headers: Record<string, string> = {};
        for (const [h, v] of Object.entries(u.headers)) headers[h.toLowerCase()] = typeof v === 'string' ? v : resolveSecret(v, `upstreams.${name}.headers.${h}`);
        if (u.api_key) headers.authorization = `Bearer ${resolveSecret(u.api_key, `upstreams.${name}.api_key`)}`;
        upstreams.set(
          name,
          new UpstreamClient({
            name,
            baseUrl: u.base_url,
            headers,
            maxConnections: u.max_connections,
            connectTimeoutMs: u.connect_timeout_ms,
            headersTimeoutMs: u.headers_timeout_ms,
            bodyTimeoutMs: u.body_timeout_ms,
            maxResponseBytes: u.max_response_bytes,
          }),
        );
      }
      const models = new Map<string, ModelRoute>();
      for (const m of policy.models) models.set(m.name, modelRoute(m, upstreams.get(m.upstream)!));
      const pipeline = await buildPipeline(policy, deps);
      return new Runtime(loaded, models, upstreams, pipeline);
    } catch (e) {
      await Promise.allSettled([...upstreams.values()].map((u) => u.close()));
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.pipeline.close();
    await Promise.allSettled([...this.upstreams.values()].map((u) => u.close()));
  }
}

/** Builds every guard the policy lists (all expensive work happens here, once). */
export async function buildPipeline(policy: Policy, deps: GuardDeps): Promise<Pipeline> {
  const guards: ActiveGuard[] = [];
  try {
    for (const entry of policy.guards) {
      const factory = guardFactory(entry.id)!;
      const where = `guards[${policy.guards.indexOf(entry)}] (${entry.name ?? entry.id})`;
      let guard;
      try {
        guard = await buildGuard(factory, entry.config, deps);
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).message}`);
      }
      guards.push({
        name: entry.name ?? entry.id,
        guard,
        mode: entry.mode,
        onError: entry.on_error,
        timeoutMs: entry.timeout_ms,
        ...(entry.routes ? { routes: entry.routes } : {}),
        ...(entry.models ? { models: entry.models } : {}),
      });
    }
  } catch (e) {
    await Promise.allSettled(guards.map((g) => g.guard.close?.()));
    throw e;
  }
  return new Pipeline(guards);
}

function modelRoute(m: ModelConfig, upstream: UpstreamClient): ModelRoute {
  const upstreamModel = m.upstream_model ?? m.name;
  return {
    name: m.name,
    kind: m.kind,
    upstream,
    upstreamModel,
    predictPath: (m.path ?? '/predict/{model}').replaceAll('{model}', encodeURIComponent(upstreamModel)),
    ...(m.description ? { description: m.description } : {}),
  };
}
