// The event fields a detection rule may test: a fixed catalogue (name, type, the event types that
// carry it, how to read it). Rules never see request payloads, only these flat fields.
import type { BulwarkEvent, RequestEvent } from '../../events/bus.ts';

export const RULE_EVENT_TYPES = ['request', 'auth.failed', 'authz.decision', 'admin.action', 'policy.reloaded', 'policy.reload_failed'] as const;
export type RuleEventType = (typeof RULE_EVENT_TYPES)[number];
export type FieldType = 'string' | 'number' | 'boolean' | 'list';
export type FieldValue = string | number | boolean | readonly string[] | undefined;

export interface FieldSpec {
  readonly type: FieldType;
  readonly events: readonly RuleEventType[];
  readonly get: (e: BulwarkEvent) => FieldValue;
}

type Props = Record<string, unknown>;
const prop = (name: string) => (e: BulwarkEvent) => (e as unknown as Props)[name] as FieldValue;
const req = (e: BulwarkEvent) => (e.type === 'request' ? e : undefined);

function kinds(e: RequestEvent | undefined, pick: (action: string) => boolean): readonly string[] | undefined {
  if (!e) return undefined;
  const out: string[] = [];
  for (const d of e.decisions) if (pick(d.action) && !out.includes(d.kind)) out.push(d.kind);
  return out;
}

const ALL = RULE_EVENT_TYPES;
const REQ = ['request'] as const;

export const RULE_FIELDS: Readonly<Record<string, FieldSpec>> = {
  type: { type: 'string', events: ALL, get: (e) => e.type },
  request_id: { type: 'string', events: ['request', 'auth.failed', 'authz.decision', 'admin.action'], get: prop('requestId') },
  principal_id: { type: 'string', events: ['request', 'authz.decision'], get: prop('principalId') },
  key_id: { type: 'string', events: ['request', 'authz.decision'], get: prop('keyId') },
  source_ip: { type: 'string', events: ['request', 'auth.failed'], get: prop('sourceIp') },
  surface: { type: 'string', events: ['auth.failed', 'authz.decision'], get: prop('surface') },
  reason: { type: 'string', events: ['auth.failed', 'authz.decision'], get: prop('reason') },
  route: { type: 'string', events: ['request', 'authz.decision'], get: prop('route') },
  model: { type: 'string', events: REQ, get: prop('model') },
  status: { type: 'number', events: REQ, get: prop('status') },
  error_code: { type: 'string', events: REQ, get: prop('errorCode') },
  stream: { type: 'boolean', events: REQ, get: prop('stream') },
  latency_ms: { type: 'number', events: REQ, get: prop('latencyMs') },
  upstream_ms: { type: 'number', events: REQ, get: prop('upstreamMs') },
  upstream_status: { type: 'number', events: REQ, get: prop('upstreamStatus') },
  prompt_tokens: { type: 'number', events: REQ, get: (e) => req(e)?.usage?.promptTokens },
  completion_tokens: { type: 'number', events: REQ, get: (e) => req(e)?.usage?.completionTokens },
  total_tokens: { type: 'number', events: REQ, get: (e) => req(e)?.usage?.totalTokens },
  blocked_by: { type: 'list', events: REQ, get: (e) => kinds(req(e), (a) => a === 'block') },
  flagged_by: { type: 'list', events: REQ, get: (e) => kinds(req(e), (a) => a === 'flag' || a === 'redact') },
  finding_rules: {
    type: 'list',
    events: REQ,
    get: (e) => req(e)?.decisions.flatMap((d) => d.findings.map((f) => `${d.kind}:${f.rule}`)),
  },
  key_prefix: { type: 'string', events: ['auth.failed'], get: prop('keyPrefix') },
  recent_from_source: { type: 'number', events: ['auth.failed'], get: prop('recentFromSource') },
  permission: { type: 'string', events: ['authz.decision'], get: prop('permission') },
  resource: { type: 'string', events: ['authz.decision'], get: prop('resource') },
  allowed: { type: 'boolean', events: ['authz.decision'], get: prop('allowed') },
  actor_id: { type: 'string', events: ['admin.action'], get: prop('actorId') },
  action: { type: 'string', events: ['admin.action'], get: prop('action') },
  target_id: { type: 'string', events: ['admin.action'], get: prop('targetId') },
  policy_source: { type: 'string', events: ['policy.reloaded', 'policy.reload_failed'], get: prop('source') },
};

export function isRuleEventType(t: string): t is RuleEventType {
  return (RULE_EVENT_TYPES as readonly string[]).includes(t);
}
