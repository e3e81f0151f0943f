// Schema migrations, in code so both dialects run the same steps. One file per migration; append
// new ones here in order and never edit one that has been released.
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.ts';
import { identity } from './0002-identity.ts';
import { audit } from './0003-audit.ts';
import { limits } from './0004-limits.ts';
import { review } from './0005-review.ts';
import { monitoring } from './0006-monitoring.ts';
import { alerts } from './0007-alerts.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_identity': identity,
  '0003_audit': audit,
  '0004_limits': limits,
  '0005_review': review,
  '0006_monitoring': monitoring,
  '0007_alerts': alerts,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
