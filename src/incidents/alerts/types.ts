// What an alert is: a group of alert signals with the same source and entity, its status in the
// triage workflow, the evidence that crossed, the audit entries involved and who owns the asset.
import type { AlertEntity, Severity } from '../signal.ts';

export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved', 'suppressed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface Alert {
  readonly id: string;
  readonly source: string;
  readonly severity: Severity;
  readonly title: string;
  readonly entity: AlertEntity;
  readonly status: AlertStatus;
  /** When the first and the latest grouped signal were observed. */
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Signals grouped into this alert. */
  readonly count: number;
  /** The numbers of the latest signal (what crossed, and the baseline or threshold). */
  readonly evidence: Readonly<Record<string, number | string | boolean | null>>;
  /** Request ids of the audit entries involved (the most recent, bounded). */
  readonly requestIds: readonly string[];
  readonly techniques: readonly string[];
  /** Accountable owner and on-call contact of the model or dataset, from the policy. */
  readonly owner: string | null;
  readonly onCall: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Who last changed the status (null while untouched). */
  readonly updatedBy: string | null;
  readonly note: string | null;
}

export interface AlertQuery {
  readonly status?: AlertStatus;
  readonly minSeverity?: Severity;
  /** An exact source id, or a prefix ending in `*` (`rule.*`). */
  readonly source?: string;
  readonly entityKind?: AlertEntity['kind'];
  readonly entityId?: string;
  /** Last seen at or after / before (ms). */
  readonly from?: number;
  readonly to?: number;
  readonly limit?: number;
  /** Opaque: the id and time of the last alert of the previous page. */
  readonly cursor?: string;
}
