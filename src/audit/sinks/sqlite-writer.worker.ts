// The SQLite audit writer's thread: inserts each batch in one transaction and commits it (an fsync
// with `synchronous=FULL`) off the event loop, so the gateway keeps serving while a batch becomes
// durable and the next one is sealed. Batches are handled one at a time, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import { AuditSqliteConnection } from './sqlite-audit-connection.ts';
import type { WriterReply, WriterRequest, WriterSetup } from './sqlite-writer-protocol.ts';

// This thread may block while another writer holds the database: the event loop is elsewhere.
const conn = new AuditSqliteConnection((workerData as { input: WriterSetup }).input);

function handle(req: WriterRequest): void {
  switch (req.op) {
    case 'write':
      return conn.insert(req.rows);
    case 'probe':
      return conn.probe();
    case 'close':
      return conn.close();
  }
}

parentPort!.on('message', (req: WriterRequest) => {
  let reply: WriterReply;
  try {
    handle(req);
    reply = { id: req.id, ok: true };
  } catch (e) {
    const err = e as Error & { code?: string };
    reply = { id: req.id, ok: false, error: { name: err.name, message: err.message, ...(err.code ? { code: err.code } : {}) } };
  }
  parentPort!.postMessage(reply);
  if (req.op === 'close') parentPort!.close();
});
