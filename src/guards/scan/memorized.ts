// scan.memorized: the memorisation guard in the gateway. Values registered from a training set
// (`bulwark scan DATA --export-hashes FILE`) are known only as keyed hashes; an answer that
// reproduces one is blocked (or has it masked), streamed answers included, so a model that
// memorised its training records cannot hand them out through Bulwark.
import { z } from 'zod';
import { createMemorizationGuard, toFinding } from '../../detect/leak/index.ts';
import { readHashFile } from '../../detect/leak/memorized-file.ts';
import { createRedactor, createStreamScanner, type EntityMatch } from '../../detect/redact/index.ts';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardDeps, GuardFactory, OutputStream, TextEdit } from '../../pipeline/types.ts';

const ID = 'scan.memorized';
/** The key purpose shared with `bulwark scan --export-hashes`. */
export const MEMORIZED_KEY_PURPOSE = 'leak:memorized';

export const MemorizedGuardConfig = z.strictObject({
  hashes_file: z.string().min(1).describe('File written by `bulwark scan DATA --export-hashes FILE` under this gateway\'s data dir'),
  action: z.enum(['block', 'mask']).default('block').describe('Block the answer, or replace each value with [MEMORIZED_VALUE]'),
  max_hashes_per_check: z.int().min(100).max(10_000_000).default(50_000).describe('Work bound per answer; text that exhausts it is treated as a leak'),
});
export type MemorizedGuardConfig = z.infer<typeof MemorizedGuardConfig>;

export const memorizedGuard: GuardFactory<MemorizedGuardConfig> = {
  id: ID,
  stage: 'scan_output',
  description: 'Blocks answers that reproduce registered sensitive values (kept only as keyed hashes).',
  configSchema: MemorizedGuardConfig,
  async create(config: MemorizedGuardConfig, deps: GuardDeps): Promise<Guard> {
    if (!deps.deriveKey) throw new Error('scan.memorized needs the server secret');
    const key = deps.deriveKey(MEMORIZED_KEY_PURPOSE);
    const hashes = readHashFile(config.hashes_file, key);
    const memorized = createMemorizationGuard({ key, hashes, maxHashesPerCheck: config.max_hashes_per_check });
    // Text values (emails, names) are found through the PII detector; digit values need none.
    const pii = hashes.some((h) => h.startsWith('t.')) ? (await import('../../detect/pii/index.ts')).createPiiDetector() : undefined;
    const detect = (text: string): EntityMatch[] => memorized.check(text, pii ? pii.detect(text) : []);
    const redactor = createRedactor({ defaultAction: config.action });

    function check(ctx: GuardContext): GuardDecision {
      const findings: Finding[] = [];
      const edits: TextEdit[] = [];
      for (const seg of ctx.segments) {
        const matches = detect(seg.text);
        if (matches.length === 0) continue;
        for (const m of matches) findings.push(toFinding(m, seg.location, ID));
        const r = redactor.redact(seg.text, matches);
        if (r.blocked) return { action: 'block', findings };
        edits.push({ location: seg.location, text: r.text });
      }
      if (findings.length === 0) return { action: 'allow', findings };
      return { action: 'redact', findings, edits };
    }

    function stream(_ctx: GuardContext): OutputStream {
      const found: Finding[] = [];
      const scanner = createStreamScanner({
        detectors: [
          {
            detect: (t) => {
              const ms = detect(t);
              for (const m of ms) found.push(toFinding(m, undefined, ID));
              return ms;
            },
            holdBack: 64,
          },
        ],
        redactor,
      });
      const step = (r: ReturnType<typeof scanner.push>) => {
        if (r.blocked) return { text: '', decision: { action: 'block' as const, findings: found.length ? found.slice(0, 20) : [{ guard: ID, rule: 'leak.memorized', score: 1, reason: 'the answer reproduces a registered value' }] } };
        if (r.redactions.length > 0) return { text: r.text, decision: { action: 'redact' as const, findings: r.redactions.map((x) => ({ guard: ID, rule: 'leak.memorized', score: 1, entity: x.entity, reason: 'a registered value was masked' })) } };
        return { text: r.text };
      };
      return { push: (chunk) => step(scanner.push(chunk)), flush: () => step(scanner.flush()) };
    }
    return { id: ID, stage: 'scan_output', check, stream };
  },
};
