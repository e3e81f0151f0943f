// Runs the guards of one stage for one request: in policy order, enforce or monitor, with a time
// limit, failing closed on faults unless a guard's config says `on_error: allow`.
import type { Action, Finding } from './decision.ts';
import { worstAction } from './decision.ts';
import { matchesAny } from './glob.ts';
import type { GuardStage } from './stages.ts';
import type { Guard, GuardContext, GuardDecision, Principal, RouteKind, TextEdit, TextSegment } from './types.ts';

export interface ActiveGuard {
  /** Instance name (the policy's `name`, or the guard id). */
  readonly name: string;
  readonly guard: Guard;
  readonly mode: 'enforce' | 'monitor';
  readonly onError: 'block' | 'allow';
  readonly timeoutMs: number;
  readonly routes?: readonly RouteKind[];
  readonly models?: readonly string[];
}

/** What one guard did for one request: the record audit and metrics consume. */
export interface GuardRecord {
  readonly guard: string;
  readonly kind: string;
  readonly stage: GuardStage;
  readonly mode: 'enforce' | 'monitor';
  /** The action taken (in monitor mode never more than `flag`). */
  readonly action: Action;
  /** What the guard decided, before monitor mode softened it. */
  readonly decided: Action;
  readonly findings: readonly Finding[];
  readonly durationMs: number;
  readonly fault?: 'error' | 'timeout';
}

export interface StageOutcome {
  readonly action: Action;
  readonly records: readonly GuardRecord[];
  readonly segments: readonly TextSegment[];
  readonly edits: readonly TextEdit[];
  readonly principal?: Principal;
  /** The enforced guard that blocked, if any. */
  readonly blockedBy?: GuardRecord;
  /** With a block: when the caller may retry, as the blocking guard said. */
  readonly retryAfterSeconds?: number;
  /** Response headers the stage's guards added. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Harden stage: the answer as the guards rewrote it (absent when none did). */
  readonly answer?: unknown;
  /** Guards that ran and want to hear how the request ended (`Guard.settle`). */
  readonly settle?: readonly Guard[];
}

class GuardTimeout extends Error {}

const NO_RECORDS: readonly GuardRecord[] = Object.freeze([]);
const NO_EDITS: readonly TextEdit[] = Object.freeze([]);

function withTimeout(p: Promise<GuardDecision>, ms: number): Promise<GuardDecision> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GuardTimeout()), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function applyEdits(segments: readonly TextSegment[], edits: readonly TextEdit[]): TextSegment[] {
  const byLocation = new Map(edits.map((e) => [e.location, e.text]));
  return segments.map((s) => (byLocation.has(s.location) ? { ...s, text: byLocation.get(s.location)! } : s));
}

export class Pipeline {
  /** route → model → stage → guards, computed once per combination (no per-request strings). */
  private readonly plans = new Map<RouteKind, Map<string, Map<GuardStage, readonly ActiveGuard[]>>>();
  private planned = 0;

  constructor(readonly guards: readonly ActiveGuard[]) {}

  /** The guards that apply to a route, model and stage (computed once per combination). */
  guardsFor(route: RouteKind, model: string | undefined, stage: GuardStage): readonly ActiveGuard[] {
    let byModel = this.plans.get(route);
    if (!byModel) {
      byModel = new Map();
      this.plans.set(route, byModel);
    }
    const modelKey = model ?? '';
    let byStage = byModel.get(modelKey);
    if (!byStage) {
      byStage = new Map();
      // Unknown model names are client input: bound what they can make us remember.
      if (this.planned < 10_000) {
        byModel.set(modelKey, byStage);
        this.planned++;
      }
    }
    let list = byStage.get(stage);
    if (!list) {
      list = this.guards.filter(
        (g) =>
          g.guard.stage === stage &&
          (!g.routes || g.routes.includes(route)) &&
          (!g.models || (model !== undefined && matchesAny(g.models, model))),
      );
      byStage.set(stage, list);
    }
    return list;
  }

  async run(stage: GuardStage, ctx: GuardContext): Promise<StageOutcome> {
    const active = this.guardsFor(ctx.route, ctx.model, stage);
    if (active.length === 0) return { action: 'allow', records: NO_RECORDS, segments: ctx.segments, edits: NO_EDITS, ...(ctx.principal ? { principal: ctx.principal } : {}) };
    let action: Action = 'allow';
    let current = ctx;
    const records: GuardRecord[] = [];
    const edits: TextEdit[] = [];
    let principal = ctx.principal;
    let headers: Record<string, string> | undefined;
    let answer: unknown;
    let settle: Guard[] | undefined;
    const outcome = (blockedBy?: GuardRecord, retryAfterSeconds?: number): StageOutcome => ({
      action,
      records,
      segments: current.segments,
      edits,
      ...(principal ? { principal } : {}),
      ...(blockedBy ? { blockedBy } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      ...(headers ? { headers } : {}),
      ...(answer !== undefined ? { answer } : {}),
      ...(settle ? { settle } : {}),
    });
    for (const g of active) {
      const record = await this.runOne(g, current);
      records.push(record.record);
      if (g.guard.settle) (settle ??= []).push(g.guard);
      const d = record.decision;
      if (d?.headers) headers = { ...headers, ...d.headers };
      if (d?.principal && g.mode === 'enforce') {
        principal = d.principal;
        current = { ...current, principal };
      }
      if (record.record.action === 'redact' && d?.edits && d.edits.length > 0) {
        edits.push(...d.edits);
        current = { ...current, segments: applyEdits(current.segments, d.edits) };
      }
      if (record.record.action === 'redact' && d?.answer !== undefined) {
        answer = d.answer;
        current = { ...current, answer };
      }
      action = worstAction(action, record.record.action);
      if (record.record.action === 'block') return outcome(record.record, d?.retryAfterSeconds);
    }
    return outcome();
  }

  private async runOne(g: ActiveGuard, ctx: GuardContext): Promise<{ record: GuardRecord; decision?: GuardDecision }> {
    const started = performance.now();
    let decision: GuardDecision;
    try {
      const out = g.guard.check(ctx);
      decision = out instanceof Promise ? await withTimeout(out, g.timeoutMs) : out;
    } catch (e) {
      const fault = e instanceof GuardTimeout ? 'timeout' : 'error';
      const failed: Action = g.onError === 'allow' ? 'flag' : 'block';
      const finding: Finding = {
        guard: g.guard.id,
        rule: `guard_${fault}`,
        score: 1,
        reason: fault === 'timeout' ? `the check did not finish within ${g.timeoutMs} ms` : 'the check failed',
      };
      const action = g.mode === 'monitor' && failed === 'block' ? 'flag' : failed;
      return {
        record: { guard: g.name, kind: g.guard.id, stage: g.guard.stage, mode: g.mode, action, decided: failed, findings: [finding], durationMs: performance.now() - started, fault },
      };
    }
    const decided = decision.action;
    const action: Action = g.mode === 'monitor' ? (decided === 'allow' ? 'allow' : 'flag') : decided;
    return {
      record: { guard: g.name, kind: g.guard.id, stage: g.guard.stage, mode: g.mode, action, decided, findings: decision.findings, durationMs: performance.now() - started },
      decision,
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.guards.map((g) => g.guard.close?.()));
  }
}
