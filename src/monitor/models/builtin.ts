// Built-in references for the demo models, so monitoring works out of the box: demo-fraud from
// `generateTransactions` with a fixed seed (inputs, the demo model's answers and the true labels),
// demo-chat from seeded English customer questions and the demo's replies.
import { demoChatReply } from '../../demo/chat.ts';
import { FRAUD_FEATURES, generateTransactions, trainFraudModel } from '../../demo/fraud.ts';
import { seededRandom } from '../../synthetic/random.ts';
import type { MonitoredRecord } from '../profile/dataset.ts';
import { type ModelReference, OUTPUT_LABEL, OUTPUT_SCORE, type ReferenceRows, TEXT_INPUT, TEXT_OUTPUT, buildReference, buildReferenceAsync } from './reference.ts';

export const FRAUD_REFERENCE_SEED = 424_242;
export const FRAUD_REFERENCE_ROWS = 20_000;
export const CHAT_REFERENCE_ROWS = 1_500;

export function demoFraudReference(now: number, rows = FRAUD_REFERENCE_ROWS): ModelReference {
  return buildReference(fraudRows(now, rows));
}

function fraudRows(now: number, rows: number): ReferenceRows {
  const { x, y } = generateTransactions(rows, FRAUD_REFERENCE_SEED);
  const model = trainFraudModel();
  const outputs = x.map((t): MonitoredRecord => {
    const p = model.predict(t);
    return { [OUTPUT_LABEL]: p.label, [OUTPUT_SCORE]: p.probabilities.fraud };
  });
  return {
    model: 'demo-fraud',
    kind: 'tabular',
    source: `builtin:generateTransactions(${rows}, ${FRAUD_REFERENCE_SEED})`,
    createdAt: now,
    schema: FRAUD_FEATURES.map((name) => ({ name, kind: 'numeric' as const })),
    inputs: x,
    outputs,
    actual: y.map((v) => (v === 1 ? 'fraud' : 'legit')),
    positiveLabel: 'fraud',
    chunkSize: 200,
  };
}

const OPENERS = ['How do I', 'Can you help me', 'I want to', 'Please explain how to', 'Is it possible to', 'What is the fastest way to', 'Could you tell me how to', 'Why can I not'];
const TASKS = [
  'freeze my debit card',
  'check the balance of my savings account',
  'send money to my sister abroad',
  'change the PIN of my credit card',
  'open a new current account',
  'dispute a payment I do not recognise',
  'increase my daily withdrawal limit',
  'download last month\'s statement',
  'set up a standing order for my rent',
  'report a stolen card',
  'update my home address',
  'close my old account',
];
const TAILS = ['', '?', ' today?', ' from the mobile app?', ' without visiting a branch?', ', thanks.', ' before the weekend?', ' as soon as possible.'];

/** Seeded English banking questions, the traffic demo-chat is meant for. */
export function demoChatPrompts(n: number, seed = 7_331): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: n }, () => `${pick(OPENERS)} ${pick(TASKS)}${pick(TAILS)}`);
}

export function demoChatReference(now: number, rows = CHAT_REFERENCE_ROWS): ModelReference {
  return buildReference(chatRows(now, rows));
}

function chatRows(now: number, rows: number): ReferenceRows {
  const prompts = demoChatPrompts(rows);
  return {
    model: 'demo-chat',
    kind: 'text',
    source: `builtin:demoChatPrompts(${rows})`,
    createdAt: now,
    schema: [{ name: TEXT_INPUT, kind: 'text' }],
    inputs: prompts.map((p) => ({ [TEXT_INPUT]: p })),
    outputs: prompts.map((p) => ({ [TEXT_OUTPUT]: demoChatReply([{ role: 'user', content: p }]) })),
  };
}

/** The built-in reference of a demo model, or undefined for any other model name. */
export function builtinReference(model: string, now: number): ModelReference | undefined {
  if (model === 'demo-fraud') return demoFraudReference(now);
  if (model === 'demo-chat') return demoChatReference(now);
  return undefined;
}

/** As `builtinReference`, profiling in slices so a gateway serving traffic is not stalled. */
export async function builtinReferenceAsync(model: string, now: number): Promise<ModelReference | undefined> {
  if (model === 'demo-fraud') return buildReferenceAsync(fraudRows(now, FRAUD_REFERENCE_ROWS), 500);
  if (model === 'demo-chat') return buildReferenceAsync(chatRows(now, CHAT_REFERENCE_ROWS), 20);
  return undefined;
}
