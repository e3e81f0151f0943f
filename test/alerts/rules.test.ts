// Detection rules: strict validation of the YAML format, the condition semantics, and the
// windowed count (checked against a brute-force reference with fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlertsSchema } from '../../src/config/alerts-schema.ts';
import { parsePolicy } from '../../src/config/load.ts';
import type { BulwarkEvent } from '../../src/events/bus.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { activeRules } from '../../src/monitor/rules/builtin.ts';
import { compileCondition } from '../../src/monitor/rules/condition.ts';
import { RuleEngine } from '../../src/monitor/rules/engine.ts';
import { type RuleInput, RuleSchema } from '../../src/monitor/rules/schema.ts';
import { request } from './traffic.ts';

const base = { id: 'r', description: 'd', severity: 'high' } as const;
const problems = (r: Record<string, unknown>) => {
  const res = RuleSchema.safeParse({ ...base, ...r });
  return res.success ? [] : res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('rule validation', () => {
  it('accepts a nested condition over known fields', () => {
    expect(problems({ events: ['request'], where: { all: [{ field: 'status', gte: 400 }, { not: { field: 'model', in: ['a', 'b'] } }, { any: [{ field: 'blocked_by', contains: 'scan.pii' }, { field: 'route', prefix: 'chat' }] }] }, group_by: 'principal_id' })).toEqual([]);
  });

  it('refuses unknown fields, fields the event lacks, wrong operators and types, and several operators', () => {
    expect(problems({ events: ['request'], where: { field: 'prompt', eq: 'x' } })[0]).toMatch(/unknown field "prompt"/);
    expect(problems({ events: ['auth.failed'], where: { field: 'model', eq: 'x' } })[0]).toMatch(/not carried by auth.failed/);
    expect(problems({ events: ['request'], where: { field: 'model', gt: 3 } })[0]).toMatch(/"gt" does not apply to string/);
    expect(problems({ events: ['request'], where: { field: 'status', eq: '500' } })[0]).toMatch(/is a number/);
    expect(problems({ events: ['request'], where: { field: 'status', gt: 1, lt: 5 } })[0]).toMatch(/exactly one operator/);
    expect(problems({ events: ['request'], where: { field: 'status' } })[0]).toMatch(/exactly one operator/);
    expect(problems({ events: ['request'], group_by: 'blocked_by' })[0]).toMatch(/single-valued/);
    expect(problems({ events: ['request'], where: { field: 'status', regex: '.*' } }).length).toBeGreaterThan(0);
    expect(problems({ events: ['request'], techniques: ['T0051x'] })[0]).toMatch(/ATLAS/);
  });

  it('limits nesting depth', () => {
    let c: Record<string, unknown> = { field: 'status', eq: 1 };
    for (let i = 0; i < 10; i++) c = { not: c };
    expect(problems({ events: ['request'], where: c })[0]).toMatch(/nest at most/);
  });

  it('refuses a custom rule that reuses a built-in id, and duplicate ids', () => {
    const r = { description: 'x', severity: 'low', events: ['request'] };
    const res = AlertsSchema.safeParse({ rules: [{ ...r, id: 'auth_bruteforce' }, { ...r, id: 'dup' }, { ...r, id: 'dup' }] });
    expect(res.success).toBe(false);
    const msgs = res.error!.issues.map((i) => i.message).join('\n');
    expect(msgs).toMatch(/built-in rule/);
    expect(msgs).toMatch(/duplicate rule id "dup"/);
  });

  it('reports a bad rule in a policy file with its path and line', () => {
    const yaml = `version: 1
upstreams: { demo: { builtin: demo } }
models: [{ name: demo-chat, kind: chat, upstream: demo }]
alerts:
  rules:
    - id: big_prompts
      description: very large prompts
      severity: medium
      events: [request]
      where: { field: prompt_tokens, gt: many }
`;
    expect(() => parsePolicy(yaml, 'p.yaml')).toThrow(/p\.yaml:10:\d+: alerts\.rules\[0\]\.where/);
  });
});

describe('conditions', () => {
  const e = request({ time: 1, address: '10.0.0.1', principal: 'p', model: 'm', blockedBy: 'scan.injection', tokens: 50 });
  const m = (c: unknown) => compileCondition(RuleSchema.parse({ ...base, events: ['request'], where: c }).where)(e);
  it('evaluates every operator', () => {
    expect(m({ field: 'model', eq: 'm' })).toBe(true);
    expect(m({ field: 'model', ne: 'm' })).toBe(false);
    expect(m({ field: 'key_id', ne: 'k' })).toBe(true);
    expect(m({ field: 'status', in: [400, 500] })).toBe(true);
    expect(m({ field: 'status', not_in: [400] })).toBe(false);
    expect(m({ field: 'total_tokens', gt: 49 })).toBe(true);
    expect(m({ field: 'total_tokens', gte: 51 })).toBe(false);
    expect(m({ field: 'total_tokens', lt: 51 })).toBe(true);
    expect(m({ field: 'total_tokens', lte: 49 })).toBe(false);
    expect(m({ field: 'key_id', exists: false })).toBe(true);
    expect(m({ field: 'blocked_by', contains: 'scan.injection' })).toBe(true);
    expect(m({ field: 'flagged_by', contains: 'scan.injection' })).toBe(false);
    expect(m({ field: 'finding_rules', exists: true })).toBe(true);
    expect(m({ field: 'source_ip', prefix: '10.' })).toBe(true);
    expect(m({ all: [{ field: 'model', eq: 'm' }, { not: { field: 'status', lt: 400 } }] })).toBe(true);
    expect(m({ any: [{ field: 'model', eq: 'x' }, { field: 'status', eq: 200 }] })).toBe(false);
  });
});

describe('rule engine', () => {
  const rule = (r: Partial<RuleInput>) => RuleSchema.parse({ ...base, events: ['auth.failed'], group_by: 'source_ip', ...r });
  const failed = (time: number, ip: string): BulwarkEvent => ({ type: 'auth.failed', time, surface: 'data', sourceIp: ip, reason: 'unknown_key', recentFromSource: 1 });

  it('fires once the windowed count per group is reached, then starts counting again', () => {
    const out: AlertSignal[] = [];
    const eng = new RuleEngine([rule({ threshold: 3, window_seconds: 10, techniques: ['T1110'] })], { signal: (s) => out.push(s) });
    for (const [t, ip] of [[0, 'a'], [1_000, 'b'], [5_000, 'a'], [20_000, 'a'], [21_000, 'a'], [22_000, 'a'], [23_000, 'b']] as const) eng.observe(failed(t, ip));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: 'rule.r', severity: 'high', entity: { kind: 'address', id: 'a' }, time: 22_000, techniques: ['T1110'], evidence: { count: 3, threshold: 3, window_seconds: 10, span_ms: 2_000 } });
  });

  it('matches a brute-force sliding-window count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom('a', 'b')), { maxLength: 80 }), (threshold, windowS, raw) => {
        const events = raw.map(([dt, ip], i) => [raw.slice(0, i + 1).reduce((s, [d]) => s + d, 0), ip] as const);
        const out: AlertSignal[] = [];
        const eng = new RuleEngine([rule({ threshold, window_seconds: windowS })], { signal: (s) => out.push(s) });
        for (const [t, ip] of events) eng.observe(failed(t, ip));
        // Reference: per group, times since the last firing; fire when the last `threshold` fit the window.
        const expected: Array<[number, string]> = [];
        const pending = new Map<string, number[]>();
        for (const [t, ip] of events) {
          const times = [...(pending.get(ip) ?? []), t];
          const recent = times.slice(-threshold);
          if (recent.length === threshold && t - recent[0]! <= windowS * 1000) {
            expected.push([t, ip]);
            pending.set(ip, []);
          } else pending.set(ip, times);
        }
        expect(out.map((s) => [s.time, s.entity.id])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('bounds the groups it tracks', () => {
    const eng = new RuleEngine([rule({ threshold: 5 })], { signal: () => {}, maxGroups: 100 });
    for (let i = 0; i < 1_000; i++) eng.observe(failed(i, `192.0.2.${i}`));
    expect(eng.trackedGroups).toBe(100);
  });

  it('runs the built-in rules by default, with their thresholds from the policy', () => {
    const cfg = AlertsSchema.parse({ builtin_rules: { injection_blocks: 2, disabled: ['rule.canary_leak'] } });
    const rules = activeRules(cfg);
    expect(rules.map((r) => r.id)).toEqual(['auth_bruteforce', 'injection_burst', 'authz_denied_burst']);
    const out: AlertSignal[] = [];
    const eng = new RuleEngine(rules, { signal: (s) => out.push(s) });
    eng.observe(request({ time: 1, address: '198.51.100.4', blockedBy: 'scan.injection' }));
    eng.observe(request({ time: 2, address: '198.51.100.4', blockedBy: 'scan.pii' }));
    eng.observe(request({ time: 3, address: '198.51.100.4', blockedBy: 'scan.injection' }));
    expect(out.map((s) => [s.source, s.entity.id, s.requestIds?.length])).toEqual([['rule.injection_burst', '198.51.100.4', 2]]);
    expect(out[0]!.techniques).toEqual(['AML.T0051', 'LLM01']);
  });
});

describe('rule parser robustness', () => {
  it('any input is either a valid rule or a validation error, never a crash (property)', () => {
    const leaf = fc.record({ field: fc.constantFrom('status', 'model', 'blocked_by', 'nope', 'allowed'), eq: fc.oneof(fc.string(), fc.integer(), fc.boolean()) }, { requiredKeys: [] });
    const cond = fc.letrec((tie) => ({
      c: fc.oneof({ depthSize: 'small' }, leaf, fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }), fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }), fc.record({ not: tie('c') }), fc.anything()),
    })).c;
    fc.assert(
      fc.property(cond, fc.anything(), (where, junk) => {
        for (const input of [{ ...base, events: ['request'], where }, junk, { ...base, events: junk }]) {
          const r = RuleSchema.safeParse(input);
          if (r.success) expect(() => new RuleEngine([r.data], { signal: () => {} }).observe(request({ time: 1, address: 'a' }))).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});
