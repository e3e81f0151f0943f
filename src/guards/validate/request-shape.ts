// validate.request: the request's shape per route — roles, contents, counts and sizes — so that
// later stages and the upstream only ever see well-formed requests. Unknown top-level parameters
// pass (OpenAI adds them often) unless `allow_unknown_params` is false.
import { z } from 'zod';
import type { Guard, GuardContext, GuardDecision, GuardFactory, RouteKind } from '../../pipeline/types.ts';

export const RequestShapeConfig = z.strictObject({
  max_messages: z.int().min(1).max(10_000).default(256),
  max_chars: z.int().min(1).max(50_000_000).default(200_000).describe('Total characters of text in one request'),
  max_tokens_limit: z.int().min(1).max(10_000_000).default(32_768),
  max_n: z.int().min(1).max(128).default(8),
  max_batch: z.int().min(1).max(100_000).default(256).describe('Inputs per embeddings/predict request'),
  allow_unknown_params: z.boolean().default(true),
});
export type RequestShapeConfig = z.infer<typeof RequestShapeConfig>;

const ID = 'validate.request';
const ROUTE_MODEL_KIND: Partial<Record<RouteKind, string>> = {
  chat: 'chat',
  completions: 'completion',
  embeddings: 'embedding',
  predict: 'predict',
};

function buildSchemas(c: RequestShapeConfig) {
  const textPart = z.strictObject({ type: z.literal('text'), text: z.string() });
  const imagePart = z.strictObject({
    type: z.literal('image_url'),
    image_url: z.strictObject({ url: z.string().max(10_000_000), detail: z.enum(['auto', 'low', 'high']).optional() }),
  });
  const content = z.union([z.string(), z.array(z.union([textPart, imagePart])).min(1).max(1024)]);
  const message = z.discriminatedUnion('role', [
    z.looseObject({ role: z.literal('system'), content, name: z.string().max(64).optional() }),
    z.looseObject({ role: z.literal('developer'), content, name: z.string().max(64).optional() }),
    z.looseObject({ role: z.literal('user'), content, name: z.string().max(64).optional() }),
    z.looseObject({ role: z.literal('assistant'), content: content.nullable().optional(), tool_calls: z.array(z.unknown()).max(128).optional() }),
    z.looseObject({ role: z.literal('tool'), content, tool_call_id: z.string().min(1).max(256) }),
  ]);
  const common = {
    model: z.string().min(1).max(256),
    stream: z.boolean().optional(),
    max_tokens: z.int().min(1).max(c.max_tokens_limit).optional(),
    max_completion_tokens: z.int().min(1).max(c.max_tokens_limit).optional(),
    n: z.int().min(1).max(c.max_n).optional(),
    temperature: z.number().min(0).max(2).optional(),
    top_p: z.number().min(0).max(1).optional(),
    user: z.string().max(256).optional(),
  };
  const obj = <T extends z.ZodRawShape>(shape: T) => (c.allow_unknown_params ? z.looseObject(shape) : z.strictObject(shape));
  const stringOrList = z.union([z.string(), z.array(z.string()).min(1).max(c.max_batch)]);
  const record = z.record(z.string().max(256), z.unknown());
  return {
    chat: obj({ ...common, messages: z.array(message).min(1).max(c.max_messages) }),
    completions: obj({ ...common, prompt: stringOrList }),
    embeddings: obj({
      model: common.model,
      input: z.union([stringOrList, z.array(z.int()).min(1).max(1_000_000)]),
      user: common.user,
    }),
    predict: z.union([
      z.strictObject({ input: record }),
      z.strictObject({ inputs: z.array(record).min(1).max(c.max_batch) }),
    ]),
  } satisfies Partial<Record<RouteKind, z.ZodType>>;
}

/** `messages[1].content` style path from zod's path array. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? String(k) : `.${String(k)}`;
  return out;
}

function block(rule: string, reason: string, location?: string): GuardDecision {
  return { action: 'block', findings: [{ guard: ID, rule, score: 1, reason, ...(location ? { location } : {}) }] };
}

export const requestShapeGuard: GuardFactory<RequestShapeConfig> = {
  id: ID,
  stage: 'validate',
  description: 'Checks the request shape per route: roles, contents, counts and sizes.',
  configSchema: RequestShapeConfig,
  create(config: RequestShapeConfig): Guard {
    const schemas = buildSchemas(config);
    return {
      id: ID,
      stage: 'validate',
      check(ctx: GuardContext): GuardDecision {
        const expectedKind = ROUTE_MODEL_KIND[ctx.route];
        if (expectedKind && ctx.modelKind && ctx.modelKind !== expectedKind) {
          return block('wrong_model_kind', `model "${ctx.model}" is a ${ctx.modelKind} model and cannot serve this route`, 'model');
        }
        const schema = schemas[ctx.route as keyof typeof schemas] as z.ZodType | undefined;
        if (schema) {
          const r = schema.safeParse(ctx.body);
          if (!r.success) {
            const issue = r.error.issues[0]!;
            const where = formatPath(issue.path);
            return block('invalid_shape', `${where || 'body'}: ${issue.message}`, where || undefined);
          }
        }
        let chars = 0;
        for (const s of ctx.segments) chars += s.text.length;
        if (chars > config.max_chars) {
          return block('too_many_chars', `the request holds ${chars} characters of text; the limit is ${config.max_chars}`);
        }
        return { action: 'allow', findings: [] };
      },
    };
  },
};
