// limit.extraction: model-extraction detection on /v1/predict. Each answered query is recorded in
// the caller's bounded stream (PRADA, sweeps, boundary, coverage; src/detect/extraction); when a
// detector fires, the caller is flagged, degraded (label-only answers via harden.predict),
// throttled or blocked as the policy says, with a finding and an alert signal carrying the evidence.
import { z } from 'zod';
import {
  DEGRADE_STATE,
  EXTRACTION_STATES,
  type ExtractionState,
  type ExtractionStatus,
  type ExtractionVerdict,
  FeatureSpace,
  QueryStream,
  RAW_PREDICTIONS_STATE,
  SharedStateConfig,
  type StreamOptions,
  extractionDefence,
  extractionSubject,
  remoteExtractionState,
  predictInputs,
  topMargin,
} from '../../detect/extraction/index.ts';
import { type Prediction, parsePredictAnswer } from '../../detect/extraction/predictions.ts';
import type { RemoteExtractionState } from '../../detect/extraction/remote.ts';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardFactory, GuardDeps, RequestSettlement } from '../../pipeline/types.ts';

const ID = 'limit.extraction';
const featureName = z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/);

const Feature = z.strictObject({
  name: featureName,
  min: z.number().finite(),
  max: z.number().finite(),
  log: z.boolean().default(false).describe('Scale log1p(value) instead of value (heavy-tailed features)'),
});

export const ExtractionGuardConfig = z.strictObject({
  features: z.array(Feature).min(1).max(256).optional().describe('Input features with their ranges (min–max scaled); default: numeric fields of the first query, log-scaled'),
  prada: z
    .strictObject({
      enabled: z.boolean().default(true),
      delta: z.number().gt(0).lt(1).default(0.8).describe('Flag when Shapiro–Wilk W of the minimum distances is below this'),
      min_queries: z.int().min(20).max(5000).default(50),
      log_distances: z.boolean().default(true).describe('Test log-distances (tabular inputs); false: raw distances as in the paper'),
      max_stored: z.int().min(10).max(5000).default(400).describe('Growing-set cap per caller and model (FIFO beyond)'),
      window: z.int().min(20).max(5000).default(500).describe('Most recent distances tested'),
      test_every: z.int().min(1).max(1000).default(10).describe('Re-run the test every n queries'),
    })
    .prefault({}),
  sweep: z
    .strictObject({
      enabled: z.boolean().default(true),
      threshold: z.number().min(0).max(1).default(0.2).describe('Share of queries that differ from a recent one in one feature only'),
      min_queries: z.int().min(5).max(100_000).default(30),
      memory: z.int().min(8).max(2048).default(128).describe('Recent queries compared with'),
      window: z.int().min(10).max(10_000).default(200),
      tolerance: z.number().min(0).max(1).default(1e-6).describe('Scaled difference that counts as equal'),
    })
    .prefault({}),
  boundary: z
    .strictObject({
      enabled: z.boolean().default(true),
      margin: z.number().gt(0).max(1).default(0.2).describe('Top-class lead below which an answer is at the boundary'),
      threshold: z.number().min(0).max(1).default(0.3).describe('Share of boundary answers that flags'),
      min_queries: z.int().min(5).max(100_000).default(50),
      window: z.int().min(10).max(10_000).default(200),
    })
    .prefault({}),
  coverage: z
    .strictObject({
      enabled: z.boolean().default(true).describe('Needs `features` with ranges; ignored without'),
      bins: z.int().min(2).max(100).default(10),
      threshold: z.number().gt(0).max(1).default(0.68).describe('Mean normalised entropy of the feature histograms that flags'),
      min_queries: z.int().min(10).max(100_000).default(50),
    })
    .prefault({}),
  action: z.enum(['flag', 'degrade', 'throttle', 'block']).default('throttle').describe('What detection does; each includes the ones before it: flag < degrade < throttle < block'),
  throttle_seconds: z.int().min(1).max(86_400).default(60),
  block_seconds: z.int().min(0).max(30 * 86_400).default(0).describe('0: blocked until an administrator clears it'),
  max_streams: z.int().min(1).max(1_000_000).default(5_000).describe('Caller × model streams kept in memory (LRU)'),
  shared_state: SharedStateConfig.optional().describe('Redis: callers’ statuses shared by every replica (detection stays per replica)'),
});
export type ExtractionGuardConfig = z.infer<typeof ExtractionGuardConfig>;

const STATE_OF = { flag: 'flagged', degrade: 'degraded', throttle: 'throttled', block: 'blocked' } as const satisfies Record<ExtractionGuardConfig['action'], ExtractionState>;
const SEVERITY_OF: Record<ExtractionState, 'medium' | 'high'> = { flagged: 'medium', degraded: 'medium', throttled: 'high', blocked: 'high' };
const rank = (s: ExtractionState | undefined) => (s === undefined ? -1 : EXTRACTION_STATES.indexOf(s));

export function streamOptions(config: ExtractionGuardConfig, ranged: boolean): StreamOptions {
  const { prada, sweep, boundary, coverage } = config;
  return {
    ...(prada.enabled ? { prada: { minQueries: prada.min_queries, delta: prada.delta, maxStored: prada.max_stored, window: prada.window, testEvery: prada.test_every, logDistances: prada.log_distances } } : {}),
    ...(sweep.enabled ? { sweep: { memory: sweep.memory, window: sweep.window, minQueries: sweep.min_queries, threshold: sweep.threshold, tolerance: sweep.tolerance } } : {}),
    ...(boundary.enabled ? { boundary: { window: boundary.window, minQueries: boundary.min_queries, margin: boundary.margin, threshold: boundary.threshold } } : {}),
    ...(coverage.enabled && ranged ? { coverage: { bins: coverage.bins, minQueries: coverage.min_queries, threshold: coverage.threshold } } : {}),
  };
}

/** One line of evidence per detector, for people; the numbers themselves go into the signal. */
export function describeVerdict(v: ExtractionVerdict): string {
  const cmp = v.detector === 'prada' ? '<' : '>';
  const name = v.detector === 'prada' ? 'Shapiro–Wilk W' : v.detector === 'coverage' ? 'coverage entropy' : `${v.detector} share`;
  return `${v.detector}: ${name} ${v.statistic.toFixed(3)} ${cmp} ${v.threshold} after ${v.queries} queries`;
}

function findingsOf(status: ExtractionStatus): Finding[] {
  return status.evidence.map((v) => ({ guard: ID, rule: v.detector, score: 1, reason: `query pattern consistent with model extraction (${describeVerdict(v)}); caller ${status.state}` }));
}

export const extractionGuard: GuardFactory<ExtractionGuardConfig> = {
  id: ID,
  stage: 'limit',
  description: 'Detects model-extraction query patterns on predict routes (PRADA, sweeps, boundary, coverage) and flags, degrades, throttles or blocks the caller.',
  configSchema: ExtractionGuardConfig,
  async create(config: ExtractionGuardConfig, deps: GuardDeps): Promise<Guard> {
    for (const f of config.features ?? []) if (!(f.max > f.min) || (f.log && f.min <= -1)) throw new Error(`limit.extraction: feature "${f.name}" needs max > min (and min > -1 with log)`);
    const { tracker } = extractionDefence(deps.shared);
    tracker.setMaxStreams(config.max_streams);
    const remote = config.shared_state ? await remoteExtractionState(deps.shared, config.shared_state) : undefined;
    const refreshMs = config.shared_state?.refresh_ms ?? 0;
    // When each caller's status was last read from Redis; bounded like the statuses.
    const fetched = new Map<string, number>();
    // One feature space per model this guard sees (model names are checked against the model table first).
    const spaces = new Map<string, FeatureSpace>();
    const spaceFor = (model: string) => {
      let s = spaces.get(model);
      if (!s) {
        s = new FeatureSpace(config.features);
        if (spaces.size < 10_000) spaces.set(model, s);
      }
      return s;
    };

    function checkLocal(ctx: GuardContext): GuardDecision {
      if (ctx.route !== 'predict') return { action: 'allow', findings: [] };
      const now = Date.now();
      const status = tracker.status(extractionSubject(ctx.principal, ctx.sourceIp), now);
      if (!status) return { action: 'allow', findings: [] };
      const findings = findingsOf(status);
      if ((status.state === 'throttled' || status.state === 'blocked') && (status.until === null || status.until > now)) {
        return { action: 'block', findings, ...(status.until !== null ? { retryAfterSeconds: Math.max(1, Math.ceil((status.until - now) / 1000)) } : {}) };
      }
      if (rank(status.state) >= rank('degraded')) ctx.state.set(DEGRADE_STATE, true);
      return { action: 'flag', findings };
    }

    /**
     * With shared state, the caller's status is re-read from Redis at most every `refresh_ms`, so a
     * block found (or cleared) on another replica holds here too. Redis unreachable: the local
     * status decides (as limit.rate's insurance limiter does), so predict traffic keeps flowing.
     */
    async function checkShared(ctx: GuardContext, remote: RemoteExtractionState): Promise<GuardDecision> {
      const subject = extractionSubject(ctx.principal, ctx.sourceIp);
      const now = Date.now();
      const last = fetched.get(subject);
      if (remote.ready && (last === undefined || now - last >= refreshMs)) {
        try {
          const found = await remote.fetchStatus(subject);
          if (fetched.size >= 100_000) fetched.clear();
          fetched.set(subject, now);
          const mine = tracker.status(subject, now);
          // A local change newer than the read may not have reached Redis yet: keep it.
          if (found) tracker.setStatus(found);
          else if (mine && mine.updated < now - refreshMs) tracker.dropStatus(subject);
        } catch {
          // Unreachable or slow: decide on what this replica knows.
        }
      }
      return checkLocal(ctx);
    }
    const check = remote ? (ctx: GuardContext) => (ctx.route === 'predict' ? checkShared(ctx, remote) : checkLocal(ctx)) : checkLocal;

    /** Acts on a stream's verdicts: escalates the caller's status and raises a signal on news. */
    function act(subject: string, model: string, stream: QueryStream, verdicts: ExtractionVerdict[], requestId: string): void {
      const fired = verdicts.filter((v) => v.triggered);
      if (fired.length === 0) return;
      const now = Date.now();
      const before = tracker.status(subject, now);
      const state = STATE_OF[config.action];
      const timed = state === 'throttled' ? now + config.throttle_seconds * 1000 : state === 'blocked' && config.block_seconds > 0 ? now + config.block_seconds * 1000 : null;
      const active = before && (before.state === 'throttled' || before.state === 'blocked') && (before.until === null || before.until > now);
      if (active && rank(before.state) >= rank(state)) return;
      const status: ExtractionStatus = { subject, model, state, since: before?.since ?? now, updated: now, until: state === 'throttled' || state === 'blocked' ? timed : null, queries: stream.queries, evidence: fired };
      tracker.setStatus(status);
      remote?.publishStatus(status, now).catch(() => {
        // Redis unreachable: this replica still acts on it; the next detection publishes again.
      });
      const known = new Set(before?.evidence.map((v) => v.detector));
      if (before && fired.every((v) => known.has(v.detector))) return;
      // First detection, or a new detector joined: one signal, not one per query.
      const evidence: Record<string, number | string | boolean | null> = { model, action: state, queries: stream.queries };
      for (const v of fired) {
        evidence[`${v.detector}_statistic`] = Number(v.statistic.toFixed(6));
        evidence[`${v.detector}_threshold`] = v.threshold;
      }
      const [kind, ...rest] = subject.split(':');
      deps.signal?.({
        source: ID,
        severity: SEVERITY_OF[state],
        title: `Model extraction pattern from ${subject} on ${model}: ${fired.map(describeVerdict).join('; ')}`,
        entity: { kind: kind === 'ip' ? 'address' : kind === 'principal' ? 'principal' : 'key', id: rest.join(':') },
        evidence,
        time: now,
        requestIds: [requestId],
        techniques: ['AML.T0024', 'AML.T0024.002', 'AML.T0040'],
      });
    }

    function settle(ctx: GuardContext, outcome: RequestSettlement): void {
      if (ctx.route !== 'predict' || outcome.status !== 200 || ctx.model === undefined) return;
      const answered = parsePredictAnswer(outcome.answer);
      if (!answered) return;
      const raw = ctx.state.get(RAW_PREDICTIONS_STATE) as readonly Prediction[] | undefined;
      const inputs = predictInputs(ctx.body);
      const space = spaceFor(ctx.model);
      const subject = extractionSubject(ctx.principal, ctx.sourceIp);
      let stream: QueryStream | undefined;
      for (let i = 0; i < inputs.length && i < answered.predictions.length; i++) {
        const x = space.vector(inputs[i]);
        if (!x) continue;
        stream ??= tracker.stream(subject, ctx.model, () => new QueryStream(x.length, streamOptions(config, space.ranged)));
        if (stream.dimensions !== x.length) return;
        const shown = answered.predictions[i]!;
        const probs = raw?.[i]?.probabilities ?? shown.probabilities;
        stream.observe(x, String(shown.label), probs ? topMargin(probs) : undefined);
      }
      if (stream) act(subject, ctx.model, stream, stream.evaluate(), ctx.requestId);
    }

    return { id: ID, stage: 'limit', check, settle };
  },
};
