// Table types of the store. Times are milliseconds since the epoch (BIGINT on PostgreSQL).
import type { Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface PrincipalsTable {
  id: string;
  kind: 'user' | 'service';
  name: string;
  owner_id: string | null;
  status: 'active' | 'disabled';
  created_at: number;
  last_seen_at: number | null;
}

export interface ApiKeysTable {
  id: string;
  principal_id: string;
  name: string;
  /** HMAC-SHA256 of the key under the server secret, hex. The key itself is never stored. */
  key_hash: string;
  /** First characters of the key, for people to recognise it (`bwk_AbC123`). */
  prefix: string;
  /** JSON array of model globs. */
  model_scopes: string;
  /** JSON array of CIDR blocks, or null for any address. */
  source_cidrs: string | null;
  expires_at: number | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
  revoked_reason: string | null;
  /** JSON array of permission patterns the key is limited to, or null for all its roles grant (0002). */
  route_scopes: string | null;
  /** The key that replaced this one on rotation (0002). */
  rotated_to: string | null;
  /** Who created the key (0002). */
  created_by: string | null;
}

export interface RoleBindingsTable {
  id: string;
  principal_id: string;
  role: string;
  resource: string;
  expires_at: number | null;
  created_at: number;
  seq: Generated<number>;
  /** Who granted the binding (0002). */
  granted_by: string | null;
  /** Last time the binding decided an allow (0002). */
  last_used_at: number | null;
}

export interface Database {
  settings: SettingsTable;
  principals: PrincipalsTable;
  api_keys: ApiKeysTable;
  role_bindings: RoleBindingsTable;
  audit_entries: AuditEntriesTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_subject_keys: AuditSubjectKeysTable;
  audit_archives: AuditArchivesTable;
  alerts: AlertsTable;
  monitor_references: MonitorReferencesTable;
  monitor_buckets: MonitorBucketsTable;
  monitor_series: MonitorSeriesTable;
  monitor_predictions: MonitorPredictionsTable;
  injection_reviews: InjectionReviewsTable;
  limit_overrides: LimitOverridesTable;
}

/** Rate-limit overrides set through the admin API (migration 0004); `limits` is JSON. */
export interface LimitOverridesTable {
  kind: string;
  subject_id: string;
  limits: string;
  updated_at: number;
  updated_by: string;
}

/** Audit log tables (migration 0003); `body` is the entry's canonical JSON, `hash` its chain hash. */
export interface AuditEntriesTable {
  chain_id: string;
  seq: number;
  time: number;
  type: string;
  request_id: string | null;
  principal_id: string | null;
  key_id: string | null;
  model: string | null;
  route: string | null;
  decision: string | null;
  status: number | null;
  hash: string;
  body: string;
}

export interface AuditCheckpointsTable {
  chain_id: string;
  seq: number;
  head: string;
  time: number;
  signature: string;
  public_key: string;
}

export interface AuditSubjectKeysTable {
  /** HMAC of the data subject's id; the wrapped AES-256 key of their payloads. */
  subject: string;
  wrapped_key: string;
  created_at: number;
}

export interface AuditArchivesTable {
  chain_id: string;
  first_seq: number;
  last_seq: number;
  last_hash: string;
  file: string;
  created_at: number;
}

/** Flagged prompts awaiting review (0005); `text_sealed` is AES-256-GCM JSON, never plaintext. */
export interface InjectionReviewsTable {
  id: string;
  created_at: number;
  request_id: string;
  model: string | null;
  location: string;
  source: string;
  score: number;
  /** JSON array of rule ids that fired. */
  rules: string;
  action: string;
  chars: number;
  text_hmac: string;
  text_sealed: string;
  status: 'pending' | 'attack' | 'benign';
  category: string | null;
  reviewed_by: string | null;
  reviewed_at: number | null;
}

/** Reference profile of a model (0006); `body` is the reference's JSON (profiles, never rows). */
export interface MonitorReferencesTable {
  model: string;
  source: string;
  rows: number;
  body: string;
  created_at: number;
}

/** One replica's live profile of one model for one time bucket (0006); merged across replicas. */
export interface MonitorBucketsTable {
  model: string;
  side: 'input' | 'output';
  bucket_start: number;
  replica: string;
  count: number;
  body: string;
}

/** One point of a monitor's time series (0006): a drift score, an accuracy chunk, a performance spike. */
export interface MonitorSeriesTable {
  model: string;
  monitor: string;
  metric: string;
  time: number;
  value: number | null;
  threshold: number | null;
  breached: number;
  samples: number;
  detail: string | null;
}

/** What a predict request answered (0006), kept until its TTL to join with feedback. Labels only. */
export interface MonitorPredictionsTable {
  request_id: string;
  model: string;
  time: number;
  /** JSON array of predicted labels (one per input of the request). */
  labels: string;
  /** JSON array of ground-truth labels once feedback arrived (null until then). */
  feedback: string | null;
}

/** Alerts (0007): grouped signals; JSON text columns hold evidence, request ids and techniques. */
export interface AlertsTable {
  id: string;
  source: string;
  severity: string;
  title: string;
  entity_kind: string;
  entity_id: string;
  status: 'open' | 'acknowledged' | 'resolved' | 'suppressed';
  first_seen: number;
  last_seen: number;
  count: number;
  evidence: string;
  request_ids: string;
  techniques: string;
  owner: string | null;
  on_call: string | null;
  created_at: number;
  updated_at: number;
  updated_by: string | null;
  note: string | null;
}
