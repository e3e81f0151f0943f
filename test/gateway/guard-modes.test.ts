// Guard modes through the real server: enforce blocks before the upstream, monitor records and
// forwards, and a guard that faults fails closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '../../src/events/bus.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';

const chat = (content: string) => ({ model: 'mock-chat', messages: [{ role: 'user', content }] });

describe('enforce, monitor and faults', () => {
  let up: MockUpstream;
  let t: TestGateway;
  const events: RequestEvent[] = [];
  beforeAll(async () => {
    up = await startMockUpstream();
    const guards = `  - id: auth.api_key
  - id: scan.banned
    name: banned-enforced
    config: { substrings: ["falcon"] }
  - id: scan.banned
    name: banned-watch
    mode: monitor
    config: { substrings: ["eagle"] }
`;
    t = await startTestGateway(mockPolicy(up.baseUrl, guards));
    t.gw.bus.subscribe((e) => e.type === 'request' && events.push(e));
  });
  afterAll(async () => {
    await t.close();
    await up.close();
  });

  it('blocks in enforce mode before anything reaches the upstream, and says why', async () => {
    const r = await t.post('/v1/chat/completions', chat('tell me about Project Falcon'));
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { code: string; findings: Array<{ guard: string; rule: string }> } };
    expect(body.error.code).toBe('BULWARK_E_POLICY_BLOCKED');
    expect(body.error.findings).toEqual([expect.objectContaining({ guard: 'scan.banned', rule: 'substring.0' })]);
    expect(up.received).toHaveLength(0);
  });

  it('forwards in monitor mode and records what would have happened', async () => {
    const r = await t.post('/v1/chat/completions', chat('the eagle has landed'));
    expect(r.status).toBe(200);
    expect(up.received).toHaveLength(1);
    const ev = events.at(-1)!;
    expect(ev.decisions.find((d) => d.guard === 'banned-watch')).toMatchObject({ mode: 'monitor', decided: 'block', action: 'flag' });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/bulwark_guard_decisions_total\{guard="banned-watch",action="flag",mode="monitor"\} 1/);
  });

  it('answers 503 and forwards nothing when a guard faults', async () => {
    up.received.length = 0;
    await t.gw.store.db.destroy(); // the credential lookup now throws
    t.gw.credentials.invalidate();
    const r = await t.post('/v1/chat/completions', chat('hello'));
    expect(r.status).toBe(503);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('BULWARK_E_GUARD_FAILED');
    expect(up.received).toHaveLength(0);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
  });
});
