// Access to the machine's PostgreSQL and Redis for tests of the multi-replica paths. Under CI=true
// a missing service fails the test; elsewhere the test is skipped with a clear message.
import net from 'node:net';

export const PG_URL = process.env.BULWARK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function reachable(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/** True when the service is there; throws under CI when it is not; false (skip) otherwise. */
export async function requireService(name: 'postgres' | 'redis'): Promise<boolean> {
  const [host, port] = name === 'postgres' ? ['127.0.0.1', 5432] : ['127.0.0.1', 6379];
  if (await reachable(host, port)) return true;
  const msg = `${name} is not reachable on ${host}:${port}`;
  if (process.env.CI === 'true') throw new Error(`${msg}; CI requires it (see machines/node-svc.md for the start command)`);
  console.warn(`SKIPPED: ${msg}; start it to run these tests`);
  return false;
}

export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
}

/** Drops a test's PostgreSQL schema (and everything in it). */
export async function dropTestSchema(schema: string | undefined): Promise<void> {
  if (!schema) return;
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await c.end();
  }
}
