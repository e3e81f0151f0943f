// Maps audit entries to OCSF 1.x events for SIEMs: API Activity (6003) for inferences,
// Detection Finding (2004) for guard findings, Authentication (3002), Account Change (3001),
// User Access Management (3005), Authorize Session (3003) for authorization denials.
// Class and activity ids follow the OCSF schema (schema.ocsf.io, v1.3).
import type { AuditEntryView } from './query.ts';

type Obj = Record<string, unknown>;
const OCSF_VERSION = '1.3.0';

function base(e: AuditEntryView, classUid: number, categoryUid: number, activityId: number, activityName: string, ok: boolean): Obj {
  return {
    class_uid: classUid,
    category_uid: categoryUid,
    activity_id: activityId,
    activity_name: activityName,
    type_uid: classUid * 100 + activityId,
    time: e.time,
    severity_id: ok ? 1 : 3,
    status_id: ok ? 1 : 2,
    status: ok ? 'Success' : 'Failure',
    metadata: { version: OCSF_VERSION, product: { name: 'Bulwark', vendor_name: 'Bulwark' }, uid: `${e.chain}:${e.seq}`, log_name: 'audit', original_time: String(e.time) },
    unmapped: { audit_type: e.type, chain: e.chain, seq: e.seq, hash: e.hash },
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function actor(d: Obj): Obj | undefined {
  const uid = str(d.principal) ?? str(d.actorId) ?? str(d.principalId);
  return uid ? { user: { uid }, ...(str(d.key) ?? str(d.keyId) ? { session: { uid: str(d.key) ?? str(d.keyId) } } : {}) } : undefined;
}

function inference(e: AuditEntryView): Obj[] {
  const d = e.data as Obj;
  const status = num(d.status);
  const ok = status === undefined || status < 400;
  const out: Obj[] = [
    {
      ...base(e, 6003, 6, 99, e.type === 'request' ? 'Inference requested' : 'Inference completed', ok),
      api: { operation: str(d.route), request: { uid: str(d.request_id) }, ...(status !== undefined ? { response: { code: status, error: str(d.error_code) } } : {}) },
      actor: actor(d),
      src_endpoint: { ip: str(d.source_ip) },
      resources: str(d.model) ? [{ name: str(d.model), type: 'ai_model' }] : [],
      duration: num(d.latency_ms),
    },
  ];
  // One Detection Finding per guard finding (only once, on the outcome entry, or on a blocked request).
  if (e.type === 'outcome') {
    for (const dec of (d.decisions as Obj[] | undefined) ?? []) {
      for (const f of (dec.findings as Obj[] | undefined) ?? []) {
        const blocked = dec.action === 'block';
        out.push({
          ...base(e, 2004, 2, 1, 'Create', true),
          severity_id: blocked ? 4 : 2,
          finding_info: { uid: `${e.chain}:${e.seq}:${String(dec.guard)}:${String(f.rule)}`, title: String(f.rule), analytic: { name: String(dec.guard), type_id: 1, type: 'Rule' }, types: [String(dec.stage)] },
          confidence_score: typeof f.score === 'number' ? Math.round(f.score * 100) : undefined,
          action_id: blocked ? 2 : 1,
          action: blocked ? 'Denied' : 'Allowed',
          disposition: String(dec.action),
          actor: actor(d),
          evidences: [{ api: { request: { uid: str(d.request_id) } } }],
        });
      }
    }
  }
  return out;
}

/** The OCSF events for one audit entry (a request outcome with findings yields several). */
export function toOcsf(e: AuditEntryView): Obj[] {
  const d = e.data as Obj;
  if (e.type === 'request' || e.type === 'outcome') return inference(e);
  // Admin actions carry their verb in `action` (`key.create`, `binding.delete`, ...).
  const t = e.type === 'admin.action' && typeof d.action === 'string' ? d.action : e.type;
  const failed = /fail|denied|reject/i.test(t) || d.allowed === false || d.outcome === 'failure' || d.outcome === 'denied';
  if (/^auth(n|entication)?\./.test(t)) return [{ ...base(e, 3002, 3, 1, 'Logon', !failed), actor: actor(d), src_endpoint: { ip: str(d.sourceIp) ?? str(d.source_ip) } }];
  if (/^authz\.|authoriz/.test(t)) return [{ ...base(e, 3003, 3, 1, 'Assign Privileges', !failed), actor: actor(d), unmapped: { ...(base(e, 0, 0, 0, '', true).unmapped as Obj), data: d } }];
  if (/(role|binding)/.test(t)) {
    const revoke = /(delete|remove|revoke|unbind)/.test(t);
    return [{ ...base(e, 3005, 3, revoke ? 2 : 1, revoke ? 'Revoke Privileges' : 'Assign Privileges', !failed), actor: actor(d), unmapped: { audit_type: t, chain: e.chain, seq: e.seq, hash: e.hash, data: d } }];
  }
  if (/(principal|key|account|user)/.test(t)) {
    const activity = /(create|add)/.test(t) ? [1, 'Create'] : /(disable|revoke|delete)/.test(t) ? [5, 'Disable'] : [99, 'Other'];
    return [{ ...base(e, 3001, 3, activity[0] as number, activity[1] as string, !failed), actor: actor(d), unmapped: { audit_type: t, chain: e.chain, seq: e.seq, hash: e.hash, data: d } }];
  }
  return [{ ...base(e, 6003, 6, t.startsWith('policy.') ? 3 : 99, t, !failed), actor: actor(d), unmapped: { audit_type: t, chain: e.chain, seq: e.seq, hash: e.hash, data: d } }];
}
