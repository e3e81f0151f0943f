// POSTs a JSON body with undici under a deadline. Only the status of a failure is reported (a
// receiver's answer may echo what it got, and URLs may hold tokens: neither reaches the logs).
import { request } from 'undici';
import { DeliveryError } from './sink.ts';

export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  let status: number;
  try {
    const r = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'bulwark-alerts/1', ...headers },
      body,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = r.statusCode;
    await r.body.dump();
  } catch (e) {
    throw new DeliveryError(`request failed (${(e as NodeJS.ErrnoException).code ?? (e as Error).name})`);
  }
  if (status >= 200 && status < 300) return;
  // 408 and 429 and 5xx are worth another try; other 4xx answers will not change.
  const retryable = status === 408 || status === 429 || status >= 500;
  throw new DeliveryError(`receiver answered HTTP ${status}`, retryable);
}
