// Webhook sink: the alert as JSON, signed with HMAC-SHA256 over `timestamp.body` (the scheme
// Stripe and Slack use), so a receiver can check origin and freshness and refuse replays.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Alert } from '../incidents/alerts/types.ts';
import { postJson } from './http.ts';
import type { AlertSink } from './sink.ts';

export const SIGNATURE_HEADER = 'x-bulwark-signature';
export const TIMESTAMP_HEADER = 'x-bulwark-timestamp';

/** `v1=<hex HMAC-SHA256(secret, "<unix seconds>.<body>")>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): the signature matches and the timestamp is within `toleranceS`. */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string, nowS: number, toleranceS = 300): boolean {
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowS - Number(timestamp)) > toleranceS) return false;
  const want = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The JSON document a webhook receives. */
export function alertDocument(a: Alert): Record<string, unknown> {
  return {
    object: 'alert',
    id: a.id,
    source: a.source,
    severity: a.severity,
    title: a.title,
    status: a.status,
    entity: a.entity,
    first_seen: new Date(a.firstSeen).toISOString(),
    last_seen: new Date(a.lastSeen).toISOString(),
    count: a.count,
    evidence: a.evidence,
    request_ids: a.requestIds,
    techniques: a.techniques,
    owner: a.owner,
    on_call: a.onCall,
  };
}

export function webhookSink(o: { name: string; url: string; secret?: string; timeoutMs: number; nowS?: () => number }): AlertSink {
  const nowS = o.nowS ?? (() => Math.floor(Date.now() / 1000));
  return {
    name: o.name,
    type: 'webhook',
    async deliver(a) {
      const body = JSON.stringify(alertDocument(a));
      const ts = nowS();
      const headers: Record<string, string> = { [TIMESTAMP_HEADER]: String(ts) };
      if (o.secret) headers[SIGNATURE_HEADER] = signWebhook(o.secret, ts, body);
      await postJson(o.url, body, headers, o.timeoutMs);
    },
    async close() {},
  };
}
