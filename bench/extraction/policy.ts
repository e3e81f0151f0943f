// The policies the extraction replay runs the gateway with: defences off (authentication only) and
// defences on (limit.extraction + harden.predict), and the demo-fraud feature ranges they declare.
import type { FeatureSpec } from '../../src/detect/extraction/features.ts';

/** demo-fraud's inputs with the ranges an operator would declare (amount log-scaled). */
export const FRAUD_FEATURE_RANGES: readonly FeatureSpec[] = [
  { name: 'amount', min: 0, max: 10_000, log: true },
  { name: 'hour', min: 0, max: 23 },
  { name: 'merchant_risk', min: 0, max: 1 },
  { name: 'distance_km', min: 0, max: 500 },
  { name: 'card_present', min: 0, max: 1 },
  { name: 'tx_last_24h', min: 0, max: 50 },
];

const features = FRAUD_FEATURE_RANGES.map((f) => `          - { name: ${f.name}, min: ${f.min}, max: ${f.max}${f.log ? ', log: true' : ''} }`).join('\n');

const HEAD = `version: 1
upstreams:
  demo: { builtin: demo }
models:
  - { name: demo-fraud, kind: predict, upstream: demo }
audit:
  enabled: false
guards:
  - id: auth.api_key
`;

export const POLICY_OFF = HEAD;

/** `extra` is appended to the guard list (e.g. a rate limit from limit.rate). */
export function policyOn(opts: { action?: 'flag' | 'degrade' | 'throttle' | 'block'; throttleSeconds?: number; extra?: string; redis?: { url: string; prefix: string } } = {}): string {
  const shared = opts.redis ? `\n      shared_state: { redis: { url: '${opts.redis.url}' }, key_prefix: '${opts.redis.prefix}' }` : '';
  return `${HEAD}  - id: limit.extraction
    routes: [predict]
    config:${shared}
      action: ${opts.action ?? 'block'}
      throttle_seconds: ${opts.throttleSeconds ?? 60}
      features:
${features}
  - id: harden.predict
    routes: [predict]
    config:${shared}
      output: probabilities
      decimals: 2
      noise: { mechanism: laplace, epsilon: 1, sensitivity: 0.05, budget: { epsilon: 1000, period_seconds: 86400, on_exhausted: label } }
${opts.extra ?? ''}`;
}
