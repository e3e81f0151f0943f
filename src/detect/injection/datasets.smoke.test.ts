// Optional smoke test on the shared development data; skipped when ../shared/datasets is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetsDir } from '../../datasets/index.ts';
import { createInjectionDetector } from './index.ts';

const dir = join(datasetsDir(), 'prompt-injection');
const rowsOf = (file: string, n: number): { text: string; label: number }[] =>
  readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l) as { text: string; label: number });

describe.skipIf(!existsSync(dir))('prompt-injection development data (smoke)', () => {
  const detector = createInjectionDetector();
  const rate = (rows: { text: string }[]): number => rows.filter((r) => detector.scan(r.text).flagged).length / rows.length;

  it('catches most CyberSecEval attacks and few GSM8K questions', () => {
    // In-sample numbers (the model trained on these files): a sanity floor, not a measurement.
    expect(rate(rowsOf('cyberseceval-en.jsonl', 120))).toBeGreaterThan(0.8);
    expect(rate(rowsOf('gsm8k-train.jsonl', 400))).toBeLessThan(0.02);
  });
});
