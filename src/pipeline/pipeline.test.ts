import { describe, expect, it } from 'vitest';
import { type ActiveGuard, Pipeline } from './pipeline.ts';
import type { Guard, GuardContext, GuardDecision } from './types.ts';

function ctx(segments: GuardContext['segments'] = []): GuardContext {
  return { requestId: 'r1', route: 'chat', model: 'm', modelKind: 'chat', sourceIp: '127.0.0.1', headers: {}, body: {}, principal: undefined, segments, state: new Map() };
}

function guard(id: string, check: Guard['check']): Guard {
  return { id, stage: 'scan_input', check };
}

function active(g: Guard, over: Partial<ActiveGuard> = {}): ActiveGuard {
  return { name: g.id, guard: g, mode: 'enforce', onError: 'block', timeoutMs: 50, ...over };
}

const blocker = guard('t.block', () => ({ action: 'block', findings: [{ guard: 't.block', rule: 'r', score: 1, reason: 'no' }] }));
const thrower = guard('t.throw', () => {
  throw new Error('boom');
});
const slow = guard('t.slow', () => new Promise<GuardDecision>((r) => setTimeout(() => r({ action: 'allow', findings: [] }), 500)));

describe('Pipeline', () => {
  it('blocks when a guard throws (fail closed)', async () => {
    const out = await new Pipeline([active(thrower)]).run('scan_input', ctx());
    expect(out.action).toBe('block');
    expect(out.blockedBy?.fault).toBe('error');
  });

  it('blocks when a guard times out', async () => {
    const out = await new Pipeline([active(slow)]).run('scan_input', ctx());
    expect(out.action).toBe('block');
    expect(out.blockedBy?.fault).toBe('timeout');
  });

  it('lets a faulting guard pass only with on_error: allow, and records the fault', async () => {
    const out = await new Pipeline([active(thrower, { onError: 'allow' })]).run('scan_input', ctx());
    expect(out.action).toBe('flag');
    expect(out.records[0]!.fault).toBe('error');
  });

  it('monitor mode records what would have happened without blocking', async () => {
    const out = await new Pipeline([active(blocker, { mode: 'monitor' })]).run('scan_input', ctx());
    expect(out.action).toBe('flag');
    expect(out.records[0]).toMatchObject({ decided: 'block', action: 'flag', mode: 'monitor' });
  });

  it('stops at the first enforced block', async () => {
    let ran = false;
    const after = guard('t.after', () => {
      ran = true;
      return { action: 'allow', findings: [] };
    });
    const out = await new Pipeline([active(blocker), active(after)]).run('scan_input', ctx());
    expect(out.action).toBe('block');
    expect(ran).toBe(false);
  });

  it('hands redacted text to later guards and returns the edits', async () => {
    const redactor = guard('t.redact', (c) => ({
      action: 'redact',
      findings: [{ guard: 't.redact', rule: 'email', score: 1, reason: 'email' }],
      edits: c.segments.map((s) => ({ location: s.location, text: s.text.replace(/\S+@\S+/, '[EMAIL]') })),
    }));
    let seen = '';
    const reader = guard('t.read', (c) => {
      seen = c.segments[0]!.text;
      return { action: 'allow', findings: [] };
    });
    const out = await new Pipeline([active(redactor), active(reader)]).run('scan_input', ctx([{ location: 'messages[0].content', text: 'mail a@b.io now' }]));
    expect(seen).toBe('mail [EMAIL] now');
    expect(out.edits).toEqual([{ location: 'messages[0].content', text: 'mail [EMAIL] now' }]);
    expect(out.action).toBe('redact');
  });

  it('selects guards by route and model pattern', () => {
    const p = new Pipeline([active(blocker, { routes: ['predict'] }), active(thrower, { models: ['fraud-*'] })]);
    expect(p.guardsFor('chat', 'm', 'scan_input')).toHaveLength(0);
    expect(p.guardsFor('predict', 'fraud-v2', 'scan_input')).toHaveLength(2);
  });

  it('hands a rewritten answer to later guards and returns it; headers merge; a block carries Retry-After', async () => {
    const labelOnly = guard('t.label', (c) => ({ action: 'redact', findings: [], answer: { label: (c.answer as { label: string }).label } }));
    let seen: unknown;
    const reader = guard('t.read', (c) => {
      seen = c.answer;
      return { action: 'allow', findings: [], headers: { 'x-b': '2' } };
    });
    const limiter = guard('t.limit', () => ({ action: 'block', findings: [], headers: { 'x-a': '1' }, retryAfterSeconds: 3 }));
    const out = await new Pipeline([active(labelOnly), active(reader)]).run('scan_input', { ...ctx(), answer: { label: 'fraud', score: 0.9 } });
    expect(seen).toEqual({ label: 'fraud' });
    expect(out.answer).toEqual({ label: 'fraud' });
    expect(out.headers).toEqual({ 'x-b': '2' });
    const blocked = await new Pipeline([active(reader), active(limiter)]).run('scan_input', ctx());
    expect(blocked.headers).toEqual({ 'x-a': '1', 'x-b': '2' });
    expect(blocked.retryAfterSeconds).toBe(3);
  });

  it('lists the guards that ran and want to settle, not those after a block', async () => {
    const settling = { ...guard('t.settle', () => ({ action: 'allow' as const, findings: [] })), settle: () => {} };
    const late = { ...guard('t.late', () => ({ action: 'allow' as const, findings: [] })), settle: () => {} };
    const out = await new Pipeline([active(settling), active(blocker), active(late)]).run('scan_input', ctx());
    expect(out.settle?.map((g) => g.id)).toEqual(['t.settle']);
  });
});
