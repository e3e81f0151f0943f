// What the monitors take from one served request: the input records and output records of its
// model (tabular fields, or the prompt and completion of a text model) and the predicted labels.
// Reads the request event's payload by reference and copies only the fields profiles need.
import type { MonitoredRecord, RecordValue } from '../profile/dataset.ts';
import { OUTPUT_LABEL, OUTPUT_SCORE, TEXT_INPUT, TEXT_OUTPUT } from './reference.ts';

export interface OutputFields {
  /** Dotted path of the label inside one prediction (default `label`). */
  readonly label: readonly string[];
  readonly score?: readonly string[];
}

export interface Extracted {
  readonly inputs: readonly MonitoredRecord[];
  readonly outputs: readonly MonitoredRecord[];
  /** Predicted label per input (predict models), for the feedback join. */
  readonly labels: readonly string[];
}

const NONE: Extracted = { inputs: [], outputs: [], labels: [] };
/** Most records of one batch request that are profiled (a huge batch must not stall the loop). */
export const MAX_RECORDS_PER_REQUEST = 1_000;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function at(v: unknown, path: readonly string[]): unknown {
  let cur = v;
  for (const k of path) {
    if (!isObj(cur) || !Object.hasOwn(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function scalar(v: unknown): RecordValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

export function parseFieldPath(path: string): string[] {
  return path.split('.');
}

/** Records of a predict request: `{input}` or `{inputs: [...]}` answered by `{prediction}` / `{predictions}`. */
export function predictRecords(input: unknown, answer: unknown, fields: OutputFields): Extracted {
  if (!isObj(input)) return NONE;
  const inputs = (Array.isArray(input.inputs) ? input.inputs : [input.input]).slice(0, MAX_RECORDS_PER_REQUEST).filter(isObj) as MonitoredRecord[];
  let predictions: unknown[] = [];
  if (isObj(answer)) {
    if (Array.isArray(answer.predictions)) predictions = answer.predictions.slice(0, MAX_RECORDS_PER_REQUEST);
    else if (answer.prediction !== undefined) predictions = [answer.prediction];
  }
  const outputs: MonitoredRecord[] = [];
  const labels: string[] = [];
  for (const p of predictions) {
    const label = isObj(p) ? scalar(at(p, fields.label)) : scalar(p);
    const score = fields.score && isObj(p) ? scalar(at(p, fields.score)) : null;
    outputs.push({ [OUTPUT_LABEL]: label, [OUTPUT_SCORE]: typeof score === 'number' ? score : null });
    labels.push(label === null ? '' : String(label));
  }
  return { inputs, outputs, labels };
}

function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts = content.filter((p) => isObj(p) && typeof p.text === 'string').map((p) => (p as { text: string }).text);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** Records of a chat or completion request: the last user message (or prompt) and the first answer. */
export function textRecords(route: string, input: unknown, answer: unknown): Extracted {
  if (!isObj(input)) return NONE;
  let prompt: string | undefined;
  if (route === 'chat' && Array.isArray(input.messages)) {
    for (let i = input.messages.length - 1; i >= 0 && prompt === undefined; i--) {
      const m = input.messages[i];
      if (isObj(m) && m.role === 'user') prompt = contentText(m.content);
    }
  } else if (route === 'completions') prompt = typeof input.prompt === 'string' ? input.prompt : Array.isArray(input.prompt) && typeof input.prompt[0] === 'string' ? input.prompt[0] : undefined;
  if (prompt === undefined) return NONE;
  let completion: string | undefined;
  const choice = isObj(answer) && Array.isArray(answer.choices) ? answer.choices[0] : undefined;
  if (isObj(choice)) completion = route === 'chat' && isObj(choice.message) ? contentText(choice.message.content) : typeof choice.text === 'string' ? choice.text : undefined;
  return { inputs: [{ [TEXT_INPUT]: prompt }], outputs: completion === undefined ? [] : [{ [TEXT_OUTPUT]: completion }], labels: [] };
}
