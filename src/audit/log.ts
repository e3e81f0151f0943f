// The audit log of one gateway replica: its chain, sinks, group-commit writer, signed checkpoints
// and payload keys. It is the RequestAuditor the request path awaits, and it records the
// control-plane events it hears on the bus.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { type AuditConfig, AuditSchema } from '../config/audit-schema.ts';
import type { EventBus } from '../events/bus.ts';
import type { Store } from '../store/store.ts';
import { CHAIN_ID, ChainHead, type SealedEntry, genesisHash } from './chain.ts';
import { type Checkpoint, appendCheckpointFile, saveCheckpoint, signCheckpoint } from './checkpoint.ts';
import { type ArchiveManifest, archiveChain } from './archive.ts';
import { eventDraft, requestDraft } from './drafts.ts';
import { type AuditKeys, hmacValue, loadAuditKeys } from './keys.ts';
import { SubjectKeys } from './payload.ts';
import type { AuditRequestEntry, RequestAuditor } from './port.ts';
import { FileSink, StdoutSink } from './sinks/file-sink.ts';
import type { AuditSink } from './sinks/sink.ts';
import { StoreSink } from './sinks/store-sink.ts';
import { GroupCommitWriter } from './writer.ts';

export interface AuditLogOptions {
  readonly store: Store;
  readonly dataDir: string;
  readonly config?: AuditConfig;
  readonly logger?: Logger;
  /** Extra sinks (tests, embedders); they join the configured ones. */
  readonly extraSinks?: readonly AuditSink[];
}

/** This replica's chain id: configured, or generated once and kept in the data dir. */
export function resolveChainId(dataDir: string, configured?: string): string {
  if (configured) return configured;
  // Replicas that share a data dir (or an image) must each be told their own id.
  const fromEnv = process.env.BULWARK_AUDIT_CHAIN_ID;
  if (fromEnv) {
    if (!CHAIN_ID.test(fromEnv)) throw new Error('BULWARK_AUDIT_CHAIN_ID must be 1-64 letters, digits, . _ -');
    return fromEnv;
  }
  const file = join(dataDir, 'audit-chain.id');
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim();
    if (!CHAIN_ID.test(id)) throw new Error(`${file} does not hold a valid chain id`);
    return id;
  }
  const host = hostname().replace(/[^A-Za-z0-9._-]/g, '').slice(0, 32) || 'gw';
  const id = `${/^[A-Za-z0-9]/.test(host) ? host : `gw${host}`}-${randomBytes(6).toString('hex')}`;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${id}\n`, { mode: 0o600 });
  return id;
}

/** Where the chain stands in the store: its last entry, else the end of its last archive, else genesis. */
export async function loadHead(store: Store, chain: string): Promise<ChainHead> {
  const last = await store.db.selectFrom('audit_entries').select(['seq', 'hash']).where('chain_id', '=', chain).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (last) return new ChainHead(chain, Number(last.seq), last.hash);
  const arch = await store.db.selectFrom('audit_archives').select(['last_seq', 'last_hash']).where('chain_id', '=', chain).orderBy('last_seq', 'desc').limit(1).executeTakeFirst();
  if (arch) return new ChainHead(chain, Number(arch.last_seq), arch.last_hash);
  return new ChainHead(chain, 0, genesisHash(chain));
}

export class AuditLog implements RequestAuditor {
  readonly mode: 'strict' | 'request';
  private lastCheckpointSeq: number;
  private lastCheckpointAt = Date.now();
  private checkpointing: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;
  archiveDir = '';
  private closing = false;
  private unsubscribe: (() => void) | undefined;

  private constructor(
    readonly store: Store,
    readonly chainId: string,
    readonly config: AuditConfig,
    readonly keys: AuditKeys,
    readonly subjects: SubjectKeys,
    readonly checkpointFile: string,
    private readonly sinks: readonly AuditSink[],
    readonly writer: GroupCommitWriter,
    private readonly logger: Logger | undefined,
  ) {
    this.mode = config.mode;
    this.lastCheckpointSeq = writer.head.seq;
  }

  static async open(opts: AuditLogOptions): Promise<AuditLog> {
    const config = opts.config ?? AuditSchema.parse({});
    const dataDir = resolve(opts.dataDir);
    const chainId = resolveChainId(dataDir, config.chain_id);
    const keys = loadAuditKeys(dataDir, config.checkpoint.signing_key_file);
    const sinks: AuditSink[] = [new StoreSink(opts.store, config.sinks.store.required, config.durability)];
    try {
      if (config.sinks.file) sinks.push(await FileSink.open(resolve(dataDir, config.sinks.file.path), config.sinks.file.required));
      if (config.sinks.stdout) sinks.push(new StdoutSink(config.sinks.stdout.required));
      sinks.push(...(opts.extraSinks ?? []));
      // Every sink must prove it can write before the gateway takes traffic.
      for (const s of sinks) {
        try {
          await s.probe();
        } catch (e) {
          throw new Error(`audit sink ${s.id} failed its probe: ${(e as Error).message}`);
        }
      }
    } catch (e) {
      for (const s of sinks) await s.close().catch(() => {});
      throw e;
    }
    const head = await loadHead(opts.store, chainId);
    let log: AuditLog | undefined;
    const writer = new GroupCommitWriter(head, sinks, {
      maxEntries: config.group_commit.max_entries,
      maxWaitUs: config.group_commit.max_wait_us,
      onCommit: (last) => log?.afterCommit(last),
      onSinkError: (sink, err) => opts.logger?.error({ sink, err: { type: (err as Error)?.name, code: (err as { code?: string })?.code } }, 'audit sink write failed'),
    });
    const subjects = new SubjectKeys(opts.store, keys.masterKey, keys.hmacSalt);
    const checkpointFile = resolve(dataDir, config.checkpoint.file ?? 'audit-checkpoints.jsonl');
    log = new AuditLog(opts.store, chainId, config, keys, subjects, checkpointFile, sinks, writer, opts.logger);
    log.timer = setInterval(() => void log!.checkpoint().catch(() => {}), config.checkpoint.every_seconds * 1000);
    log.timer.unref();
    log.archiveDir = resolve(dataDir, config.archive_dir ?? 'audit-archive');
    // Retention runs hourly (and soon after start); a failure is logged, never fatal.
    const retain = () => void log!.applyRetention().catch((e) => opts.logger?.error({ err: { type: (e as Error)?.name, message: (e as Error)?.message } }, 'audit retention failed'));
    log.retentionTimer = setInterval(retain, 3_600_000);
    log.retentionTimer.unref();
    setTimeout(retain, 60_000).unref();
    await log.recordEvent('audit.started', { chain: chainId, sinks: sinks.map((s) => ({ id: s.id, required: s.required })), mode: config.mode, payloads: config.payloads });
    return log;
  }

  /** The request path: resolves once every required sink holds the entry. */
  record(entry: AuditRequestEntry): Promise<void> {
    let draft: ReturnType<typeof requestDraft>;
    try {
      draft = requestDraft(entry, { mode: this.config.payloads, salt: this.keys.hmacSalt, subjects: this.subjects });
    } catch (e) {
      return Promise.reject(e as Error);
    }
    return draft instanceof Promise ? draft.then((d) => this.writer.append(d)) : this.writer.append(draft);
  }

  /** A control-plane event: admin and IAM changes, auth failures, authz denials, policy reloads. */
  recordEvent(type: string, data: Readonly<Record<string, unknown>> = {}, time = Date.now()): Promise<void> {
    return this.writer.append(eventDraft({ ...data, type, time }, this.keys.hmacSalt));
  }

  /** Records every non-request event from the bus (requests come through record()). */
  subscribe(bus: EventBus): () => void {
    this.unsubscribe?.();
    const off = bus.subscribe((e) => {
      if (e.type === 'request') return;
      // Allowed data-plane decisions are already in the request's entry; denials and admin ones are not.
      if (e.type === 'authz.decision' && e.surface === 'data' && e.allowed) return;
      this.recordEvent(e.type, e as unknown as Record<string, unknown>, e.time).catch(() => this.logger?.error({ event: e.type }, 'audit could not record a control-plane event'));
    });
    this.unsubscribe = off;
    return off;
  }

  /** The HMAC an investigator searches for, for a known value. */
  hash(value: string): string {
    return hmacValue(this.keys.hmacSalt, value);
  }

  /** Crypto-shreds a data subject's payloads and records that it happened. */
  async eraseSubject(subjectId: string, actor?: string): Promise<boolean> {
    // Recorded first: an erasure nobody could audit does not happen.
    await this.recordEvent('audit.subject_erased', { subject: this.subjects.subjectRef(subjectId), ...(actor ? { actorId: actor } : {}) });
    return this.subjects.erase(subjectId);
  }

  private afterCommit(last: SealedEntry): void {
    const due = last.seq - this.lastCheckpointSeq >= this.config.checkpoint.every_entries;
    if (due) void this.checkpoint().catch(() => {});
  }

  /** Signs the current head and writes it to the store and the checkpoint file. */
  checkpoint(): Promise<Checkpoint | undefined> {
    const next = this.checkpointing.then(async () => {
      const head = this.writer.head;
      if (head.seq === 0 || head.seq === this.lastCheckpointSeq) return undefined;
      const c = signCheckpoint({ chain: this.chainId, seq: head.seq, head: head.hash, time: Date.now() }, this.keys.signingKey, this.keys.publicKeyPem);
      this.lastCheckpointSeq = c.seq;
      this.lastCheckpointAt = c.time;
      try {
        await saveCheckpoint(this.store, c);
      } catch (e) {
        this.logger?.error({ err: { type: (e as Error)?.name } }, 'audit checkpoint could not be stored');
      }
      try {
        appendCheckpointFile(this.checkpointFile, c);
      } catch (e) {
        this.logger?.error({ err: { type: (e as Error)?.name } }, 'audit checkpoint file could not be written');
      }
      return c;
    });
    this.checkpointing = next.catch(() => {});
    return next;
  }

  /** Archives (signed, compressed) and deletes this chain's entries older than the retention period. */
  async applyRetention(now = Date.now()): Promise<ArchiveManifest | undefined> {
    if (this.closing) return undefined;
    await this.checkpoint();
    const m = await archiveChain(this.store, this.keys, this.chainId, now - this.config.retention_days * 86_400_000, this.archiveDir, now);
    if (m) await this.recordEvent('audit.archived', { chain: m.chain, first_seq: m.first_seq, last_seq: m.last_seq, entries: m.entries, sha256: m.sha256 });
    return m;
  }

  get lastCheckpoint(): { seq: number; at: number } {
    return { seq: this.lastCheckpointSeq, at: this.lastCheckpointAt };
  }

  /** Flushes queued entries, signs a final checkpoint, closes the sinks. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    this.unsubscribe?.();
    await this.recordEvent('audit.stopped', { chain: this.chainId }).catch(() => {});
    await this.writer.close();
    await this.checkpoint().catch(() => {});
    await this.checkpointing;
    for (const s of this.sinks) await s.close().catch(() => {});
  }
}
