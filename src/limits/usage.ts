// What one subject has used of its limits right now, for the admin API: the running limit.rate
// guards register themselves here (in the gateway's shared resources) and are asked in turn.
import type { SharedResources } from '../pipeline/types.ts';
import { secondsUntil } from './headers.ts';
import type { LimitPlans } from './plans.ts';
import type { SubjectKind } from './windows.ts';

export interface LimitInstance {
  readonly keyPrefix: string;
  readonly backend: 'memory' | 'redis';
  readonly plans: LimitPlans;
}

export interface WindowUsage {
  readonly policy: string;
  readonly backend: 'memory' | 'redis';
  readonly limit: number;
  readonly used: number;
  readonly remaining: number;
  /** Seconds until the window resets; null when nothing was counted yet (or for concurrency). */
  readonly resetSeconds: number | null;
}

/** The running limit.rate guards, newest last (an old policy's guards leave when it closes). */
export function limitInstances(shared: SharedResources): Set<LimitInstance> {
  return shared.get('limit.rate:instances', () => new Set<LimitInstance>());
}

export async function subjectUsage(instances: Iterable<LimitInstance>, kind: SubjectKind, id: string): Promise<WindowUsage[]> {
  // After a reload the old and new guards overlap for a while: the newest answers for a window.
  const byWindow = new Map<string, WindowUsage>();
  for (const inst of instances) {
    const windows = inst.plans.windows(kind, id) ?? [];
    for (const w of windows) {
      const res = await w.counter.get(`${kind}:${id}`);
      const used = Math.max(0, res?.consumedPoints ?? 0);
      byWindow.set(`${inst.keyPrefix}|${w.policy}`, {
        policy: w.policy,
        backend: inst.backend,
        limit: w.limit,
        used,
        remaining: Math.max(0, w.limit - used),
        resetSeconds: res && w.window.unit !== 'concurrent' && res.msBeforeNext > 0 ? secondsUntil(res.msBeforeNext) : null,
      });
    }
  }
  return [...byWindow.values()];
}
