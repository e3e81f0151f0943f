// The policy document's schema, written once. Guard configs come from the guard registry, so a
// new guard's options are validated (and exported to JSON Schema) without touching this file.
import { z } from 'zod';
import { GUARD_FACTORIES } from '../pipeline/registry.ts';
import { ROUTE_KINDS } from '../pipeline/types.ts';
import { AlertsSchema } from './alerts-schema.ts';
import { AuditSchema } from './audit-schema.ts';
import { IdentitySchema } from './identity-schema.ts';
import { MonitoringSchema } from './monitoring-schema.ts';

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'letters, digits, . _ : - (max 128)');

/** A secret taken from the environment or a file, never written in the policy itself. */
import { SecretRef } from './secret-ref.ts';
export { SecretRef };

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL');

const RemoteUpstream = z.strictObject({
  base_url: httpUrl.describe('Base URL of an OpenAI-compatible server, e.g. https://api.openai.com/v1'),
  api_key: SecretRef.optional().describe('Sent upstream as a bearer token; the client never chooses it'),
  headers: z.record(z.string(), z.union([z.string(), SecretRef])).default({}),
  max_connections: z.int().min(1).max(4096).default(128),
  connect_timeout_ms: z.int().min(1).max(120_000).default(5_000),
  headers_timeout_ms: z.int().min(1).max(900_000).default(60_000),
  body_timeout_ms: z.int().min(1).max(900_000).default(60_000),
  max_response_bytes: z.int().min(1024).max(1 << 30).default(16 * 1024 * 1024),
});
const BuiltinUpstream = z.strictObject({
  builtin: z.literal('demo').describe('The built-in demo models, served on a loopback port'),
});
export const UpstreamSchema = z.union([RemoteUpstream, BuiltinUpstream]);
export type RemoteUpstreamConfig = z.infer<typeof RemoteUpstream>;

export const ModelSchema = z.strictObject({
  name,
  kind: z.enum(['chat', 'completion', 'embedding', 'predict']),
  upstream: name,
  upstream_model: z.string().min(1).max(256).optional().describe('Model name sent upstream (default: name)'),
  path: z
    .string()
    .regex(/^\/[A-Za-z0-9._~:@!$&'()*+,;=\/{}-]*$/)
    .optional()
    .describe('predict models: upstream path; {model} is replaced (default /predict/{model})'),
  description: z.string().max(1000).optional(),
  owner: z.string().min(1).max(256).optional().describe('Accountable owner (a person or team); alerts on this model carry it'),
  on_call: z.string().min(1).max(256).optional().describe('On-call contact (rota, channel or address); alerts on this model carry it'),
});
export type ModelConfig = z.infer<typeof ModelSchema>;

const pattern = z.string().min(1).max(256).describe('model name or glob with *');

function guardEntrySchemas() {
  return GUARD_FACTORIES.map((f) =>
    z.strictObject({
      id: z.literal(f.id),
      name: name.optional().describe('Instance name, when one guard kind is used twice'),
      mode: z.enum(['enforce', 'monitor']).default('enforce'),
      on_error: z.enum(['block', 'allow']).default('block').describe('What a fault or timeout does'),
      timeout_ms: z.int().min(1).max(60_000).default(1_000),
      routes: z.array(z.enum(ROUTE_KINDS)).optional().describe('Only these routes (default: all)'),
      models: z.array(pattern).optional().describe('Only these models (default: all)'),
      config: (f.configSchema as z.ZodType).prefault({}),
    }),
  );
}

export const ServerSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.int().min(0).max(65_535).default(8080),
  data_dir: z.string().min(1).default('./data'),
  body_limit_bytes: z.int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  json_max_depth: z.int().min(2).max(1000).default(32),
  request_timeout_ms: z.int().min(1000).max(3_600_000).default(300_000),
  shutdown_grace_ms: z.int().min(0).max(600_000).default(10_000),
  trust_proxy: z.boolean().default(false).describe('Take the client address from X-Forwarded-For'),
  metrics_public: z.boolean().default(true).describe('Serve /metrics without a credential'),
});

const guardEntries = guardEntrySchemas();

export const PolicySchema = z
  .strictObject({
    version: z.literal(1),
    server: ServerSchema.default(ServerSchema.parse({})),
    upstreams: z.record(name, UpstreamSchema),
    models: z.array(ModelSchema).min(1),
    identity: IdentitySchema.prefault({}),
    audit: AuditSchema.prefault({}),
    alerts: AlertsSchema.prefault({}),
    monitoring: MonitoringSchema.prefault({}),
    guards: z
      .array(z.discriminatedUnion('id', guardEntries as unknown as [(typeof guardEntries)[0], ...typeof guardEntries]))
      .default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.models.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: 'custom', path: ['models', i, 'name'], message: `duplicate model name "${m.name}"` });
      seen.add(m.name);
      if (!(m.upstream in p.upstreams)) {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'upstream'], message: `unknown upstream "${m.upstream}"` });
      }
      if (m.path !== undefined && m.kind !== 'predict') {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'path'], message: 'path is only for predict models' });
      }
    });
    const instances = new Set<string>();
    p.guards.forEach((g, i) => {
      const key = g.name ?? g.id;
      if (instances.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['guards', i, 'name'], message: `guard "${key}" listed twice; give each a distinct name` });
      }
      instances.add(key);
    });
  });

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type GuardEntry = Policy['guards'][number];

/** The JSON Schema editors use to complete and check bulwark.yaml. */
export function policyJsonSchema(): unknown {
  return z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' });
}
