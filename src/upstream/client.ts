// Calls one upstream model server through an undici Pool: keep-alive, a bounded number of
// connections and queued requests, and connect/headers/body timeouts. Transport failures become
// catalogue errors; the client's own credentials are never forwarded.
import { Pool, errors as undiciErrors } from 'undici';
import type { Dispatcher } from 'undici';
import { BulwarkError } from '../errors/catalogue.ts';

export interface UpstreamSettings {
  readonly name: string;
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly maxConnections: number;
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly maxResponseBytes: number;
}

export interface UpstreamResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Dispatcher.ResponseData['body'];
}

/** Maps a transport failure to the error the caller sees. */
export function transportError(e: unknown): BulwarkError {
  if (e instanceof BulwarkError) return e;
  if (e instanceof undiciErrors.HeadersTimeoutError || e instanceof undiciErrors.BodyTimeoutError || e instanceof undiciErrors.ConnectTimeoutError) {
    return new BulwarkError('BULWARK_E_UPSTREAM_TIMEOUT');
  }
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ECONNRESET' || code === 'EAI_AGAIN') {
    return new BulwarkError('BULWARK_E_UPSTREAM_UNREACHABLE');
  }
  return new BulwarkError('BULWARK_E_UPSTREAM_ERROR');
}

export class UpstreamClient {
  readonly name: string;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly headers: Record<string, string>;
  private readonly maxQueued: number;
  private inFlight = 0;
  readonly maxResponseBytes: number;
  readonly origin: string;

  constructor(s: UpstreamSettings) {
    const url = new URL(s.baseUrl);
    this.name = s.name;
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.maxResponseBytes = s.maxResponseBytes;
    this.maxQueued = s.maxConnections * 4;
    this.headers = { ...s.headers, 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    this.pool = new Pool(url.origin, {
      connections: s.maxConnections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connectTimeout: s.connectTimeoutMs,
      headersTimeout: s.headersTimeoutMs,
      bodyTimeout: s.bodyTimeoutMs,
    });
  }

  /** POSTs a JSON body to `basePath + path`. The caller must consume or destroy the body. */
  async post(path: string, body: string, signal?: AbortSignal): Promise<UpstreamResponse> {
    if (this.inFlight >= this.maxQueued) throw new BulwarkError('BULWARK_E_UNAVAILABLE', 'The upstream is saturated; try again shortly.');
    this.inFlight++;
    try {
      const r = await this.pool.request({
        method: 'POST',
        path: this.basePath + path,
        headers: this.headers,
        body,
        ...(signal ? { signal } : {}),
      });
      r.body.once('close', () => this.inFlight--);
      return { status: r.statusCode, headers: r.headers, body: r.body };
    } catch (e) {
      this.inFlight--;
      throw transportError(e);
    }
  }

  /** Reads a whole body up to the size limit. */
  async readBody(body: UpstreamResponse['body']): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const c of body) {
        size += (c as Buffer).length;
        if (size > this.maxResponseBytes) {
          body.destroy();
          throw new BulwarkError('BULWARK_E_UPSTREAM_TOO_LARGE');
        }
        chunks.push(c as Buffer);
      }
    } catch (e) {
      throw transportError(e);
    }
    return Buffer.concat(chunks);
  }

  /** Whether the upstream answers HTTP at all (any status counts). */
  async probe(timeoutMs = 1_000): Promise<boolean> {
    try {
      const r = await this.pool.request({ method: 'GET', path: `${this.basePath}/models`, headers: this.headers, signal: AbortSignal.timeout(timeoutMs) });
      await r.body.dump();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
