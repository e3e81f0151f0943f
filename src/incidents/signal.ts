// An alert signal: what a monitor, detection rule or guard reports when something crossed a line.
// Signals travel on the event bus (`alert.signal`); the alert manager groups them into alerts and
// routes those to sinks. A signal carries numbers and identifiers, never personal data or secrets.

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What an alert is about. `id` is a model name, key id, principal id, address or dataset name. */
export interface AlertEntity {
  readonly kind: 'model' | 'dataset' | 'key' | 'principal' | 'address' | 'gateway';
  readonly id: string;
}

export interface AlertSignal {
  /** The rule or monitor that fired, e.g. `monitor.drift.input`, `limit.extraction`, `rule.auth_bruteforce`. */
  readonly source: string;
  readonly severity: Severity;
  /** One line for people, e.g. "Input drift on demo-fraud: amount PSI 0.41 > 0.25". */
  readonly title: string;
  readonly entity: AlertEntity;
  /** The numbers that crossed, with the baseline or threshold they crossed. */
  readonly evidence: Readonly<Record<string, number | string | boolean | null>>;
  /** When the condition was observed (ms since the epoch; monitors take it from their clock). */
  readonly time: number;
  /** Requests involved (audit entries are keyed by request id). */
  readonly requestIds?: readonly string[];
  /** MITRE ATLAS / OWASP LLM Top 10 technique ids, e.g. `AML.T0024`, `LLM10`. */
  readonly techniques?: readonly string[];
}

/** Where code that detects something sends its signal (in the gateway: onto the event bus). */
export type SignalSink = (signal: AlertSignal) => void;
