// The scripted week: who sends what, when. Four normal days (a daily rhythm per client), then the
// planted events of issue #9, each with the window within which an alert must fire.
import { generateTransactions, type Transaction } from '../../src/demo/fraud.ts';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
/** Monday 2 November 2026, 00:00 UTC. */
export const WEEK_START = Date.UTC(2026, 10, 2);
export const STEP = 5 * MINUTE;
export const NORMAL_DAYS = 4;

export interface PlantedEvent {
  readonly id: string;
  readonly description: string;
  readonly start: number;
  readonly end: number;
  /** An alert must fire within this long after `start`. */
  readonly window: number;
  /** Which alert sources count as detecting it (prefixes of `source`). */
  readonly sources: readonly string[];
}

const at = (day: number, hour: number, minute = 0) => WEEK_START + day * DAY + hour * HOUR + minute * MINUTE;

export const EVENTS: readonly PlantedEvent[] = [
  { id: 'million', description: 'a $1,000,000 transaction to demo-fraud', start: at(4, 10), end: at(4, 10, 5), window: 10 * MINUTE, sources: ['validate.contract', 'monitor.contract'] },
  { id: 'mandarin', description: 'support-bot prompts switch to Mandarin', start: at(4, 13), end: at(4, 17), window: 3 * HOUR, sources: ['monitor.drift'] },
  { id: 'bulk-read', description: 'the analyst key exports everything at 3 AM', start: at(5, 3), end: at(5, 3, 30), window: HOUR, sources: ['monitor.behaviour', 'behaviour.', 'rule.'] },
  { id: 'accuracy', description: 'ground truth disagrees with demo-fraud (accuracy drop via feedback)', start: at(5, 9), end: at(6, 0), window: 12 * HOUR, sources: ['monitor.accuracy'] },
  { id: 'spike', description: 'a request spike from one new address', start: at(5, 15), end: at(5, 15, 15), window: 30 * MINUTE, sources: ['monitor.behaviour', 'behaviour.', 'rule.'] },
  { id: 'latency', description: 'the upstream slows down (150 ms per answer)', start: at(6, 11), end: at(6, 11, 45), window: 45 * MINUTE, sources: ['monitor.performance'] },
];

export const active = (id: string, t: number) => {
  const e = EVENTS.find((x) => x.id === id)!;
  return t >= e.start && t < e.end;
};

/** Relative traffic by hour of day: quiet nights, a working-day peak. */
export function rhythm(t: number): number {
  const hour = new Date(t).getUTCHours() + new Date(t).getUTCMinutes() / 60;
  const day = 0.15 + 0.85 * Math.max(0, Math.sin(((hour - 6) / 14) * Math.PI));
  return hour >= 6 && hour <= 20 ? day : 0.15;
}

/** A source of transactions from demo-fraud's own distribution, with its ground truth. */
export class TransactionStream {
  private i = 0;
  private readonly x: Transaction[];
  private readonly y: number[];
  constructor(n: number, seed: number) {
    ({ x: this.x, y: this.y } = generateTransactions(n, seed));
  }
  next(): { tx: Transaction; truth: 'fraud' | 'legit' } {
    const k = this.i++ % this.x.length;
    return { tx: this.x[k]!, truth: this.y[k] === 1 ? 'fraud' : 'legit' };
  }
}

const MANDARIN_OPENERS = ['请问', '你好，', '我想知道', '麻烦帮我看看，', '急！'];
const MANDARIN_TASKS = ['我的银行卡被重复扣款了怎么办', '如何修改我的账户密码', '退款政策是什么', '怎么更改收货地址', '信用卡丢了怎么冻结', '为什么转账一直没有到账'];

/** What the support bot sends at time `t`: its usual English question, or Mandarin during the event. */
export function supportPrompt(t: number, k: number, english: string): string {
  return active('mandarin', t) ? `${MANDARIN_OPENERS[k % MANDARIN_OPENERS.length]}${MANDARIN_TASKS[k % MANDARIN_TASKS.length]}？` : english;
}
