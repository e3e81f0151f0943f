// Builds audit entries from what the request path learned, and records them fail-closed.
import type { FastifyRequest } from 'fastify';
import type { AuditRequestEntry, RequestAuditor } from '../audit/port.ts';
import { BulwarkError } from '../errors/catalogue.ts';

export function auditEntry(req: FastifyRequest, kind: AuditRequestEntry['kind'], extra: Partial<AuditRequestEntry> = {}): AuditRequestEntry {
  const s = req.bulwark;
  return {
    kind,
    requestId: req.id,
    time: Date.now(),
    route: s.route ?? 'models',
    ...(s.knownModel && s.model !== undefined ? { model: s.model } : {}),
    ...(s.principal ? { principalId: s.principal.id, ...(s.principal.keyId ? { keyId: s.principal.keyId } : {}) } : {}),
    sourceIp: req.ip,
    stream: s.stream,
    decisions: s.decisions,
    ...(s.upstreamStatus !== undefined ? { upstreamStatus: s.upstreamStatus } : {}),
    ...(s.upstreamMs !== undefined ? { upstreamMs: s.upstreamMs } : {}),
    ...(s.usage ? { usage: s.usage } : {}),
    latencyMs: performance.now() - s.startedAt,
    ...extra,
  };
}

/** Records an entry; any failure becomes the 503 the caller sees (fail closed). */
export async function recordOrFail(auditor: RequestAuditor | undefined, entry: AuditRequestEntry | (() => AuditRequestEntry)): Promise<void> {
  if (!auditor) return;
  try {
    await auditor.record(typeof entry === 'function' ? entry() : entry);
  } catch {
    throw new BulwarkError('BULWARK_E_AUDIT_UNAVAILABLE');
  }
}
