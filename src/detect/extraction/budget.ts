// Per-caller privacy budgets for noisy prediction outputs: each answered query spends ε from the
// caller's allowance for the current period (fixed windows aligned to the epoch). In memory, per
// gateway process, bounded with LRU eviction over accounts.

export interface BudgetAccount {
  readonly subject: string;
  readonly model: string;
  /** ε spent in the current period. */
  readonly spent: number;
  /** ε allowed per period. */
  readonly limit: number;
  readonly periodStart: number;
  readonly periodEnd: number;
}

export interface BudgetRule {
  readonly limit: number;
  readonly periodMs: number;
}

interface Account {
  spent: number;
  limit: number;
  periodStart: number;
  periodEnd: number;
}

export class PrivacyBudgetLedger {
  private readonly accounts = new Map<string, Account>();

  constructor(private readonly maxAccounts = 100_000) {}

  private key(subject: string, model: string): string {
    return `${subject}\u0000${model}`;
  }

  private current(subject: string, model: string, rule: BudgetRule, now: number): Account {
    const k = this.key(subject, model);
    let a = this.accounts.get(k);
    if (a) this.accounts.delete(k);
    if (!a || now >= a.periodEnd || a.limit !== rule.limit || a.periodEnd - a.periodStart !== rule.periodMs) {
      const periodStart = Math.floor(now / rule.periodMs) * rule.periodMs;
      // A changed rule (policy reload) starts a fresh period only if the period itself changed.
      const keep = a && now < a.periodEnd && a.periodEnd - a.periodStart === rule.periodMs;
      a = { spent: keep ? a!.spent : 0, limit: rule.limit, periodStart, periodEnd: periodStart + rule.periodMs };
    }
    this.accounts.set(k, a);
    while (this.accounts.size > this.maxAccounts) this.accounts.delete(this.accounts.keys().next().value as string);
    return a;
  }

  /**
   * Spends `epsilon` for each of `count` answers, as many as the remaining budget covers; returns
   * how many were covered (the rest must be degraded or refused). Floating-point slack of 1e-9.
   */
  spend(subject: string, model: string, epsilon: number, count: number, rule: BudgetRule, now = Date.now()): number {
    const a = this.current(subject, model, rule, now);
    let covered = 0;
    while (covered < count && a.spent + epsilon <= a.limit + 1e-9) {
      a.spent += epsilon;
      covered++;
    }
    return covered;
  }

  /** The account as it stands (a fresh period shows nothing spent). */
  peek(subject: string, model: string, now = Date.now()): BudgetAccount | undefined {
    const a = this.accounts.get(this.key(subject, model));
    if (!a) return undefined;
    const fresh = now >= a.periodEnd;
    const period = a.periodEnd - a.periodStart;
    const periodStart = fresh ? Math.floor(now / period) * period : a.periodStart;
    return { subject, model, spent: fresh ? 0 : a.spent, limit: a.limit, periodStart, periodEnd: periodStart + period };
  }

  list(now = Date.now()): BudgetAccount[] {
    const out: BudgetAccount[] = [];
    for (const k of this.accounts.keys()) {
      const [subject, model] = k.split('\u0000') as [string, string];
      const a = this.peek(subject, model, now);
      if (a) out.push(a);
    }
    return out;
  }

  /** Gives a caller its whole budget back (every model, or one). Returns the accounts reset. */
  reset(subject: string, model?: string): number {
    let n = 0;
    for (const [k, a] of this.accounts) {
      const [s, m] = k.split('\u0000') as [string, string];
      if (s === subject && (model === undefined || m === model)) {
        a.spent = 0;
        n++;
      }
    }
    return n;
  }
}
