// Admin API for the audit log under /admin/v1/audit: query, export (JSONL / OCSF), hash a known
// value, verify the chains, sign a checkpoint now, erase a data subject (crypto-shredding).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditLog } from '../../audit/log.ts';
import { type AuditQuery, MAX_PAGE, exportLine, queryAll, queryAudit } from '../../audit/query.ts';
import { toOcsf } from '../../audit/ocsf.ts';
import { verifyStore } from '../../audit/verify-sources.ts';
import { AuditUnavailable } from '../../audit/writer.ts';
import { BulwarkError } from '../../errors/catalogue.ts';

const TEXT = /^[\x21-\x7e]{1,256}$/;

function invalid(param: string): BulwarkError {
  return new BulwarkError('BULWARK_E_INVALID_REQUEST', `Invalid request: bad ${param}.`, { param });
}

/** Parses the query string strictly: unknown parameters and malformed values are refused. */
export function parseAuditQuery(q: Record<string, unknown>): AuditQuery {
  const out: Record<string, string | number> = {};
  const map: Record<string, keyof AuditQuery> = {
    from: 'from', to: 'to', principal: 'principal', key: 'key', model: 'model', route: 'route', decision: 'decision',
    request_id: 'requestId', type: 'type', chain: 'chain', limit: 'limit', cursor: 'cursor', format: 'type',
  };
  for (const [k, v] of Object.entries(q)) {
    if (k === 'format') continue;
    const field = map[k];
    if (!field) throw invalid(k);
    if (typeof v !== 'string' || !TEXT.test(v)) throw invalid(k);
    if (field === 'from' || field === 'to' || field === 'limit') {
      const n = /^\d{1,16}$/.test(v) ? Number(v) : Number.NaN;
      if (!Number.isSafeInteger(n) || (field === 'limit' && (n < 1 || n > MAX_PAGE))) throw invalid(k);
      out[field] = n;
    } else out[field] = v;
  }
  return out as AuditQuery;
}

function bodyString(req: FastifyRequest, field: string, max = 4096): string {
  const b = req.body as Record<string, unknown> | undefined;
  const v = b && typeof b === 'object' ? b[field] : undefined;
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw invalid(field);
  return v;
}

const actorOf = (req: FastifyRequest) => req.bulwark?.principal?.id;

/** Admin reads of the log are recorded first; if that cannot happen, the read does not either. */
async function recordFirst(audit: AuditLog, type: string, data: Record<string, unknown>): Promise<void> {
  try {
    await audit.recordEvent(type, data);
  } catch {
    throw new BulwarkError('BULWARK_E_AUDIT_UNAVAILABLE');
  }
}

export function registerAuditRoutes(app: FastifyInstance, audit: AuditLog): void {
  const read = { config: { permission: 'audit:read' } };
  const verify = { config: { permission: 'audit:verify' } };

  app.get('/admin/v1/audit/entries', read, async (req) => {
    const q = parseAuditQuery(req.query as Record<string, unknown>);
    try {
      const page = await queryAudit(audit.store, q);
      return { object: 'list', data: page.entries.map(({ body: _b, ...e }) => e), ...(page.next ? { next_cursor: page.next } : {}) };
    } catch (e) {
      if (e instanceof RangeError) throw invalid('cursor');
      throw e;
    }
  });

  app.get('/admin/v1/audit/export', read, async (req, reply) => {
    const raw = req.query as Record<string, unknown>;
    const format = raw.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'ocsf') throw invalid('format');
    const { cursor: _c, limit: _l, ...q } = parseAuditQuery(raw);
    await recordFirst(audit, 'audit.exported', { actorId: actorOf(req), format, filters: q, requestId: req.id });
    async function* lines() {
      for await (const e of queryAll(audit.store, q)) {
        if (format === 'jsonl') yield exportLine(e);
        else for (const o of toOcsf(e)) yield `${JSON.stringify(o)}\n`;
      }
    }
    const { Readable } = await import('node:stream');
    return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(lines()));
  });

  app.post('/admin/v1/audit/hash', read, async (req) => {
    const hmac = audit.hash(bodyString(req, 'value'));
    // Searches are audited too (who looked for what, as the HMAC, never the value).
    await recordFirst(audit, 'audit.hash_requested', { actorId: actorOf(req), hmac, requestId: req.id });
    return { hmac };
  });

  app.get('/admin/v1/audit/public-key', read, async (_req, reply) => {
    return reply.type('application/x-pem-file').send(audit.keys.publicKeyPem);
  });

  app.post('/admin/v1/audit/verify', verify, async () => {
    const r = await verifyStore(audit.store, { trustedKeys: [audit.keys.publicKeyPem], checkpointFile: audit.checkpointFile });
    return { ok: r.ok, entries: r.entries, chains: r.chains, ...(r.firstBreak ? { first_break: r.firstBreak } : {}) };
  });

  app.post('/admin/v1/audit/checkpoint', verify, async () => {
    const c = await audit.checkpoint();
    return c ? { chain: c.chain, seq: c.seq, head: c.head, time: c.time, signature: c.signature } : { chain: audit.chainId, seq: audit.lastCheckpoint.seq, unchanged: true };
  });

  // Erasing a person's payloads (GDPR art. 17) is a change to who-can-read-what: principal:manage.
  app.post('/admin/v1/audit/subjects/erase', { config: { permission: 'principal:manage' } }, async (req) => {
    const subject = bodyString(req, 'subject', 256);
    try {
      return { erased: await audit.eraseSubject(subject, actorOf(req)) };
    } catch (e) {
      if (e instanceof AuditUnavailable) throw new BulwarkError('BULWARK_E_AUDIT_UNAVAILABLE');
      throw e;
    }
  });
}
