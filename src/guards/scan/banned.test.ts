import { beforeAll, describe, expect, it } from 'vitest';
import type { Guard, GuardContext } from '../../pipeline/types.ts';
import { BannedConfig, UnsafePatternError, bannedGuard, compileVetted } from './banned.ts';

const ctx = (text: string): GuardContext => ({
  requestId: 'r',
  route: 'chat',
  model: 'm',
  modelKind: 'chat',
  sourceIp: '127.0.0.1',
  headers: {},
  body: {},
  principal: undefined,
  segments: [{ location: 'messages[0].content', text }],
  state: new Map(),
});

describe('scan.banned', () => {
  let g: Guard;
  beforeAll(async () => {
    g = await bannedGuard.create(BannedConfig.parse({ substrings: ['Project Falcon'], patterns: [{ id: 'acct', regex: '\\bACCT-\\d{6}\\b' }] }), {});
  });

  it('blocks a banned substring case-insensitively and a pattern, citing spans not text', async () => {
    const d = await g.check(ctx('tell me about project falcon and ACCT-123456'));
    expect(d.action).toBe('block');
    expect(d.findings.map((f) => f.rule)).toEqual(['substring.0', 'acct']);
    expect(d.findings[1]!.span).toEqual({ start: 33, end: 44 });
    expect(JSON.stringify(d.findings)).not.toContain('123456');
  });

  it('allows near misses', async () => {
    expect((await g.check(ctx('project falco, ACCT-12345, XACCT-123456'))).action).toBe('allow');
  });

  it('refuses patterns with catastrophic backtracking at load time', async () => {
    await expect(compileVetted('evil', '^(a+)+$', '')).rejects.toThrow(UnsafePatternError);
    await expect(compileVetted('evil2', '(x+x+)+y', 'i')).rejects.toThrow(/backtracking/);
    await expect(compileVetted('broken', '([a-z', '')).rejects.toThrow(/not a valid/);
    expect(await compileVetted('ok', 'ignore (?:all )?previous instructions', 'i')).toBeInstanceOf(RegExp);
  });

  it('runs in linear time on adversarial input', async () => {
    const t0 = performance.now();
    await g.check(ctx(`${'ACCT-'.repeat(40_000)}x`));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
