// Builds the alert sinks named in the policy (`alerts.sinks`), resolving their secrets once.
import type { AlertSinkConfig } from '../config/alerts-schema.ts';
import type { SecretRef } from '../config/secret-ref.ts';
import { resolveSecret } from '../upstream/secrets.ts';
import { ocsfSink } from './ocsf-finding.ts';
import type { AlertSink } from './sink.ts';
import { slackSink } from './slack.ts';
import { syslogSink } from './syslog.ts';
import { webhookSink } from './webhook.ts';

export type { AlertSink } from './sink.ts';
export { DeliveryError } from './sink.ts';

/** A sink URL written inline or kept in the environment / a file (Slack webhook URLs are credentials). */
function sinkUrl(url: string | SecretRef, name: string): string {
  const value = typeof url === 'string' ? url : resolveSecret(url, `alerts.sinks.${name}.url`);
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(value).protocol);
  } catch {
    ok = false;
  }
  // Never echo the value: it may hold a token.
  if (!ok) throw new Error(`alerts.sinks.${name}.url: not an http:// or https:// URL`);
  return value;
}

export function buildSink(c: AlertSinkConfig): AlertSink {
  switch (c.type) {
    case 'webhook':
      return webhookSink({ name: c.name, url: sinkUrl(c.url, c.name), timeoutMs: c.timeout_ms, ...(c.secret ? { secret: resolveSecret(c.secret, `alerts.sinks.${c.name}.secret`) } : {}) });
    case 'slack':
      return slackSink({ name: c.name, url: sinkUrl(c.url, c.name), timeoutMs: c.timeout_ms });
    case 'syslog':
      return syslogSink({ name: c.name, transport: c.transport, host: c.host, port: c.port, facility: c.facility, appName: c.app_name, timeoutMs: c.timeout_ms, ...(c.hostname ? { hostname: c.hostname } : {}) });
    case 'ocsf':
      return ocsfSink({ name: c.name, path: c.path });
  }
}
