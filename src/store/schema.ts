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
}

export interface RoleBindingsTable {
  id: string;
  principal_id: string;
  role: string;
  resource: string;
  expires_at: number | null;
  created_at: number;
  seq: Generated<number>;
}

export interface Database {
  settings: SettingsTable;
  principals: PrincipalsTable;
  api_keys: ApiKeysTable;
  role_bindings: RoleBindingsTable;
}
