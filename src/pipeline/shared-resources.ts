// The gateway's long-lived resources for guards (see `SharedResources`): one instance per key for
// the life of the process, so a policy reload keeps connections and per-key state.
import type { SharedResources } from './types.ts';

export class SharedResourcePool implements SharedResources {
  private readonly entries = new Map<string, { value: unknown; dispose?: (value: never) => void | Promise<void> }>();
  private closed = false;

  get<T>(key: string, create: () => T, dispose?: (value: T) => void | Promise<void>): T {
    const found = this.entries.get(key);
    if (found) return found.value as T;
    if (this.closed) throw new Error('the gateway is closing');
    const value = create();
    this.entries.set(key, { value, ...(dispose ? { dispose: dispose as (value: never) => void | Promise<void> } : {}) });
    return value;
  }

  /** Disposes of every resource, newest first. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.entries.values()].reverse();
    this.entries.clear();
    for (const e of all) await Promise.resolve(e.dispose?.(e.value as never)).catch(() => {});
  }
}
