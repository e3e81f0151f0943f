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
