// Extraction state shared by gateway replicas through Redis: callers' statuses (so a block found on
// one replica holds on all) and privacy budgets (one ε ledger per key and model, spent atomically
// by a Lua script). Each replica still detects on the queries it sees itself.
import type { RedisLink } from '../../limits/redis.ts';
import type { BudgetAccount, BudgetRule } from './budget.ts';
import { EXTRACTION_STATES, type ExtractionStatus } from './tracker.ts';

/** Statuses are kept this long in Redis (a throttle's end is in the status; then it reads as degraded). */
const STATUS_TTL_MS = 30 * 86_400_000;

// Atomic spend: the period is part of the state, so a new period starts from zero.
// KEYS[1] the account hash; ARGV: ε, count, limit, period start, period end (ms).
const SPEND = `
local eps, count, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local h = redis.call('HMGET', KEYS[1], 'spent', 'end')
local spent = tonumber(h[1]) or 0
if tostring(h[2]) ~= ARGV[5] then spent = 0 end
local covered = math.floor((limit - spent) / eps + 1e-9)
if covered > count then covered = count end
if covered < 0 then covered = 0 end
spent = spent + covered * eps
redis.call('HSET', KEYS[1], 'spent', string.format('%.17g', spent), 'limit', ARGV[3], 'start', ARGV[4], 'end', ARGV[5])
redis.call('PEXPIREAT', KEYS[1], tonumber(ARGV[5]) + 86400000)
return covered`;

function parseStatus(raw: string | null): ExtractionStatus | undefined {
  if (raw === null) return undefined;
  try {
    const s = JSON.parse(raw) as ExtractionStatus;
    if (typeof s.subject !== 'string' || !(EXTRACTION_STATES as readonly string[]).includes(s.state) || !Array.isArray(s.evidence)) return undefined;
    if (typeof s.since !== 'number' || (s.until !== null && typeof s.until !== 'number')) return undefined;
    return { ...s, updated: typeof s.updated === 'number' ? s.updated : s.since };
  } catch {
    return undefined;
  }
}

export class RemoteExtractionState {
  constructor(
    private readonly link: RedisLink,
    private readonly prefix: string,
  ) {}

  get ready(): boolean {
    return this.link.state === 'ready';
  }

  private statusKey(subject: string): string {
    return `${this.prefix}status:${subject}`;
  }

  private budgetKey(subject: string, model: string): string {
    return `${this.prefix}budget:${subject}|${model}`;
  }

  async publishStatus(status: ExtractionStatus, now = Date.now()): Promise<void> {
    await this.link.client.set(this.statusKey(status.subject), JSON.stringify(status), 'PXAT', now + STATUS_TTL_MS);
  }

  async fetchStatus(subject: string): Promise<ExtractionStatus | undefined> {
    return parseStatus(await this.link.client.get(this.statusKey(subject)));
  }

  async clearStatus(subject: string): Promise<boolean> {
    return (await this.link.client.del(this.statusKey(subject))) > 0;
  }

  async listStatuses(): Promise<ExtractionStatus[]> {
    const keys = await this.scan(`${this.prefix}status:*`);
    if (keys.length === 0) return [];
    const values = await this.link.client.mget(keys);
    return values.map(parseStatus).filter((s): s is ExtractionStatus => s !== undefined);
  }

  /** Spends ε for up to `count` answers; returns how many the budget covered. */
  async spend(subject: string, model: string, epsilon: number, count: number, rule: BudgetRule, now = Date.now()): Promise<number> {
    const start = Math.floor(now / rule.periodMs) * rule.periodMs;
    const covered = await this.link.client.eval(SPEND, 1, this.budgetKey(subject, model), String(epsilon), String(count), String(rule.limit), String(start), String(start + rule.periodMs));
    return Number(covered);
  }

  async listBudgets(now = Date.now()): Promise<BudgetAccount[]> {
    const keys = await this.scan(`${this.prefix}budget:*`);
    const pipeline = this.link.client.pipeline();
    for (const k of keys) pipeline.hgetall(k);
    const rows = (await pipeline.exec()) ?? [];
    const out: BudgetAccount[] = [];
    rows.forEach(([err, h], i) => {
      const v = h as Record<string, string> | null;
      if (err || !v || v.end === undefined) return;
      const [subject, model] = keys[i]!.slice(`${this.prefix}budget:`.length).split('|') as [string, string];
      const end = Number(v.end);
      const period = end - Number(v.start);
      const fresh = now >= end;
      const periodStart = fresh ? Math.floor(now / period) * period : Number(v.start);
      out.push({ subject, model, spent: fresh ? 0 : Number(v.spent), limit: Number(v.limit), periodStart, periodEnd: periodStart + period });
    });
    return out;
  }

  async resetBudget(subject: string, model?: string): Promise<number> {
    const keys = model !== undefined ? [this.budgetKey(subject, model)] : await this.scan(`${this.prefix}budget:${subject.replace(/[*?[\]\\]/g, '\\$&')}|*`);
    let n = 0;
    // HSETs only an account that exists (a reset must not create one without its period).
    for (const k of keys) n += Number(await this.link.client.eval("if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'spent', '0') return 1 end return 0", 1, k));
    return n;
  }

  private async scan(match: string): Promise<string[]> {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.link.client.scan(cursor, 'MATCH', match, 'COUNT', 500);
      cursor = next;
      out.push(...keys);
    } while (cursor !== '0' && out.length < 100_000);
    return out;
  }
}
