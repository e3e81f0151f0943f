// The contract of an alert sink (webhook, Slack, syslog/CEF, OCSF lines): deliver one alert or
// throw; the router retries, counts and logs. A sink's error message never carries a secret.
import type { Alert } from '../incidents/alerts/types.ts';

export interface AlertSink {
  /** The sink's name in the policy (`alerts.sinks[].name`). */
  readonly name: string;
  readonly type: 'webhook' | 'slack' | 'syslog' | 'ocsf';
  deliver(alert: Alert): Promise<void>;
  close(): Promise<void>;
}

/** A failed delivery; `retryable: false` stops the retries (a 4xx answer, a bad configuration). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
