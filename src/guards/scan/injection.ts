// scan.injection: prompt-injection and jailbreak detection on the request's text. Which message
// roles are scanned, and as what source (a tool result or a retrieved document is scored as
// indirect input), is configurable; the detector (weights, rules) is built once per policy.
import { z } from 'zod';
import type { TextSource } from '../../detect/injection/index.ts';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardDeps, GuardFactory } from '../../pipeline/types.ts';
import { reviewQueueFor } from '../../review/queue-for.ts';

const ID = 'scan.injection';
const SOURCE = z.enum(['user', 'system', 'tool', 'document']);

export const InjectionGuardConfig = z.strictObject({
  action: z.enum(['block', 'flag']).default('block'),
  threshold: z.number().min(0).max(1).optional().describe('Score that flags (default: the model card threshold)'),
  thresholds: z.partialRecord(SOURCE, z.number().min(0).max(1)).default({}).describe('Per-source thresholds'),
  roles: z
    .partialRecord(z.enum(['user', 'system', 'developer', 'tool', 'assistant']), z.union([SOURCE, z.literal(false)]))
    .default({ user: 'user', tool: 'tool' })
    .describe('Message roles to scan and the source each is scored as (false = skip)'),
  allow: z.array(z.string().min(3).max(500)).max(1000).default([]).describe('Known-good phrases masked out before scanning'),
  disable_rules: z.array(z.string().max(100)).max(500).default([]),
  max_scan_chars: z.int().min(1024).max(10_000_000).optional(),
  model_path: z.string().min(1).optional(),
  review: z
    .strictObject({
      enabled: z.boolean().default(false).describe('Queue flagged prompts (encrypted) for a reviewer; judged ones export as training rows'),
      retention_days: z.int().min(1).max(3650).default(30).describe('Unjudged prompts are deleted after this'),
      max_pending: z.int().min(1).max(1_000_000).default(10_000).describe('Queue size; further flagged prompts are not kept'),
    })
    .prefault({})
    .describe('The self-hardening loop: see docs/policy.md'),
});
export type InjectionGuardConfig = z.infer<typeof InjectionGuardConfig>;

export const injectionGuard: GuardFactory<InjectionGuardConfig> = {
  id: ID,
  stage: 'scan_input',
  description: 'Scores prompt injection and jailbreak attempts in user messages, tool results and documents.',
  configSchema: InjectionGuardConfig,
  async create(config: InjectionGuardConfig, deps: GuardDeps): Promise<Guard> {
    // Loaded on first use: the weights and rule tables cost memory only when a policy needs them.
    const { createInjectionDetector } = await import('../../detect/injection/index.ts');
    const detector = createInjectionDetector({
      ...(config.threshold !== undefined ? { threshold: config.threshold } : {}),
      thresholds: config.thresholds,
      allow: config.allow,
      disableRules: config.disable_rules,
      ...(config.max_scan_chars !== undefined ? { maxScanChars: config.max_scan_chars } : {}),
      ...(config.model_path ? { modelPath: config.model_path } : {}),
    });
    const roles = config.roles as Partial<Record<string, TextSource | false>>;
    const queue = config.review.enabled ? reviewQueueFor(deps, { retentionDays: config.review.retention_days, maxPending: config.review.max_pending }) : undefined;
    return {
      id: ID,
      stage: 'scan_input',
      check(ctx: GuardContext): GuardDecision {
        const findings: Finding[] = [];
        for (const seg of ctx.segments) {
          // Text without a role (completions prompts, embeddings input) is the caller's own.
          const source = seg.role === undefined ? 'user' : roles[seg.role];
          if (!source) continue;
          const scan = detector.scan(seg.text, { source });
          if (!scan.flagged) continue;
          for (const f of scan.findings) findings.push({ ...f, location: seg.location });
          // Off the request path: a failed queue write never changes the decision.
          queue
            ?.add({ requestId: ctx.requestId, ...(ctx.model ? { model: ctx.model } : {}), location: seg.location, source, score: scan.score, rules: scan.findings.map((f) => f.rule), action: config.action, text: seg.text })
            .catch(() => queue.stats.failed++);
        }
        return findings.length === 0 ? { action: 'allow', findings } : { action: config.action, findings };
      },
    };
  },
};
