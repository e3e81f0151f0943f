// Starts a real gateway for a test: temporary data dir, a policy text, captured logs, and a key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Gateway, type GatewayOptions, startGateway } from '../../src/gateway/gateway.ts';
import { type MockMode, type MockUpstream, startMockUpstream } from './mock-upstream.ts';

export interface TestGateway {
  readonly gw: Gateway;
  readonly url: string;
  readonly key: string;
  readonly logs: string[];
  readonly dir: string;
  readonly policyPath: string | undefined;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A policy routing `mock-chat`, `mock-text`, `mock-embed` and `mock-predict` to one upstream. */
export function mockPolicy(baseUrl: string, guards = '  - id: auth.api_key\n  - id: authz.scope\n  - id: validate.request\n', extraUpstream = ''): string {
  return `version: 1
upstreams:
  mock:
    base_url: ${baseUrl}
    headers_timeout_ms: 1500
    body_timeout_ms: 1500
    connect_timeout_ms: 1000
${extraUpstream}models:
  - { name: mock-chat, kind: chat, upstream: mock, upstream_model: real-model-1 }
  - { name: mock-text, kind: completion, upstream: mock }
  - { name: mock-embed, kind: embedding, upstream: mock }
  - { name: mock-predict, kind: predict, upstream: mock }
guards:
${guards}`;
}

export async function startTestGateway(policy?: string, extra: Partial<GatewayOptions> = {}): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-test-'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  let policyPath: string | undefined;
  if (policy !== undefined) {
    policyPath = join(dir, 'bulwark.yaml');
    writeFileSync(policyPath, policy);
  }
  const gw = await startGateway({ ...(policyPath ? { configPath: policyPath } : {}), dataDir: join(dir, 'data'), port: 0, logger, demoStreamDelayMs: 0, ...extra });
  const key = gw.bootstrapAdminKey!;
  return {
    gw,
    url: gw.url,
    key,
    logs,
    dir,
    policyPath,
    post: (path, body, headers = {}) =>
      fetch(gw.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await gw.close(2_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface MockGatewayFixture {
  readonly up: MockUpstream;
  readonly t: TestGateway;
}

/**
 * Registers the usual hooks of a gateway test: a mock upstream and a gateway in front of it for
 * the whole `describe`, both closed after it, and the upstream reset (mode, received) before each test.
 */
export function useMockGateway(policy: (upstreamBaseUrl: string) => string, initial: MockMode = { kind: 'ok' }): MockGatewayFixture {
  const fx = {} as { up: MockUpstream; t: TestGateway };
  beforeAll(async () => {
    fx.up = await startMockUpstream(initial);
    fx.t = await startTestGateway(policy(fx.up.baseUrl));
  });
  afterAll(async () => {
    await fx.t?.close();
    await fx.up?.close();
  });
  beforeEach(() => {
    fx.up.received.length = 0;
    fx.up.mode = initial;
  });
  return fx;
}
