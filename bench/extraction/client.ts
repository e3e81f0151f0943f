// Asks demo-fraud through a running gateway, as an attacker or a benign app would: one query per
// request with an API key; a 429 or 403 ends the conversation (the key was throttled or blocked).
import type { Transaction } from '../../src/demo/fraud.ts';
import type { Oracle, OracleAnswer } from './attacker.ts';

export interface Refusal {
  readonly status: number;
  readonly code: string | undefined;
  readonly retryAfter: string | null;
}

export interface GatewayOracle {
  readonly ask: Oracle;
  /** Set when the gateway refused a query. */
  refusal: Refusal | undefined;
  /** Answers that came back without probabilities (label only). */
  labelOnly: number;
  answered: number;
}

export function gatewayOracle(baseUrl: string, key: string, model = 'demo-fraud'): GatewayOracle {
  const state: GatewayOracle = {
    refusal: undefined,
    labelOnly: 0,
    answered: 0,
    async ask(t: Transaction): Promise<OracleAnswer | undefined> {
      const res = await fetch(`${baseUrl}/v1/predict/${model}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ input: t }),
      });
      const body = (await res.json()) as { prediction?: { label: string; probabilities?: { fraud?: number } }; error?: { code?: string } };
      if (res.status !== 200 || !body.prediction) {
        state.refusal = { status: res.status, code: body.error?.code, retryAfter: res.headers.get('retry-after') };
        return undefined;
      }
      state.answered++;
      const p = body.prediction.probabilities?.fraud;
      if (p === undefined) state.labelOnly++;
      return { label: body.prediction.label === 'fraud' ? 1 : 0, ...(p !== undefined ? { pFraud: p } : {}) };
    },
  };
  return state;
}
