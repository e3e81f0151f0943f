// Loads span-labelled JSONL rows ({text, spans:[{type,start,end}], template_id}) and checks them,
// so a malformed file fails loudly instead of skewing the numbers.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from './metrics.ts';

export interface Row {
  readonly text: string;
  readonly spans: readonly Span[];
  readonly templateId?: number;
}

export function listJsonl(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadRows(file: string): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    const raw = JSON.parse(line) as { text?: unknown; spans?: unknown; template_id?: unknown };
    if (typeof raw.text !== 'string' || !Array.isArray(raw.spans)) throw new Error(`${where}: expected {text, spans}`);
    const text = raw.text;
    const spans: Span[] = raw.spans.map((s: { type?: unknown; start?: unknown; end?: unknown }) => {
      if (typeof s.type !== 'string' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) throw new Error(`${where}: bad span`);
      const span = { type: s.type, start: s.start as number, end: s.end as number };
      if (span.start < 0 || span.end > text.length || span.end <= span.start) throw new Error(`${where}: span out of range`);
      return span;
    });
    rows.push({ text, spans, ...(typeof raw.template_id === 'number' ? { templateId: raw.template_id } : {}) });
  });
  return rows;
}

/**
 * A deterministic split of the dev rows by template, for tuning on one half and checking on the
 * other: the second byte of sha256(template id) decides (the first byte already chose dev/test).
 */
export function templateHalf(templateId: number | undefined): 'tune' | 'check' {
  if (templateId === undefined) return 'check';
  const byte = createHash('sha256').update(String(templateId)).digest()[1] ?? 0;
  return byte % 2 === 0 ? 'tune' : 'check';
}
