// validate.contract: per-model input contracts. A JSON Schema per record (predict) or request,
// numeric ranges learned from the model's reference profile, allowed languages and a length cap
// for text. A breach blocks with a 400 naming the field and the rule, or (`action: flag`) passes
// flagged; either way it raises an alert signal, so the $1M transaction is never a silent answer.
import { z } from 'zod';
import type { ContractBreach, InputContract } from '../../monitor/contract/contract.ts';
import { CLOCK_RESOURCE, type Clock, systemClock } from '../../monitor/models/clock.ts';
import type { Guard, GuardContext, GuardDecision, GuardDeps, GuardFactory } from '../../pipeline/types.ts';

const ModelContract = z.strictObject({
  schema: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('JSON Schema (2020-12) of one input record (predict models) or of the request body (other models)'),
  ranges: z
    .union([
      z.literal(false),
      z.strictObject({
        margin: z.number().min(0).max(100).default(0.5).describe('Widening of the reference [min, max], as a share of its span'),
        features: z.array(z.string().min(1).max(256)).min(1).max(1024).optional().describe('Only these features (default: every numeric one)'),
      }),
    ])
    .default(false)
    .describe('Numeric ranges learned from the model reference profile'),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1).max(64).optional().describe('Allowed languages of the request text (ISO 639-1)'),
  min_chars_for_language: z.int().min(1).max(10_000).default(20),
  max_chars: z.int().min(1).max(50_000_000).optional().describe('Longest text allowed in one message or prompt'),
  action: z.enum(['block', 'flag']).default('block').describe('block: 400 naming field and rule; flag: pass, record the finding and raise a signal'),
});

export const ContractConfig = z.strictObject({
  models: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/), ModelContract).default({}),
});
export type ContractConfig = z.infer<typeof ContractConfig>;

const ID = 'validate.contract';
const MAX_RECORDS_CHECKED = 100_000;

interface Compiled {
  readonly contract: InputContract;
  readonly action: 'block' | 'flag';
}

/** Loaded only when a policy uses contracts: ajv and the reference builders are not small. */
async function compile(config: ContractConfig, deps: GuardDeps): Promise<Map<string, Compiled>> {
  const [{ InputContract, rangesFromReference }, { REFERENCE_CATALOG, ReferenceCatalog }] = await Promise.all([
    import('../../monitor/contract/contract.ts'),
    import('../../monitor/models/references.ts'),
  ]);
  const catalog = deps.shared?.get(REFERENCE_CATALOG, () => new ReferenceCatalog()) ?? new ReferenceCatalog();
  const out = new Map<string, Compiled>();
  for (const [model, c] of Object.entries(config.models)) {
    const where = `models.${model}`;
    let ranges;
    if (c.ranges !== false) {
      const ref = catalog.get(model);
      if (!ref) throw new Error(`${where}.ranges: no reference profile for ${model} (run: bulwark profile build data.csv --model ${model})`);
      try {
        ranges = rangesFromReference(ref.input, c.ranges.margin, c.ranges.features);
      } catch (e) {
        throw new Error(`${where}.ranges: ${(e as Error).message}`);
      }
    }
    let contract;
    try {
      contract = new InputContract({
        ...(c.schema ? { schema: c.schema } : {}),
        ...(ranges ? { ranges } : {}),
        ...(c.languages ? { languages: c.languages } : {}),
        ...(c.max_chars !== undefined ? { maxChars: c.max_chars } : {}),
        minCharsForLanguage: c.min_chars_for_language,
      });
    } catch (e) {
      throw new Error(`${where}.schema: ${(e as Error).message}`);
    }
    out.set(model, { contract, action: c.action });
  }
  return out;
}

/** The first breach of the request: each predict record, or the body and its user texts. */
function firstBreach(contract: InputContract, ctx: GuardContext): ContractBreach | undefined {
  const body = ctx.body as Record<string, unknown>;
  if (ctx.route === 'predict') {
    if (Array.isArray(body.inputs)) {
      const n = Math.min(body.inputs.length, MAX_RECORDS_CHECKED);
      for (let i = 0; i < n; i++) {
        const b = contract.checkRecord(body.inputs[i], `inputs[${i}]`);
        if (b) return b;
      }
      return undefined;
    }
    return contract.checkRecord(body.input, 'input');
  }
  return contract.checkRecord(body, '') ?? contract.checkText(ctx.segments.filter((s) => s.role === undefined || s.role === 'user'));
}

export const contractGuard: GuardFactory<ContractConfig> = {
  id: ID,
  stage: 'validate',
  description: 'Per-model input contracts: JSON Schema, ranges learned from the reference profile, languages and lengths of text.',
  configSchema: ContractConfig,
  async create(config: ContractConfig, deps: GuardDeps): Promise<Guard> {
    const contracts = await compile(config, deps);
    const clock: Clock = deps.shared?.get(CLOCK_RESOURCE, () => systemClock) ?? systemClock;
    return {
      id: ID,
      stage: 'validate',
      check(ctx: GuardContext): GuardDecision {
        const c = ctx.model === undefined ? undefined : contracts.get(ctx.model);
        if (!c) return { action: 'allow', findings: [] };
        const breach = firstBreach(c.contract, ctx);
        if (!breach) return { action: 'allow', findings: [] };
        deps.signal?.({
          source: ID,
          severity: c.action === 'flag' ? 'medium' : 'low',
          title: `Out-of-contract input to ${ctx.model}: ${breach.rule} at ${breach.field}`,
          entity: { kind: 'model', id: ctx.model! },
          // The reason holds numbers, language codes and schema limits, never request text.
          evidence: { rule: breach.rule, field: breach.field, reason: breach.reason, action: c.action },
          time: clock.now(),
          requestIds: [ctx.requestId],
          techniques: ['AML.T0043'],
        });
        return {
          action: c.action,
          findings: [{ guard: ID, rule: breach.rule, score: 1, reason: breach.reason, location: breach.field }],
        };
      },
    };
  },
};
