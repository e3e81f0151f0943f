// The shared shape of the entity guards (scan.pii, scan.secrets): find entity spans with a
// detector, then per entity type block, mask, hash or pseudonymise. On input the redacted text is
// what goes upstream; on output, placeholders made on input are restored so the client sees its
// own data while the upstream never did. Streamed answers are scanned incrementally.
import { z } from 'zod';
import {
  type EntityMatch,
  PseudonymVault,
  type Redactor,
  type TextDetector,
  VaultCapacityError,
  createRedactor,
  createRestoreStream,
  createStreamScanner,
  restore,
} from '../../detect/redact/index.ts';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardDeps, GuardFactory, OutputStream, TextEdit } from '../../pipeline/types.ts';

const ACTION = z.enum(['allow', 'block', 'mask', 'hash', 'pseudonymize']);
const CONVERSATION_HEADER = 'x-bulwark-conversation-id';
const CONVERSATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const STATE_KEY = 'entity.conversation';

export function entityConfigSchema<E extends z.ZodType>(entity: E, defaultAction: z.infer<typeof ACTION>) {
  return z.strictObject({
    stage: z.enum(['scan_input', 'scan_output']).default('scan_input'),
    entities: z.array(entity).min(1).optional().describe('Entity types to look for (default: all)'),
    actions: z.record(z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/), ACTION).default({}).describe('Action per entity type'),
    default_action: ACTION.default(defaultAction),
    threshold: z.number().min(0).max(1).optional().describe('Minimum score to act on'),
    roles: z.array(z.enum(['user', 'system', 'developer', 'tool', 'assistant'])).optional().describe('Input message roles to scan (default: all)'),
    hold_back: z.int().min(8).max(65_536).optional().describe('Characters held back when scanning a stream'),
  });
}
export type EntityGuardConfig = z.infer<ReturnType<typeof entityConfigSchema>>;

/** One vault per process: placeholders made on input are restored on output of the same request. */
let vault: PseudonymVault | undefined;
function sharedVault(): PseudonymVault {
  vault ??= new PseudonymVault();
  return vault;
}

/** The conversation placeholders belong to: the caller's own id if given, scoped to the caller. */
function conversationOf(ctx: GuardContext): string {
  const given = ctx.headers[CONVERSATION_HEADER];
  const id = typeof given === 'string' && CONVERSATION_ID.test(given) ? given : ctx.requestId;
  return `${ctx.principal?.id ?? 'anonymous'}\u0000${id}`;
}

interface Spec<C extends EntityGuardConfig> {
  readonly id: string;
  readonly description: string;
  readonly configSchema: z.ZodType<C>;
  /** Builds the detector (may load it lazily: large detectors cost memory only when used). */
  readonly detector: (config: C) => TextDetector | Promise<TextDetector>;
}

export function entityGuardFactory<C extends EntityGuardConfig>(spec: Spec<C>): GuardFactory<C> {
  return {
    id: spec.id,
    stage: 'scan_input',
    description: spec.description,
    configSchema: spec.configSchema,
    async create(config: C, deps: GuardDeps): Promise<Guard> {
      const detector = await spec.detector(config);
      const usesHash = config.default_action === 'hash' || Object.values(config.actions).includes('hash');
      const redactor: Redactor = createRedactor({
        actions: config.actions,
        defaultAction: config.default_action,
        vault: sharedVault(),
        ...(usesHash ? { hashKey: deps.deriveKey?.(`${spec.id}.hash`) ?? failNoKey(spec.id) } : {}),
      });
      const threshold = config.threshold ?? 0;
      const roles = config.roles ? new Set<string>(config.roles) : undefined;
      const find = (text: string): EntityMatch[] => detector.detect(text).filter((m) => m.score >= threshold);
      const finding = (m: { entity: string; rule: string; score: number; start: number; end: number }, action: string, location?: string): Finding => ({
        guard: spec.id,
        rule: m.rule,
        score: m.score,
        entity: m.entity,
        span: { start: m.start, end: m.end },
        reason: `${m.entity} (${action}) at [${m.start}, ${m.end})`,
        ...(location ? { location } : {}),
      });
      const output = config.stage === 'scan_output';

      function check(ctx: GuardContext): GuardDecision {
        const findings: Finding[] = [];
        const edits: TextEdit[] = [];
        const conversation = output ? (ctx.state.get(STATE_KEY) as string | undefined) : conversationOf(ctx);
        let blocked = false;
        let pseudonymized = false;
        for (const seg of ctx.segments) {
          if (!output && roles && seg.role !== undefined && !roles.has(seg.role)) continue;
          const matches = find(seg.text);
          let text = seg.text;
          if (matches.length > 0) {
            let r;
            try {
              r = redactor.redact(seg.text, matches, conversation ? { conversationId: conversation } : {});
            } catch (e) {
              if (e instanceof VaultCapacityError) return { action: 'block', findings: [{ guard: spec.id, rule: 'vault_full', score: 1, reason: 'too many distinct values to pseudonymise' }] };
              throw e;
            }
            for (const red of r.redactions) {
              findings.push(finding(red, red.action, seg.location));
              if (red.action === 'pseudonymize') pseudonymized = true;
            }
            if (r.blocked) blocked = true;
            else text = r.text;
          }
          if (output && conversation) text = restore(sharedVault(), conversation, text);
          if (text !== seg.text) edits.push({ location: seg.location, text });
        }
        if (!output && conversation && pseudonymized) ctx.state.set(STATE_KEY, conversation);
        if (blocked) return { action: 'block', findings };
        if (edits.length > 0) return { action: 'redact', findings, edits };
        return { action: findings.length > 0 ? 'flag' : 'allow', findings };
      }

      function stream(ctx: GuardContext): OutputStream {
        const conversation = ctx.state.get(STATE_KEY) as string | undefined;
        const restorer = conversation ? createRestoreStream(sharedVault(), conversation) : undefined;
        const scanner = createStreamScanner({
          detectors: [{ detect: find, ...(detector.holdBack !== undefined ? { holdBack: detector.holdBack } : {}), ...(detector.releasableUpTo ? { releasableUpTo: detector.releasableUpTo.bind(detector) } : {}) }],
          redactor,
          ...(conversation ? { conversationId: conversation } : {}),
          ...(config.hold_back !== undefined ? { holdBack: config.hold_back } : {}),
        });
        const step = (r: ReturnType<typeof scanner.push>, last: boolean) => {
          const findings = r.redactions.map((red) => finding(red, red.action));
          if (r.blocked) return { text: '', decision: { action: 'block' as const, findings: findings.length ? findings : [{ guard: spec.id, rule: 'hold_limit', score: 1, reason: 'a match grew past the hold-back limit' }] } };
          let text = r.text;
          if (restorer) text = restorer.push(text) + (last ? restorer.flush() : '');
          return findings.length > 0 ? { text, decision: { action: 'redact' as const, findings } } : { text };
        };
        return { push: (chunk) => step(scanner.push(chunk), false), flush: () => step(scanner.flush(), true) };
      }

      return { id: spec.id, stage: config.stage, check, ...(output ? { stream } : {}) };
    },
  };
}

function failNoKey(id: string): never {
  throw new Error(`${id}: the hash action needs a key derived from the server secret`);
}
