// `bulwark review list|show|mark|export`: the injection detector's self-hardening loop. Flagged
// prompts (queued when `scan.injection` has `review.enabled`) are judged attack or benign, then
// exported as training rows for `npm run train:injection -- --extra FILE`. Needs a running gateway.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type AdminClientOptions, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

interface ReviewRow {
  id: string;
  created_at: number;
  model: string | null;
  source: string;
  score: number;
  rules: string[];
  status: string;
  chars: number;
  text: string | null;
  category: string | null;
  reviewed_by: string | null;
}

const COLUMNS = ['id', 'created', 'status', 'model', 'source', 'score', 'rules', 'preview'];
/** One line of the prompt, control characters shown as `?` (a table never gets a raw newline). */
const preview = (t: string | null) => (t === null ? '(unreadable)' : t.replace(/\s+/g, ' ').slice(0, 60) + (t.length > 60 ? '…' : ''));
const rows = (rs: ReviewRow[]) => rs.map((r) => ({ ...r, created: when(r.created_at), score: r.score.toFixed(3), preview: preview(r.text) }));

export function registerReviewCommand(program: Command, setExit: (code: number) => void): void {
  const review = program.command('review').description('Review prompts the injection detector flagged; export judged ones as training data');

  withAdminOptions(review.command('list'))
    .description('List flagged prompts, newest first')
    .option('--status <status>', 'pending | attack | benign', 'pending')
    .option('--limit <n>', 'at most this many (1-100)', '20')
    .action((o: AdminClientOptions & { status: string; limit: string }) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<{ data: ReviewRow[]; pending: number }>('GET', `/admin/v1/reviews?status=${encodeURIComponent(o.status)}&limit=${encodeURIComponent(o.limit)}`);
        return o.json ? `${JSON.stringify(r.data)}\n` : `${table(rows(r.data), COLUMNS)}${r.pending} pending\n`;
      }),
    );

  withAdminOptions(review.command('show').argument('<id>', 'review item id'))
    .description('Show one flagged prompt in full')
    .action((id: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<ReviewRow>('GET', `/admin/v1/reviews/${encodeURIComponent(id)}`);
        if (o.json) return `${JSON.stringify(r)}\n`;
        return `${table(rows([r]), COLUMNS)}\n${r.text ?? '(unreadable)'}\n`;
      }),
    );

  withAdminOptions(review.command('mark').argument('<id>', 'review item id').argument('<verdict>', 'attack | benign'))
    .description('Judge a flagged prompt')
    .option('--category <name>', 'attack family (jailbreak, indirect, ...)')
    .action((id: string, verdict: string, o: AdminClientOptions & { category?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<ReviewRow>('POST', `/admin/v1/reviews/${encodeURIComponent(id)}/verdict`, { verdict, ...(o.category ? { category: o.category } : {}) });
        return o.json ? `${JSON.stringify(r)}\n` : `${r.id}: ${r.status}\n`;
      }),
    );

  withAdminOptions(review.command('export'))
    .description('Write judged prompts as prompt-injection training rows (JSONL)')
    .requiredOption('--out <file>', 'output file (then: npm run train:injection -- --extra FILE)')
    .action((o: AdminClientOptions & { out: string }) =>
      runAdmin(o, setExit, async (c) => {
        const jsonl = await c.text('GET', '/admin/v1/reviews/export');
        // Owner-only: the rows are prompts people wrote.
        writeFileSync(o.out, jsonl, { mode: 0o600 });
        const n = jsonl.split('\n').filter(Boolean).length;
        return o.json ? `${JSON.stringify({ rows: n, file: o.out })}\n` : `${n} training rows written to ${o.out}\n`;
      }),
    );
}
