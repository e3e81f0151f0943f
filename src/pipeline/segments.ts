// Finds the text in requests and answers that scanners look at, and writes redacted text back.
// Tolerates malformed bodies (it runs before validation): what is not text is skipped.
import type { RouteKind, TextSegment } from './types.ts';

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function contentSegments(content: unknown, base: string, role: string | undefined, out: TextSegment[]): void {
  const r = role !== undefined ? { role } : {};
  if (typeof content === 'string') out.push({ location: base, text: content, ...r });
  else if (Array.isArray(content)) {
    content.forEach((part, j) => {
      if (isObj(part) && typeof part.text === 'string') out.push({ location: `${base}[${j}].text`, text: part.text, ...r });
    });
  }
}

/** Tool-call arguments: a model that was talked into exfiltrating data does it here. */
function toolCallSegments(calls: unknown, base: string, role: string | undefined, out: TextSegment[]): void {
  if (!Array.isArray(calls)) return;
  const r = role !== undefined ? { role } : {};
  calls.forEach((call, j) => {
    const fn = isObj(call) ? call.function : undefined;
    if (isObj(fn) && typeof fn.arguments === 'string') out.push({ location: `${base}[${j}].function.arguments`, text: fn.arguments, ...r });
  });
}

function stringList(v: unknown, base: string, out: TextSegment[]): void {
  if (typeof v === 'string') out.push({ location: base, text: v });
  else if (Array.isArray(v)) v.forEach((s, i) => typeof s === 'string' && out.push({ location: `${base}[${i}]`, text: s }));
}

export function inputSegments(route: RouteKind, body: unknown): TextSegment[] {
  const out: TextSegment[] = [];
  if (!isObj(body)) return out;
  if (route === 'chat' && Array.isArray(body.messages)) {
    body.messages.forEach((m, i) => {
      if (!isObj(m)) return;
      const role = typeof m.role === 'string' ? m.role : undefined;
      contentSegments(m.content, `messages[${i}].content`, role, out);
      toolCallSegments(m.tool_calls, `messages[${i}].tool_calls`, role, out);
    });
  } else if (route === 'completions') stringList(body.prompt, 'prompt', out);
  else if (route === 'embeddings') stringList(body.input, 'input', out);
  return out;
}

export function outputSegments(route: RouteKind, body: unknown): TextSegment[] {
  const out: TextSegment[] = [];
  if (!isObj(body) || !Array.isArray(body.choices)) return out;
  body.choices.forEach((c, i) => {
    if (!isObj(c)) return;
    if (route === 'chat' && isObj(c.message)) {
      contentSegments(c.message.content, `choices[${i}].message.content`, 'assistant', out);
      toolCallSegments(c.message.tool_calls, `choices[${i}].message.tool_calls`, 'assistant', out);
    }
    else if (route === 'completions' && typeof c.text === 'string') out.push({ location: `choices[${i}].text`, text: c.text });
  });
  return out;
}

const STEP = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/** Writes `text` at a location such as `messages[2].content[0].text`; returns false if absent. */
export function setTextAt(body: unknown, location: string, text: string): boolean {
  const steps: Array<string | number> = [];
  for (const m of location.matchAll(STEP)) steps.push(m[1] !== undefined ? m[1] : Number(m[2]));
  let node: unknown = body;
  for (let i = 0; i < steps.length - 1; i++) {
    node = (node as Record<string | number, unknown> | undefined)?.[steps[i]!];
    if (typeof node !== 'object' || node === null) return false;
  }
  const last = steps.at(-1);
  if (last === undefined || typeof (node as Record<string | number, unknown>)[last] !== 'string') return false;
  (node as Record<string | number, unknown>)[last] = text;
  return true;
}
