// Turns what happened into entry drafts: data-plane requests (guard decisions and findings without
// matched text, payloads per capture mode) and control-plane events (sensitive strings HMAC'd).
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { EntryDraft, EntryIndex } from './chain.ts';
import { hmacValue } from './keys.ts';
import { type PayloadMode, type SubjectKeys, payloadHmac } from './payload.ts';
import type { AuditRequestEntry } from './port.ts';

/** Guard actions from least to most severe; anything else ranks with allow. */
export const ACTIONS: readonly string[] = ['allow', 'flag', 'redact', 'block'];
const SEVERITY = new Map(ACTIONS.map((a, i) => [a, i]));
/** How severe an action is, for the `decision` column (a Map: no inherited names like "toString"). */
export const actionSeverity = (action: unknown): number => SEVERITY.get(action as string) ?? 0;
/** Three decimals; a number too large to scale by 1000 is already whole and stays as it is. */
const round3 = (n: number | undefined) => {
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  const r = Math.round(n * 1000) / 1000;
  return Number.isFinite(r) ? r : n;
};
const count = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined);

// Members are written in canonical (sorted) order.
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
  for (const d of ds) if (worst === undefined || actionSeverity(d.action) > actionSeverity(worst)) worst = d.action;
  return worst;
}

export interface PayloadContext {
  readonly mode: PayloadMode;
  readonly salt: Buffer;
  readonly subjects: SubjectKeys;
}

/** The authenticated data for a sealed payload: binds it to its request and field. */
export const payloadAad = (requestId: string, field: string) => `${requestId}\0${field}`;

/** The `data` of a request/outcome entry: members in canonical (sorted) order. */
export function requestData(e: AuditRequestEntry, payload?: Record<string, unknown>): Record<string, unknown> {
  return {
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
}

const optText = (v: unknown) => v === undefined || typeof v === 'string';
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * Whether requestData(e) is canonical as JSON.stringify writes it: its members are inserted in
 * sorted order and its numbers are rounded or counted, so only the typed strings, booleans and
 * span offsets need a look (a caller breaking its types falls back to canonicalize()).
 */
function plainRequest(e: AuditRequestEntry): boolean {
  if (typeof e.requestId !== 'string' || typeof e.route !== 'string' || typeof e.sourceIp !== 'string' || typeof e.stream !== 'boolean') return false;
  if (!optText(e.errorCode) || !optText(e.keyId) || !optText(e.model) || !optText(e.principalId)) return false;
  for (const d of e.decisions) {
    if (!optText(d.action) || !optText(d.decided) || !optText(d.fault) || !optText(d.guard) || !optText(d.kind) || !optText(d.mode) || !optText(d.stage)) return false;
    for (const f of d.findings) {
      if (!optText(f.entity) || !optText(f.location) || !optText(f.rule)) return false;
      if (f.span && (!finite(f.span.end) || !finite(f.span.start))) return false;
    }
  }
  return true;
}

function requestIndex(e: AuditRequestEntry): EntryDraft['index'] {
  return { requestId: e.requestId, principalId: e.principalId, keyId: e.keyId, model: e.model, route: e.route, decision: worstDecision(e.decisions), status: count(e.status) };
}

/**
 * A request/outcome entry as a draft. Synchronous unless payloads are captured (encryption may
 * need to fetch a subject key), so the common case adds no promise to the request path.
 */
export function requestDraft(e: AuditRequestEntry, p: PayloadContext): EntryDraft | Promise<EntryDraft> {
  const bodies: Array<[string, unknown]> = [];
  if (p.mode !== 'off') {
    if (e.requestBody !== undefined) bodies.push(['request', e.requestBody]);
    if (e.responseBody !== undefined) bodies.push(['response', e.responseBody]);
  }
  if (bodies.length === 0) return { time: e.time, type: e.kind, data: requestData(e), index: requestIndex(e), ...(plainRequest(e) ? { canonical: true as const } : {}) };
  return (async () => {
    const payload: Record<string, unknown> = { mode: p.mode };
    for (const [field, body] of bodies) {
      payload[field] = p.mode === 'hmac' ? payloadHmac(p.salt, body) : await p.subjects.encrypt(e.principalId ?? 'anonymous', body, payloadAad(e.requestId, `${e.kind}.${field}`));
    }
    return { time: e.time, type: e.kind, data: requestData(e, payload), index: requestIndex(e), ...(plainRequest(e) ? { canonical: true as const } : {}) };
  })();
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
    index: eventIndex(event),
  };
}

/**
 * The query columns of a control-plane event, from its fields. Verification derives them again
 * from the hashed entry with this same function, so what is written and what is checked agree.
 */
export function eventIndex(fields: Readonly<Record<string, unknown>>): EntryIndex {
  return {
    requestId: str(fields.requestId, 128),
    principalId: str(fields.actorId ?? fields.principalId, 64),
    keyId: str(fields.keyId, 64),
    route: str(fields.route, 32),
    decision: str(fields.decision ?? fields.outcome, 16),
    status: count(fields.status),
  };
}
