// Hand-written training rows (scripts/train-injection/written/*.jsonl): natural prompts and
// documents written for Bulwark, not from templates, to widen what the classifier has seen beyond
// the development files: benign texts full of attack vocabulary (trigger words, long task
// specifications, harmless role-play, conversational follow-ups, documents instructing people)
// and attacks by technique in many languages. Row format as the datasets' ({text, label, category,
// lang, role}); every row is its own fold group.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile, type Row } from './data.ts';

export const WRITTEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'written');
export const WRITTEN_FILE = 'synthetic-written';

export function writtenRows(dir = WRITTEN_DIR): Row[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => loadFile(join(dir, f), { fillTemplates: false, goalsPerTemplate: 0, seed: 0 }).map((r) => {
    const id = `written:${f}:${r.id}`;
    return { ...r, id, file: WRITTEN_FILE, group: `${WRITTEN_FILE}:${id}` };
  }));
}
