// What streaming output scanning costs: CPU time per chunk and the delay the hold-back adds
// before text reaches the client, for token-sized chunks of a generated answer.
// Run: node --import tsx bench/stream-scan.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createPiiDetector } from '../src/detect/pii/index.ts';
import { createSecretDetector } from '../src/detect/secrets/index.ts';
import { createStreamScanner } from '../src/detect/redact/stream.ts';
import type { TextDetector } from '../src/detect/redact/overlaps.ts';

let seed = 7;
// 32-bit LCG (Numerical Recipes constants) in integer arithmetic, so runs are repeatable.
const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const WORDS = 'the model answers with a plan first check the logs then restart the service and verify that requests succeed again after the change'.split(' ');

/** A ~20 kB answer with an e-mail address and a token every few hundred words. */
function answer(): string {
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    parts.push(WORDS[Math.floor(rnd() * WORDS.length)] as string);
    if (i % 700 === 350) parts.push('contact ops.lead@example.com');
    if (i % 900 === 450) parts.push('with token ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5');
  }
  return parts.join(' ');
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

interface Row {
  readonly detectors: string;
  readonly chunkChars: number;
  readonly holdBack: number;
  readonly chunks: number;
  readonly meanUsPerChunk: number;
  readonly p50Us: number;
  readonly p99Us: number;
  /** Worst chunk; on a shared machine this is mostly scheduling and GC pauses. */
  readonly maxUs: number;
  readonly usPerKB: number;
  /** Chunks pushed before the first released character. */
  readonly firstReleaseAfterChunks: number;
  /** Added time to first token at 50 tokens/s with 4-character tokens (held characters / 200 per s). */
  readonly addedTtftMsAt50tps: number;
}

function run(label: string, detectors: TextDetector[], chunkChars: number, text: string): Row {
  const scanner = createStreamScanner({ detectors });
  const times: number[] = [];
  let first = -1;
  let chunks = 0;
  for (let i = 0; i < text.length; i += chunkChars) {
    const t0 = performance.now();
    const out = scanner.push(text.slice(i, i + chunkChars));
    times.push((performance.now() - t0) * 1000);
    chunks++;
    if (first === -1 && out.text.length > 0) first = chunks;
  }
  const t0 = performance.now();
  scanner.flush();
  times.push((performance.now() - t0) * 1000);
  const total = times.reduce((a, b) => a + b, 0);
  const holdBack = Math.max(...detectors.map((d) => d.holdBack ?? 64));
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    detectors: label,
    chunkChars,
    holdBack,
    chunks,
    meanUsPerChunk: round(total / times.length),
    p50Us: round(percentile(times, 50)),
    p99Us: round(percentile(times, 99)),
    maxUs: round(Math.max(...times)),
    usPerKB: round(total / (text.length / 1000)),
    firstReleaseAfterChunks: first,
    addedTtftMsAt50tps: round(((first - 1) * chunkChars * 1000) / 200),
  };
}

const text = answer();
const secrets = createSecretDetector();
const pii = createPiiDetector();
const rows: Row[] = [];
// As scan.pii runs it (hold-back 160), with and without the word-level release point.
const piiGuard: TextDetector = { detect: (t) => pii.detect(t), releasableUpTo: (t) => pii.releasableUpTo(t), holdBack: 160 };
const piiHoldOnly: TextDetector = { detect: (t) => pii.detect(t), holdBack: 160 };
for (const [label, detectors] of [['secrets', [secrets]], ['pii (hold-back only)', [piiHoldOnly]], ['pii (release point)', [piiGuard]], ['pii+secrets', [piiGuard, secrets]]] as const) {
  for (const chunkChars of [4, 16, 64]) {
    run(label, [...detectors], chunkChars, text); // warm-up
    rows.push(run(label, [...detectors], chunkChars, text));
  }
}
console.table(rows);
writeFileSync(
  (mkdirSync(new URL('./results/', import.meta.url), { recursive: true }), new URL('./results/stream-scan.json', import.meta.url)),
  `${JSON.stringify(
    {
      bench: 'stream-scan',
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      answerChars: text.length,
      note: 'shared 2-core machine; added TTFT assumes 4-character tokens at 50 tokens/s',
      rows,
    },
    null,
    2,
  )}\n`,
);
