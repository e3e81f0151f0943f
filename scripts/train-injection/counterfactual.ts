// Counterfactual rows: what an indirect injection asks for is often an ordinary request ("What is
// the capital of Brazil?", "Explain how recursion works"). Inside a retrieved e-mail it is an
// injection; typed by the user it is benign. BIPIA's inserted tasks of that kind are added as
// benign user turns, so that the classifier learns the context (the domain-salted features), not
// the request itself: the model trained without them flagged "What is the capital of Brazil?" as a
// user prompt at 0.76. Derived from the dataset at training time; nothing is copied into the repo.
import { pick } from './fill.ts';
import type { Row } from './data.ts';

export const BIPIA_AS_USER_FILE = 'bipia-tasks-as-user';

/**
 * BIPIA attack categories whose inserted text is an ordinary task when a user types it. The
 * categories that rewrite "your reply" (misspell every word, remove spaces) are left out: from a
 * user they are odd formatting requests, and output manipulation is an attack technique of its own.
 */
const HARMLESS_AS_USER = new Set(['Information Retrieval', 'Learning and Tutoring', 'Programming Help', 'Content Creation', 'Language Translation']);
const WRAPS: readonly string[] = ['{q}', 'Quick question: {q}', '{q} Keep it short, please.', 'Hi! {q}', 'Can you help me with this? {q}', '{q} Thanks in advance.'];

export function bipiaTasksAsUser(rows: readonly Row[], rnd: () => number, perTask = 4): Row[] {
  const tasks = new Set<string>();
  for (const r of rows) {
    if (r.file === 'bipia-train.jsonl' && r.label === 1 && r.attack && HARMLESS_AS_USER.has(r.category ?? '')) tasks.add(r.attack.trim());
  }
  return [...tasks].sort().flatMap((q, i) => {
    const texts = new Set<string>();
    for (let k = 0; k < perTask * 4 && texts.size < perTask; k++) texts.add(pick(rnd, WRAPS).replace('{q}', q));
    return [...texts].map((text, j) => ({
      id: `bipia-user-${i}-${j}`, text, label: 0 as const, file: BIPIA_AS_USER_FILE, category: 'task-as-user', group: `${BIPIA_AS_USER_FILE}:${i}`, document: false,
    }));
  });
}
