// The detection-rule format of the policy: a structured condition tree over catalogued event
// fields (no expressions, no eval), a windowed count grouped by a field, and what to report.
// Every field, operator and type is checked when the policy loads.
import { z } from 'zod';
import { SEVERITIES } from '../../incidents/signal.ts';
import { type FieldType, RULE_EVENT_TYPES, RULE_FIELDS } from './fields.ts';

export const OPERATORS = ['eq', 'ne', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'exists', 'contains', 'prefix'] as const;
export type Operator = (typeof OPERATORS)[number];

const scalar = z.union([z.string().max(256), z.number(), z.boolean()]);
export const LeafSchema = z.strictObject({
  field: z.string().min(1).max(64),
  eq: scalar.optional(),
  ne: scalar.optional(),
  in: z.array(scalar).min(1).max(256).optional(),
  not_in: z.array(scalar).min(1).max(256).optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  exists: z.boolean().optional(),
  contains: z.string().min(1).max(256).optional().describe('list fields: holds this value'),
  prefix: z.string().min(1).max(256).optional().describe('string fields: starts with this'),
});
export type Leaf = z.infer<typeof LeafSchema>;
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Leaf;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(64) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(64) }),
    z.strictObject({ not: ConditionSchema }),
    LeafSchema,
  ]),
);

export const ENTITY_KINDS = ['model', 'dataset', 'key', 'principal', 'address', 'gateway'] as const;
const TECHNIQUE = /^(AML\.T\d{4}(\.\d{3})?|LLM\d{2}|T\d{4}(\.\d{3})?)$/;
export const TechniqueId = z.string().regex(TECHNIQUE, 'a MITRE ATLAS (AML.T0051), ATT&CK (T1110) or OWASP LLM (LLM01) id');

/** Which operators apply to which field types. */
const OPS_FOR: Readonly<Record<FieldType, readonly Operator[]>> = {
  string: ['eq', 'ne', 'in', 'not_in', 'exists', 'prefix'],
  number: ['eq', 'ne', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'exists'],
  boolean: ['eq', 'ne', 'exists'],
  list: ['contains', 'exists'],
};

const MAX_DEPTH = 8;

export const RuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits and _ (max 64); the alert source is rule.<id>'),
    description: z.string().min(1).max(500),
    severity: z.enum(SEVERITIES),
    techniques: z.array(TechniqueId).max(20).default([]),
    events: z.array(z.enum(RULE_EVENT_TYPES)).min(1).describe('Event types the rule looks at'),
    where: ConditionSchema.optional().describe('Condition over event fields: all / any / not, or {field, <operator>: value}'),
    group_by: z.string().min(1).max(64).optional().describe('Count per value of this field (e.g. source_ip)'),
    threshold: z.int().min(1).max(100_000).default(1).describe('Matching events within the window that fire the rule'),
    window_seconds: z.int().min(1).max(86_400).default(300),
    entity: z.enum(ENTITY_KINDS).optional().describe('What the alert is about (default: from group_by)'),
    enabled: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    const checkField = (name: string, path: PropertyKey[]): FieldType | undefined => {
      const spec = RULE_FIELDS[name];
      if (!spec) {
        ctx.addIssue({ code: 'custom', path, message: `unknown field "${name}" (known: ${Object.keys(RULE_FIELDS).join(', ')})` });
        return undefined;
      }
      const missing = r.events.filter((t) => !spec.events.includes(t));
      if (missing.length > 0) ctx.addIssue({ code: 'custom', path, message: `field "${name}" is not carried by ${missing.join(', ')} events` });
      return spec.type;
    };
    const walk = (c: Condition, path: PropertyKey[], depth: number): void => {
      if (depth > MAX_DEPTH) {
        ctx.addIssue({ code: 'custom', path, message: `conditions nest at most ${MAX_DEPTH} levels` });
        return;
      }
      if ('all' in c) return c.all.forEach((x, i) => walk(x, [...path, 'all', i], depth + 1));
      if ('any' in c) return c.any.forEach((x, i) => walk(x, [...path, 'any', i], depth + 1));
      if ('not' in c) return walk(c.not, [...path, 'not'], depth + 1);
      const ops = OPERATORS.filter((o) => c[o] !== undefined);
      if (ops.length !== 1) {
        ctx.addIssue({ code: 'custom', path, message: `give exactly one operator (${OPERATORS.join(', ')})` });
        return;
      }
      const op = ops[0]!;
      const type = checkField(c.field, [...path, 'field']);
      if (!type) return;
      if (!OPS_FOR[type].includes(op)) {
        ctx.addIssue({ code: 'custom', path: [...path, op], message: `operator "${op}" does not apply to ${type} field "${c.field}"` });
        return;
      }
      const values = op === 'in' || op === 'not_in' ? (c[op] as unknown[]) : op === 'eq' || op === 'ne' ? [c[op]] : [];
      const want = type === 'list' ? 'string' : type;
      if (values.some((v) => typeof v !== want)) ctx.addIssue({ code: 'custom', path: [...path, op], message: `field "${c.field}" is a ${type}: compare it with ${want} values` });
    };
    if (r.where) walk(r.where, ['where'], 1);
    if (r.group_by) {
      const t = checkField(r.group_by, ['group_by']);
      if (t === 'list') ctx.addIssue({ code: 'custom', path: ['group_by'], message: 'group_by needs a single-valued field' });
    }
  });
export type RuleConfig = z.output<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
