// Worker threads of the audit log (the SQLite writer, range verification). From the bundle
// (`npm start`, dist/bin/) each worker is a file of its own next to the chunk that starts it; from
// source (tests, `bin/bulwark.mjs`, benchmarks) a worker registers the TypeScript loader first,
// since a worker thread does not inherit the loader its parent registered.
import { Worker } from 'node:worker_threads';

/** Worker module per name: its source file (relative to this file) and its bundle entry (scripts/build.mjs). */
export const AUDIT_WORKERS = {
  'sqlite-writer': { source: './sinks/sqlite-writer.worker.ts', bundled: './audit-sqlite-writer.mjs' },
} as const;

export type AuditWorkerName = keyof typeof AUDIT_WORKERS;

/** Runs in the new thread when the parent runs from source: the loader, then the worker module. */
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.module); }).catch((e) => { setImmediate(() => { throw e; }); });`;

const fromSource = import.meta.url.endsWith('.ts');

/** Starts a worker; it reads its own input from `workerData.input`. */
export function startAuditWorker(name: AuditWorkerName, input: unknown): Worker {
  const w = AUDIT_WORKERS[name];
  if (!fromSource) return new Worker(new URL(w.bundled, import.meta.url), { workerData: { input } });
  return new Worker(BOOT, { eval: true, workerData: { input, loader: import.meta.resolve('tsx/esm/api'), module: new URL(w.source, import.meta.url).href } });
}
