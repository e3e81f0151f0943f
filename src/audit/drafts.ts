// Turns what happened into entry drafts: data-plane requests (guard decisions and findings without
// matched text, payloads per capture mode) and control-plane events (sensitive strings HMAC'd).
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { EntryDraft } from './chain.ts';
import { hmacValue } from './keys.ts';
import { type PayloadMode, type SubjectKeys, payloadHmac } from './payload.ts';
import type { AuditRequestEntry } from './port.ts';

const SEVERITY: Readonly<Record<string, number>> = { allow: 0, flag: 1, redact: 2, block: 3 };
const round3 = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 1000) / 1000 : undefined);
const count = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined);

// Members are written in canonical (sorted) order: canonicalize() then runs natively.
function decisionData(d: GuardRecord) {
  return {
    action: d.action,
    decided: d.decided,
    duration_ms: round3(d.durationMs),
    fault: d.fault,
    // Rule ids, scores, where: never the matched text, and not the free-text reason (it may quote it).
    findings: d.findings.map((f) => ({
      entity: f.entity,
      location: f.location,
      rule: f.rule,
      score: round3(f.score),
      span: f.span ? { end: f.span.end, start: f.span.start } : undefined,
    })),
    guard: d.guard,
    kind: d.kind,
    mode: d.mode,
    stage: d.stage,
  };
}

/** The most severe action any guard took, for the `decision` query column. */
export function worstDecision(ds: readonly GuardRecord[]): string | undefined {
  let worst: string | undefined;
  for (const d of ds) if (worst === undefined || (SEVERITY[d.action] ?? 0) > (SEVERITY[worst] ?? 0)) worst = d.action;
  return worst;
}

export interface PayloadContext {
  readonly mode: PayloadMode;
  readonly salt: Buffer;
  readonly subjects: SubjectKeys;
}

/** The authenticated data for a sealed payload: binds it to its request and field. */
export const payloadAad = (requestId: string, field: string) => `${requestId}\0${field}`;

export async function requestDraft(e: AuditRequestEntry, p: PayloadContext): Promise<EntryDraft> {
  let payload: Record<string, unknown> | undefined;
  const bodies: Array<[string, unknown]> = [];
  if (e.requestBody !== undefined) bodies.push(['request', e.requestBody]);
  if (e.responseBody !== undefined) bodies.push(['response', e.responseBody]);
  if (p.mode !== 'off' && bodies.length > 0) {
    payload = { mode: p.mode };
    for (const [field, body] of bodies) {
      payload[field] = p.mode === 'hmac' ? payloadHmac(p.salt, body) : await p.subjects.encrypt(e.principalId ?? 'anonymous', body, payloadAad(e.requestId, `${e.kind}.${field}`));
    }
  }
  const decision = worstDecision(e.decisions);
  const data = {
    decisions: e.decisions.map(decisionData),
    error_code: e.errorCode,
    key: e.keyId,
    latency_ms: round3(e.latencyMs),
    model: e.model,
    payload,
    principal: e.principalId,
    request_id: e.requestId,
    route: e.route,
    source_ip: e.sourceIp,
    status: count(e.status),
    stream: e.stream,
    upstream_ms: round3(e.upstreamMs),
    upstream_status: count(e.upstreamStatus),
    usage: e.usage ? { completion_tokens: count(e.usage.completionTokens), prompt_tokens: count(e.usage.promptTokens), total_tokens: count(e.usage.totalTokens) } : undefined,
  };
  return {
    time: e.time,
    type: e.kind,
    data,
    index: {
      requestId: e.requestId,
      principalId: e.principalId,
      keyId: e.keyId,
      model: e.model,
      route: e.route,
      decision,
      status: count(e.status),
    },
  };
}

/** Field names whose values are secrets or personal data: kept as HMACs, searchable with `audit hash`. */
const SENSITIVE = /(secret|password|passphrase|token|api_?key$|^key$|authorization|credential|email|phone|ssn|subject_id|^value$)/i;
const MAX_STRING = 2_000;
const MAX_DEPTH = 8;

/** A JSON-safe copy of a control-plane event with sensitive strings HMAC'd. */
export function sanitizeEvent(v: unknown, salt: Buffer, key = '', depth = 0): unknown {
  if (v === null || v === undefined) return v === null ? null : undefined;
  if (typeof v === 'string') {
    if (SENSITIVE.test(key)) return hmacValue(salt, v);
    return v.length > MAX_STRING ? `${v.slice(0, MAX_STRING)}…` : v;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v.toString();
  if (depth >= MAX_DEPTH || typeof v !== 'object') return undefined;
  if (v instanceof Date) return v.getTime();
  if (v instanceof Error) return { error: v.name };
  if (Array.isArray(v)) return v.slice(0, 1_000).map((x) => sanitizeEvent(x, salt, key, depth + 1) ?? null);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const s = sanitizeEvent((v as Record<string, unknown>)[k], salt, k, depth + 1);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

const str = (v: unknown, max: number) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined);

/** A control-plane event (admin action, auth failure, authz denial, policy reload) as a draft. */
export function eventDraft(event: { readonly type: string; readonly time?: number } & Readonly<Record<string, unknown>>, salt: Buffer): EntryDraft {
  const { type, time, ...rest } = event;
  const data = (sanitizeEvent(rest, salt) ?? {}) as Record<string, unknown>;
  const t = typeof time === 'number' && Number.isFinite(time) ? time : Date.now();
  return {
    time: t,
    type: type.slice(0, 64),
    data,
    index: {
      requestId: str(event.requestId, 128),
      principalId: str(event.actorId ?? event.principalId, 64),
      keyId: str(event.keyId, 64),
      route: str(event.route, 32),
      decision: str(event.decision ?? event.outcome, 16),
      status: count(event.status),
    },
  };
}
