// Synthetic identity traffic for behaviour tests: a normal working week (people in office hours,
// services around the clock) as bus events, with a seeded random source so runs repeat exactly.
import type { BulwarkEvent, RequestEvent } from '../../src/events/bus.ts';
import { normalSample, poisson, seededRandom } from '../../src/synthetic/random.ts';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Monday 2026-01-05 00:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5);

export interface Persona {
  readonly principal: string;
  readonly key: string;
  readonly address: string;
  readonly models: readonly string[];
  /** Mean requests per 5 minutes while active. */
  readonly rate: number;
  readonly tokens: number;
  /** Active hours [from, to) UTC on weekdays; `always` for services. */
  readonly hours: readonly [number, number] | 'always';
}

export const PERSONAS: readonly Persona[] = [
  ...Array.from({ length: 8 }, (_v, i): Persona => ({
    principal: `usr_${i}`,
    key: `key_${i}`,
    address: `10.0.1.${10 + i}`,
    models: i % 2 === 0 ? ['demo-chat'] : ['demo-chat', 'demo-fraud'],
    rate: 6 + 3 * i,
    tokens: 400 + 50 * i,
    hours: [8 + (i % 2), 17 + (i % 3)],
  })),
  ...Array.from({ length: 2 }, (_v, i): Persona => ({
    principal: `svc_${i}`,
    key: `key_svc_${i}`,
    address: `10.0.2.${i + 1}`,
    models: ['demo-fraud'],
    rate: 12,
    tokens: 200,
    hours: 'always',
  })),
];

let counter = 0;
export function request(p: { time: number; address: string; principal?: string; key?: string; model?: string; tokens?: number; blockedBy?: string; status?: number }): RequestEvent {
  return {
    type: 'request',
    time: p.time,
    requestId: `req-${++counter}`,
    route: 'chat',
    ...(p.model ? { model: p.model } : {}),
    ...(p.principal ? { principalId: p.principal } : {}),
    ...(p.key ? { keyId: p.key } : {}),
    sourceIp: p.address,
    status: p.status ?? (p.blockedBy ? 400 : 200),
    stream: false,
    decisions: p.blockedBy
      ? [{ guard: p.blockedBy, kind: p.blockedBy, stage: 'scan_input', mode: 'enforce', action: 'block', decided: 'block', findings: [], durationMs: 0.1 }]
      : [],
    latencyMs: 20,
    ...(p.tokens !== undefined ? { usage: { totalTokens: p.tokens } } : {}),
  };
}

function active(p: Persona, t: number): boolean {
  if (p.hours === 'always') return true;
  const day = new Date(t).getUTCDay();
  if (day === 0 || day === 6) return false;
  const h = new Date(t).getUTCHours();
  return h >= p.hours[0] && h < p.hours[1];
}

/** Normal traffic from `from` for `days`, slot by slot (5 minutes), each slot's events in time order. */
export function* normalTraffic(from: number, days: number, seed = 7): Generator<{ slotEnd: number; events: BulwarkEvent[] }> {
  const rand = seededRandom(seed);
  const slot = 5 * MIN;
  for (let t = from; t < from + days * DAY; t += slot) {
    const events: BulwarkEvent[] = [];
    for (const p of PERSONAS) {
      if (!active(p, t)) continue;
      const n = poisson(rand, p.rate);
      for (let i = 0; i < n; i++) {
        const time = t + Math.floor(rand() * slot);
        const model = p.models[Math.floor(rand() * p.models.length)]!;
        const tokens = Math.max(1, Math.round(p.tokens * (1 + 0.3 * normalSample(rand))));
        // About one prompt in 300 is a blocked injection attempt, as in ordinary traffic.
        const blockedBy = rand() < 1 / 300 ? 'scan.injection' : undefined;
        events.push(request({ time, address: p.address, principal: p.principal, key: p.key, model, tokens, ...(blockedBy ? { blockedBy } : {}) }));
      }
      // A mistyped or expired key now and then.
      if (rand() < 0.002) events.push({ type: 'auth.failed', time: t + Math.floor(rand() * slot), surface: 'data', sourceIp: p.address, reason: 'unknown_key', recentFromSource: 1 });
    }
    events.sort((a, b) => a.time - b.time);
    yield { slotEnd: t + slot, events };
  }
}
