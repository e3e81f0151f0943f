// Runs detection rules over bus events: a compiled condition, then a sliding-window count per
// group (the last `threshold` match times in a ring), firing an alert signal when the count is
// reached. Memory is bounded: at most `maxGroups` groups per rule, oldest forgotten first.
import type { BulwarkEvent } from '../../events/bus.ts';
import type { AlertEntity, SignalSink } from '../../incidents/signal.ts';
import { type Predicate, compileCondition } from './condition.ts';
import { type FieldSpec, RULE_FIELDS } from './fields.ts';
import type { RuleConfig } from './schema.ts';

const MAX_REQUEST_IDS = 20;

const ENTITY_OF_FIELD: Readonly<Record<string, AlertEntity['kind']>> = {
  source_ip: 'address',
  principal_id: 'principal',
  actor_id: 'principal',
  key_id: 'key',
  model: 'model',
};

interface GroupState {
  readonly times: Float64Array;
  head: number;
  n: number;
  requestIds: string[];
}

class CompiledRule {
  readonly source: string;
  readonly events: ReadonlySet<string>;
  readonly match: Predicate;
  readonly group: FieldSpec | undefined;
  readonly entityKind: AlertEntity['kind'];
  readonly windowMs: number;
  readonly groups = new Map<string, GroupState>();

  constructor(readonly rule: RuleConfig) {
    this.source = `rule.${rule.id}`;
    this.events = new Set(rule.events);
    this.match = compileCondition(rule.where);
    this.group = rule.group_by ? RULE_FIELDS[rule.group_by] : undefined;
    this.entityKind = rule.entity ?? (rule.group_by ? ENTITY_OF_FIELD[rule.group_by] : undefined) ?? 'gateway';
    this.windowMs = rule.window_seconds * 1000;
  }
}

export interface RuleEngineOptions {
  readonly signal: SignalSink;
  /** Groups tracked per rule (default 10 000). */
  readonly maxGroups?: number;
}

export class RuleEngine {
  private readonly rules: CompiledRule[];
  private readonly maxGroups: number;

  constructor(
    rules: readonly RuleConfig[],
    private readonly opts: RuleEngineOptions,
  ) {
    this.rules = rules.map((r) => new CompiledRule(r));
    this.maxGroups = opts.maxGroups ?? 10_000;
  }

  get ruleIds(): string[] {
    return this.rules.map((r) => r.source);
  }

  /** Groups currently tracked, over all rules (for tests of the memory bound). */
  get trackedGroups(): number {
    return this.rules.reduce((n, r) => n + r.groups.size, 0);
  }

  /** `time` defaults to the event's; the gateway passes its clock so a replay can travel in time. */
  observe(e: BulwarkEvent, time = e.time): void {
    for (const r of this.rules) {
      if (!r.events.has(e.type) || !r.match(e)) continue;
      let key = '*';
      if (r.group) {
        const v = r.group.get(e);
        if (v === undefined || Array.isArray(v)) continue;
        key = String(v);
      }
      this.count(r, key, e, time);
    }
  }

  private count(r: CompiledRule, key: string, e: BulwarkEvent, time: number): void {
    const threshold = r.rule.threshold;
    let g = r.groups.get(key);
    if (!g) {
      if (r.groups.size >= this.maxGroups) r.groups.delete(r.groups.keys().next().value!);
      g = { times: new Float64Array(threshold), head: 0, n: 0, requestIds: [] };
      r.groups.set(key, g);
    }
    g.times[g.head] = time;
    g.head = (g.head + 1) % threshold;
    if (g.n < threshold) g.n++;
    const requestId = 'requestId' in e ? e.requestId : undefined;
    if (requestId) {
      g.requestIds.push(requestId);
      if (g.requestIds.length > MAX_REQUEST_IDS) g.requestIds.shift();
    }
    // When the ring is full, its oldest entry (at head) is the threshold-th most recent match.
    if (g.n < threshold || time - g.times[g.head]! > r.windowMs) return;
    const firstTime = g.times[g.head]!;
    const requestIds = g.requestIds;
    r.groups.delete(key);
    const rule = r.rule;
    const entity: AlertEntity = { kind: r.entityKind, id: r.group ? key : 'gateway' };
    this.opts.signal({
      source: r.source,
      severity: rule.severity,
      title: `${rule.description}: ${threshold} in ${Math.max(1, Math.round((time - firstTime) / 1000))}s (${entity.kind} ${entity.id})`,
      entity,
      evidence: { count: threshold, threshold, window_seconds: rule.window_seconds, span_ms: time - firstTime, ...(rule.group_by ? { group_by: rule.group_by } : {}) },
      time,
      ...(requestIds.length > 0 ? { requestIds } : {}),
      ...(rule.techniques.length > 0 ? { techniques: rule.techniques } : {}),
    });
  }
}
