// Identity: key route scopes, rotation links and creators; who granted a binding and when it was
// last used (for access reviews).
import type { Kysely, Migration } from 'kysely';

export const identity: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('api_keys').addColumn('route_scopes', 'text').execute();
    await db.schema.alterTable('api_keys').addColumn('rotated_to', 'varchar(64)').execute();
    await db.schema.alterTable('api_keys').addColumn('created_by', 'varchar(64)').execute();
    await db.schema.alterTable('role_bindings').addColumn('granted_by', 'varchar(64)').execute();
    await db.schema.alterTable('role_bindings').addColumn('last_used_at', 'bigint').execute();
    await db.schema.createIndex('principals_owner').on('principals').column('owner_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('principals_owner').execute();
    for (const c of ['route_scopes', 'rotated_to', 'created_by']) await db.schema.alterTable('api_keys').dropColumn(c).execute();
    for (const c of ['granted_by', 'last_used_at']) await db.schema.alterTable('role_bindings').dropColumn(c).execute();
  },
};
