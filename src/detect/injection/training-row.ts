// Turns a reviewer-confirmed example (a flagged prompt judged attack or benign) into a row of the
// prompt-injection dataset format, so `npm run train:injection -- --extra FILE` can learn from it.
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** One row of the prompt-injection JSONL format (see ../shared/datasets/prompt-injection/README.md). */
export interface InjectionTrainingRow {
  readonly id: string;
  readonly text: string;
  readonly label: 0 | 1;
  readonly source: string;
  readonly category: string | null;
  readonly lang: string | null;
  readonly dup_of: string | null;
}

export interface ReviewedExample {
  readonly text: string;
  /** The reviewer's verdict: true when it is an injection or jailbreak. */
  readonly isInjection: boolean;
  /** Stable id; default derived from a hash of the text. */
  readonly id?: string;
  /** Where the example came from (default `bulwark-review`). */
  readonly source?: string;
  readonly category?: string | null;
  readonly lang?: string | null;
}

const MAX_TEXT = 100_000;

const exampleSchema = z.strictObject({
  text: z.string().min(1).max(MAX_TEXT),
  isInjection: z.boolean(),
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/).optional(),
  source: z.string().min(1).max(128).optional(),
  category: z.string().max(128).nullable().optional(),
  lang: z.string().regex(/^[a-z]{2}$/).nullable().optional(),
});

/** The dataset row for a reviewed example. Throws on invalid input. */
export function toTrainingRow(example: ReviewedExample): InjectionTrainingRow {
  const e = exampleSchema.parse(example);
  if (e.text.trim().length === 0) throw new Error('training example text is blank');
  const id = e.id ?? `review-${createHash('sha256').update(e.text).digest('hex').slice(0, 16)}`;
  return {
    id,
    text: e.text,
    label: e.isInjection ? 1 : 0,
    source: e.source ?? 'bulwark-review',
    category: e.category ?? null,
    lang: e.lang ?? null,
    dup_of: null,
  };
}

/** The same row as one JSONL line (with the trailing newline). */
export function toTrainingJsonl(example: ReviewedExample): string {
  return `${JSON.stringify(toTrainingRow(example))}\n`;
}
