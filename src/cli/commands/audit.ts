// `bulwark audit verify|query|tail|export|hash|archive`: work with the audit log from outside the
// gateway, on the store (SQLite data dir or PostgreSQL URL) or on an exported JSONL file.
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { archiveChain } from '../../audit/archive.ts';
import { KEY_FILES, hmacValue, loadAuditKeys, loadHmacSalt } from '../../audit/keys.ts';
import { toOcsf } from '../../audit/ocsf.ts';
import { type AuditEntryView, type AuditQuery, exportLine, queryAll, queryAudit } from '../../audit/query.ts';
import { listChains, storeEntries } from '../../audit/source.ts';
import type { VerifyResult } from '../../audit/verify.ts';
import { verifyJsonl, verifyStore } from '../../audit/verify-sources.ts';
import { PolicyError, loadPolicyFile } from '../../config/load.ts';
import { type Store, openStore } from '../../store/store.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';

interface StoreOpts {
  config?: string;
  dataDir?: string;
  databaseUrl?: string;
}

interface FilterOpts {
  from?: string;
  to?: string;
  principal?: string;
  key?: string;
  model?: string;
  route?: string;
  decision?: string;
  requestId?: string;
  type?: string;
  chain?: string;
}

function dataDirOf(o: StoreOpts): string {
  if (o.dataDir) return resolve(o.dataDir);
  if (o.config) return resolve(loadPolicyFile(o.config).policy.server.data_dir);
  return resolve('./data');
}

async function withStore<T>(o: StoreOpts, fn: (store: Store, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = dataDirOf(o);
  if (!o.databaseUrl && !process.env.BULWARK_DATABASE_URL && !existsSync(join(dataDir, 'bulwark.db'))) throw new UsageError(`no store at ${dataDir} (use --data-dir or --database-url)`);
  const store = await openStore({ dataDir, ...(o.databaseUrl ? { url: o.databaseUrl } : {}) });
  try {
    return await fn(store, dataDir);
  } finally {
    await store.close();
  }
}

class UsageError extends Error {}

function time(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be an ISO time or milliseconds since the epoch`);
  return n;
}

function filters(o: FilterOpts): AuditQuery {
  const q: Record<string, unknown> = {
    from: time(o.from, 'from'), to: time(o.to, 'to'), principal: o.principal, key: o.key, model: o.model, route: o.route,
    decision: o.decision, requestId: o.requestId, type: o.type, chain: o.chain,
  };
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as AuditQuery;
}

function withStoreOptions(c: Command): Command {
  return c
    .option('-c, --config <file>', 'policy file (for server.data_dir)', process.env.BULWARK_CONFIG)
    .option('--data-dir <dir>', 'data directory of the embedded store and the audit keys')
    .option('--database-url <url>', 'postgres://… (default: BULWARK_DATABASE_URL, else the embedded SQLite store)');
}

function withFilters(c: Command): Command {
  return c
    .option('--from <time>', 'from this time (ISO or ms)')
    .option('--to <time>', 'before this time (ISO or ms)')
    .option('--principal <id>', 'principal id')
    .option('--key <id>', 'API key id')
    .option('--model <name>', 'model name')
    .option('--route <route>', 'chat | completions | embeddings | predict')
    .option('--decision <action>', 'allow | flag | redact | block (the most severe guard action)')
    .option('--request-id <id>', 'request id')
    .option('--type <type>', 'entry type (request, outcome, admin.action, auth.failed, ...)')
    .option('--chain <id>', 'chain (gateway replica) id');
}

function line(e: AuditEntryView): string {
  const d = e.data;
  const parts = [new Date(e.time).toISOString(), `${e.chain}:${e.seq}`, e.type];
  for (const k of ['request_id', 'principal', 'model', 'route', 'status', 'error_code', 'action', 'actorId']) if (d[k] !== undefined) parts.push(`${k}=${String(d[k])}`);
  return parts.join(' ');
}

function printVerify(r: VerifyResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  for (const c of r.chains) process.stdout.write(`chain ${c.chain}: entries ${c.firstSeq}..${c.lastSeq}, ${c.checkpointsVerified} signed checkpoints verified\n`);
  if (r.ok) process.stdout.write(`OK: ${r.entries} entries verified\n`);
  else {
    const b = r.firstBreak!;
    process.stdout.write(`BROKEN: ${b.kind} at ${b.chain}:${b.seq}: ${b.detail}\n`);
  }
}

export function registerAuditCommand(program: Command, setExit: (code: number) => void): void {
  const audit = program.command('audit').description('Verify, search and export the tamper-evident audit log').addHelpText('after', EXIT_CODES_HELP);
  const run = (fn: () => Promise<number>) => async () => {
    try {
      setExit(await fn());
    } catch (e) {
      process.stderr.write(`bulwark audit: ${(e as Error).message}\n`);
      setExit(e instanceof UsageError || e instanceof PolicyError ? EXIT.INVALID : EXIT.FAILURE);
    }
  };

  withStoreOptions(audit.command('verify'))
    .description('Verify every chain, entry and signed checkpoint; exit 1 and name the first break if anything was changed')
    .option('--file <jsonl>', 'verify an exported JSONL file (or a file sink) instead of the store')
    .option('--public-key <pem>', 'trusted checkpoint key (default <data-dir>/audit-signing.pub)')
    .option('--checkpoints <file>', 'second checkpoint sink (default <data-dir>/audit-checkpoints.jsonl)')
    .option('--archives <dir>', 'also verify archived segments (default <data-dir>/audit-archive when present)')
    .option('--json', 'print the result as JSON')
    .action(function (this: Command) {
      const o = this.opts<StoreOpts & { file?: string; publicKey?: string; checkpoints?: string; archives?: string; json?: boolean }>();
      return run(async () => {
        const dataDir = dataDirOf(o);
        const pemFile = o.publicKey ?? join(dataDir, KEY_FILES.publicKey);
        if (!existsSync(pemFile)) throw new UsageError(`no public key at ${pemFile} (use --public-key)`);
        const trustedKeys = [readFileSync(pemFile, 'utf8')];
        const cpFile = o.checkpoints ?? join(dataDir, 'audit-checkpoints.jsonl');
        const archives = o.archives ?? (existsSync(join(dataDir, 'audit-archive')) ? join(dataDir, 'audit-archive') : undefined);
        const onProgress = o.json ? undefined : (n: number) => process.stderr.write(`  … ${n.toLocaleString('en')} entries verified\n`);
        const common = { trustedKeys, ...(existsSync(cpFile) ? { checkpointFile: cpFile } : {}), ...(onProgress ? { onProgress } : {}) };
        const r = o.file ? await verifyJsonl(o.file, common) : await withStore(o, (s) => verifyStore(s, { ...common, ...(archives ? { archiveDir: archives } : {}) }));
        printVerify(r, o.json === true);
        return r.ok ? EXIT.OK : EXIT.FAILURE;
      })();
    });

  withFilters(withStoreOptions(audit.command('query')))
    .description('Search the log (newest filters first; pages of --limit)')
    .option('--limit <n>', 'entries per page (max 1000)', '50')
    .option('--cursor <c>', 'continue after a previous page')
    .option('--json', 'one JSON object per entry')
    .action(function (this: Command) {
      const o = this.opts<StoreOpts & FilterOpts & { limit: string; cursor?: string; json?: boolean }>();
      return run(async () => {
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be 1..1000');
        const page = await withStore(o, (s) => queryAudit(s, { ...filters(o), limit, ...(o.cursor ? { cursor: o.cursor } : {}) }));
        for (const e of page.entries) process.stdout.write(o.json ? `${JSON.stringify({ chain: e.chain, seq: e.seq, time: e.time, type: e.type, hash: e.hash, data: e.data })}\n` : `${line(e)}\n`);
        if (page.next) process.stderr.write(`more: --cursor ${page.next}\n`);
        return EXIT.OK;
      })();
    });

  withFilters(withStoreOptions(audit.command('export')))
    .description('Export as JSONL (verifiable with `audit verify --file` when unfiltered) or OCSF events')
    .option('--format <f>', 'jsonl | ocsf', 'jsonl')
    .option('-o, --out <file>', 'write here instead of stdout')
    .action(function (this: Command) {
      const o = this.opts<StoreOpts & FilterOpts & { format: string; out?: string }>();
      return run(async () => {
        if (o.format !== 'jsonl' && o.format !== 'ocsf') throw new UsageError('--format must be jsonl or ocsf');
        const q = filters(o);
        const out = o.out ? createWriteStream(o.out, { mode: 0o600 }) : process.stdout;
        const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
        await withStore(o, async (s) => {
          // Unfiltered: whole chains in sequence order, so the file verifies on its own.
          const source = Object.keys(q).length === 0 ? allChains(s) : queryAll(s, q);
          for await (const e of source) {
            if (o.format === 'jsonl') await write(exportLine(e));
            else for (const ev of toOcsf(e)) await write(`${JSON.stringify(ev)}\n`);
          }
        });
        if (o.out) await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(r));
        return EXIT.OK;
      })();
    });

  withFilters(withStoreOptions(audit.command('tail')))
    .description('Print new entries as they are committed (Ctrl-C to stop)')
    .option('--interval <ms>', 'poll interval', '1000')
    .option('--json', 'one JSON object per entry')
    .action(function (this: Command) {
      const o = this.opts<StoreOpts & FilterOpts & { interval: string; json?: boolean }>();
      return run(async () => {
        const every = Number(o.interval);
        if (!Number.isInteger(every) || every < 50) throw new UsageError('--interval must be at least 50 ms');
        await withStore(o, async (s) => {
          let stop = false;
          process.once('SIGINT', () => (stop = true));
          // Follow each chain from its current end, so nothing committed later is missed.
          const from = new Map<string, number>();
          for (const c of await listChains(s)) {
            const last = await s.db.selectFrom('audit_entries').select('seq').where('chain_id', '=', c).orderBy('seq', 'desc').limit(1).executeTakeFirst();
            from.set(c, Number(last?.seq ?? 0));
          }
          process.stderr.write(`following ${from.size} chain(s); Ctrl-C to stop\n`);
          const q = filters(o);
          while (!stop) {
            for (const c of await listChains(s)) {
              if (q.chain && q.chain !== c) continue;
              for await (const r of storeEntries(s, c, from.get(c) ?? 0)) {
                from.set(c, r.seq);
                const data = (JSON.parse(r.body) as { data: Record<string, unknown> }).data;
                const e: AuditEntryView = { chain: r.chain, seq: r.seq, time: r.time, type: r.type, hash: r.hash, body: r.body, data };
                if (!matches(e, q)) continue;
                process.stdout.write(o.json ? `${JSON.stringify({ chain: e.chain, seq: e.seq, time: e.time, type: e.type, hash: e.hash, data })}\n` : `${line(e)}\n`);
              }
            }
            await new Promise((r) => setTimeout(r, every));
          }
        });
        return EXIT.OK;
      })();
    });

  audit
    .command('hash')
    .argument('<value>', 'a known value (an address, an email, a secret) to look for')
    .description('Print the HMAC this installation records in place of a sensitive value, to search for it')
    .option('-c, --config <file>', 'policy file (for server.data_dir)', process.env.BULWARK_CONFIG)
    .option('--data-dir <dir>', 'data directory holding audit-hmac.salt')
    .action(function (this: Command, value: string) {
      const o = this.opts<StoreOpts>();
      return run(async () => {
        process.stdout.write(`${hmacValue(loadHmacSalt(dataDirOf(o)), value)}\n`);
        return EXIT.OK;
      })();
    });

  withStoreOptions(audit.command('archive'))
    .description('Archive entries older than the retention period to signed, compressed JSONL, then delete them from the store')
    .option('--days <n>', 'retention in days', '180')
    .option('--out <dir>', 'archive directory (default <data-dir>/audit-archive)')
    .action(function (this: Command) {
      const o = this.opts<StoreOpts & { days: string; out?: string }>();
      return run(async () => {
        const days = Number(o.days);
        if (!Number.isInteger(days) || days < 1) throw new UsageError('--days must be a positive integer');
        const dataDir = dataDirOf(o);
        if (!existsSync(join(dataDir, KEY_FILES.signing))) throw new UsageError(`no audit signing key in ${dataDir}`);
        const keys = loadAuditKeys(dataDir);
        await withStore(o, async (s) => {
          for (const chain of await listChains(s)) {
            const m = await archiveChain(s, keys, chain, Date.now() - days * 86_400_000, o.out ?? join(dataDir, 'audit-archive'));
            process.stdout.write(m ? `${chain}: archived ${m.first_seq}..${m.last_seq} (${m.entries} entries)\n` : `${chain}: nothing older than ${days} days\n`);
          }
        });
        return EXIT.OK;
      })();
    });
}

async function* allChains(s: Store): AsyncGenerator<AuditEntryView> {
  for (const c of await listChains(s)) {
    for await (const r of storeEntries(s, c)) yield { chain: r.chain, seq: r.seq, time: r.time, type: r.type, hash: r.hash, body: r.body, data: (JSON.parse(r.body) as { data: Record<string, unknown> }).data };
  }
}

function matches(e: AuditEntryView, q: AuditQuery): boolean {
  const d = e.data;
  if (q.type && e.type !== q.type) return false;
  if (q.principal && d.principal !== q.principal && d.actorId !== q.principal && d.principalId !== q.principal) return false;
  if (q.model && d.model !== q.model) return false;
  if (q.route && d.route !== q.route) return false;
  if (q.requestId && d.request_id !== q.requestId && d.requestId !== q.requestId) return false;
  if (q.key && d.key !== q.key && d.keyId !== q.key) return false;
  return true;
}
