// One SQLite connection that appends audit entries: WAL, its own synchronous level, a prepared
// insert run for a whole batch in one transaction. The writer thread holds one; so does the
// store sink for small batches it commits inline.
import BetterSqlite3 from 'better-sqlite3';
import { ROW_WIDTH, SQLITE_COLUMNS, type WriterSetup } from './sqlite-writer-protocol.ts';

export class AuditSqliteConnection {
  private readonly db: BetterSqlite3.Database;
  private insertMany: ((rows: readonly unknown[]) => void) | undefined;

  constructor(setup: WriterSetup) {
    const db = new BetterSqlite3(setup.file);
    db.pragma('journal_mode = WAL');
    // Per connection: the audit table's commits are fsynced even where the rest of the store is not.
    db.pragma(`synchronous = ${setup.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma(`busy_timeout = ${setup.busyTimeoutMs}`);
    this.db = db;
  }

  /** Inserts rows (flatRows' layout) in one transaction; throws SQLite's error (with its code). */
  insert(rows: readonly unknown[]): void {
    try {
      this.insertMany ??= this.prepare();
      this.insertMany(rows);
    } catch (e) {
      // A statement whose table went away must be prepared again once it is back.
      this.insertMany = undefined;
      throw e;
    }
  }

  /** A write that is rolled back: proves the table is there and the file writable. */
  probe(): void {
    this.db.exec('begin immediate');
    try {
      this.db.prepare('insert into audit_entries (chain_id, seq, time, type, hash, body) values (?, ?, ?, ?, ?, ?)').run('probe', -1, 0, 'probe', '0'.repeat(64), '{}');
    } finally {
      this.db.exec('rollback');
    }
  }

  close(): void {
    this.db.close();
  }

  private prepare(): (rows: readonly unknown[]) => void {
    const stmt = this.db.prepare(`insert into audit_entries (${SQLITE_COLUMNS.join(', ')}) values (${SQLITE_COLUMNS.map(() => '?').join(', ')})`);
    return this.db.transaction((rows: readonly unknown[]) => {
      for (let i = 0; i < rows.length; i += ROW_WIDTH) {
        stmt.run(rows[i], rows[i + 1], rows[i + 2], rows[i + 3], rows[i + 4], rows[i + 5], rows[i + 6], rows[i + 7], rows[i + 8], rows[i + 9], rows[i + 10], rows[i + 11], rows[i + 12]);
      }
    });
  }
}
