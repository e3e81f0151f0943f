// scan.banned: operator-supplied banned substrings and regular expressions. Patterns come from the
// policy only (never from a request) and are vetted for catastrophic backtracking when the policy
// loads: a pattern recheck cannot prove safe is refused, so start-up fails rather than the gateway.
import { z } from 'zod';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardFactory } from '../../pipeline/types.ts';

const PatternSpec = z.strictObject({
  id: z.string().regex(/^[a-z0-9_.-]{1,64}$/),
  regex: z.string().min(1).max(1000),
  flags: z.string().regex(/^[imsu]*$/, 'only i, m, s, u flags').default('i'),
  description: z.string().max(500).optional(),
});

export const BannedConfig = z.strictObject({
  stage: z.enum(['scan_input', 'scan_output']).default('scan_input'),
  action: z.enum(['block', 'flag']).default('block'),
  substrings: z.array(z.string().min(1).max(1000)).max(10_000).default([]),
  case_sensitive: z.boolean().default(false),
  patterns: z.array(PatternSpec).max(1000).default([]),
});
export type BannedConfig = z.infer<typeof BannedConfig>;

const ID = 'scan.banned';

export class UnsafePatternError extends Error {}

/** Compiles a pattern after proving it cannot backtrack catastrophically. */
export async function compileVetted(id: string, source: string, flags: string): Promise<RegExp> {
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, `${flags}g`);
  } catch (e) {
    throw new UnsafePatternError(`pattern "${id}" is not a valid regular expression: ${(e as Error).message}`);
  }
  // Loaded only when a policy has patterns: the analyser is large.
  const { checkSync } = await import('recheck');
  const verdict = checkSync(source, flags, { timeout: 5_000 });
  if (verdict.status !== 'safe') {
    const why = verdict.status === 'vulnerable' ? `${verdict.complexity.type} backtracking` : 'safety could not be proven';
    throw new UnsafePatternError(`pattern "${id}" is refused: ${why}; rewrite it without nested or overlapping quantifiers`);
  }
  return compiled;
}

export const bannedGuard: GuardFactory<BannedConfig> = {
  id: ID,
  stage: 'scan_input',
  description: 'Blocks or flags text containing operator-defined substrings or vetted regular expressions.',
  configSchema: BannedConfig,
  async create(config: BannedConfig): Promise<Guard> {
    const needles = config.substrings.map((s, i) => ({ rule: `substring.${i}`, text: config.case_sensitive ? s : s.toLowerCase() }));
    const patterns: Array<{ rule: string; re: RegExp; description: string | undefined }> = [];
    for (const p of config.patterns) patterns.push({ rule: p.id, re: await compileVetted(p.id, p.regex, p.flags), description: p.description });
    const fold = (t: string) => (config.case_sensitive ? t : t.toLowerCase());
    return {
      id: ID,
      stage: config.stage,
      check(ctx: GuardContext): GuardDecision {
        const findings: Finding[] = [];
        for (const seg of ctx.segments) {
          const text = fold(seg.text);
          for (const n of needles) {
            const at = text.indexOf(n.text);
            if (at >= 0) {
              findings.push({ guard: ID, rule: n.rule, score: 1, reason: 'banned substring present', span: { start: at, end: at + n.text.length }, location: seg.location });
            }
          }
          for (const p of patterns) {
            p.re.lastIndex = 0;
            const m = p.re.exec(seg.text);
            if (m) {
              findings.push({ guard: ID, rule: p.rule, score: 1, reason: p.description ?? 'banned pattern matched', span: { start: m.index, end: m.index + m[0].length }, location: seg.location });
            }
          }
        }
        return findings.length === 0 ? { action: 'allow', findings } : { action: config.action, findings };
      },
    };
  },
};
