// OCSF Detection Finding (class_uid 2004, category 2 Findings, schema 1.3) for alerts, and a sink
// writing them as JSON lines to a file or stdout for a SIEM to collect. Severity and status ids
// follow the Finding base class: severity 1 informational … 5 critical; status 1 New,
// 2 In Progress, 3 Suppressed, 4 Resolved. Activity 1 Create for a new alert, 2 Update otherwise.
import { type WriteStream, createWriteStream } from 'node:fs';
import type { Alert, AlertStatus } from '../incidents/alerts/types.ts';
import type { Severity } from '../incidents/signal.ts';
import { type AlertSink, DeliveryError } from './sink.ts';

const OCSF_VERSION = '1.3.0';
const SEVERITY_ID: Readonly<Record<Severity, [number, string]>> = {
  info: [1, 'Informational'],
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
};
const STATUS_ID: Readonly<Record<AlertStatus, [number, string]>> = {
  open: [1, 'New'],
  acknowledged: [2, 'In Progress'],
  suppressed: [3, 'Suppressed'],
  resolved: [4, 'Resolved'],
};
const RESOURCE_TYPE: Readonly<Record<string, string>> = { model: 'ai_model', dataset: 'dataset', gateway: 'ai_gateway' };

export function toDetectionFinding(a: Alert): Record<string, unknown> {
  const activity: [number, string] = a.count > 1 || a.status !== 'open' ? [2, 'Update'] : [1, 'Create'];
  const [severityId, severity] = SEVERITY_ID[a.severity];
  const [statusId, status] = STATUS_ID[a.status];
  const e = a.entity;
  return {
    class_uid: 2004,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: activity[0],
    activity_name: activity[1],
    type_uid: 2004 * 100 + activity[0],
    time: a.lastSeen,
    severity_id: severityId,
    severity,
    status_id: statusId,
    status,
    count: a.count,
    message: a.title,
    metadata: { version: OCSF_VERSION, product: { name: 'Bulwark', vendor_name: 'Bulwark' }, uid: a.id, log_name: 'alerts' },
    finding_info: {
      uid: a.id,
      title: a.title,
      analytic: { uid: a.source, name: a.source, type_id: a.source.startsWith('rule.') ? 1 : 5, type: a.source.startsWith('rule.') ? 'Rule' : 'Statistical' },
      first_seen_time: a.firstSeen,
      last_seen_time: a.lastSeen,
      created_time: a.createdAt,
      modified_time: a.updatedAt,
      ...(a.techniques.length > 0 ? { attacks: a.techniques.map((t) => ({ technique: { uid: t } })) } : {}),
    },
    ...(e.kind === 'address' ? { src_endpoint: { ip: e.id } } : {}),
    ...(e.kind === 'principal' ? { actor: { user: { uid: e.id } } } : {}),
    ...(e.kind === 'key' ? { actor: { session: { uid: e.id } } } : {}),
    ...(RESOURCE_TYPE[e.kind] ? { resources: [{ type: RESOURCE_TYPE[e.kind], name: e.id, ...(a.owner ? { owner: { name: a.owner } } : {}) }] } : {}),
    ...(a.requestIds.length > 0 ? { evidences: a.requestIds.map((uid) => ({ api: { request: { uid } } })) } : {}),
    unmapped: { entity: e, evidence: a.evidence, ...(a.owner ? { owner: a.owner } : {}), ...(a.onCall ? { on_call: a.onCall } : {}) },
  };
}

export function ocsfSink(o: { name: string; path: string; stdout?: NodeJS.WritableStream }): AlertSink {
  let out: WriteStream | NodeJS.WritableStream | undefined;
  const stream = () => {
    if (out) return out;
    if (o.path === '-') return (out = o.stdout ?? process.stdout);
    const file = createWriteStream(o.path, { flags: 'a', mode: 0o600 });
    // A failed open or write is reported through the write callback; reopen on the next attempt.
    file.on('error', () => {
      if (out === file) out = undefined;
    });
    return (out = file);
  };
  return {
    name: o.name,
    type: 'ocsf',
    async deliver(a) {
      const s = stream();
      const line = `${JSON.stringify(toDetectionFinding(a))}\n`;
      await new Promise<void>((resolve, reject) =>
        s.write(line, (err) => (err ? reject(new DeliveryError(`cannot write ${o.path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`)) : resolve())),
      );
    },
    async close() {
      const s = out;
      out = undefined;
      if (s && s !== process.stdout && s !== o.stdout) await new Promise<void>((r) => (s as WriteStream).end(() => r()));
    },
  };
}
