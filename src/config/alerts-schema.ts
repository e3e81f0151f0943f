// Policy section `alerts`: grouping, the sinks alerts are routed to, detection rules (built-in and
// operator-written) and the behaviour baselines per identity. Owned by the alerting module.
import { z } from 'zod';
import { SEVERITIES } from '../incidents/signal.ts';
import { BUILTIN_RULE_IDS } from '../monitor/rules/builtin.ts';
import { RuleSchema } from '../monitor/rules/schema.ts';
import { SecretRef } from './secret-ref.ts';

const sinkName = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, _ and - (max 64)');
const sourcePattern = z
  .string()
  .regex(/^[a-z0-9_.*-]{1,128}$/, 'a source id or a glob with *, e.g. rule.* or behaviour.request_spike')
  .describe('Alert source (rule or monitor id) or a glob with *');
const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// URL');

/** What every sink shares: a name, and which alerts it receives. */
const routing = {
  name: sinkName,
  min_severity: z.enum(SEVERITIES).default('medium').describe('Alerts below this severity are not sent here'),
  sources: z.array(sourcePattern).min(1).max(100).optional().describe('Only alerts from these sources (default: all)'),
  max_attempts: z.int().min(1).max(20).default(5).describe('Delivery attempts before the alert is counted as undeliverable'),
  backoff_ms: z.int().min(10).max(600_000).default(1_000).describe('First retry delay; doubles each attempt (with jitter)'),
  timeout_ms: z.int().min(100).max(120_000).default(10_000),
};

const WebhookSink = z.strictObject({
  type: z.literal('webhook'),
  ...routing,
  url: z.union([httpUrl, SecretRef]).describe('Receives the alert as JSON (POST); { env } or { file } when the URL holds a token'),
  secret: SecretRef.optional().describe('HMAC-SHA256 key for the X-Bulwark-Signature header (env or file, never inline)'),
});
const SlackSink = z.strictObject({
  type: z.literal('slack'),
  ...routing,
  url: z.union([httpUrl, SecretRef]).describe('Slack-compatible incoming webhook URL (receives {text, blocks}); it is a credential: prefer { env } or { file }'),
});
const SyslogSink = z.strictObject({
  type: z.literal('syslog'),
  ...routing,
  transport: z.enum(['udp', 'tcp']).default('udp').describe('udp: one message per datagram (RFC 5426); tcp: octet counting (RFC 6587)'),
  host: z.string().min(1).max(253),
  port: z.int().min(1).max(65_535).default(514),
  facility: z.int().min(0).max(23).default(10).describe('Syslog facility (10 = security/authorization)'),
  app_name: z.string().regex(/^[\x21-\x7e]{1,48}$/).default('bulwark'),
  hostname: z.string().regex(/^[\x21-\x7e]{1,255}$/).optional().describe('HOSTNAME field (default: the machine name)'),
});
const OcsfSink = z.strictObject({
  type: z.literal('ocsf'),
  ...routing,
  path: z.string().min(1).describe('JSON-lines file to append OCSF Detection Findings to, or "-" for stdout'),
});

export const AlertSinkSchema = z.discriminatedUnion('type', [WebhookSink, SlackSink, SyslogSink, OcsfSink]);
export type AlertSinkConfig = z.infer<typeof AlertSinkSchema>;

const window = (dflt: number) => z.int().min(1).max(86_400).default(dflt);

export const BehaviourSchema = z.strictObject({
  enabled: z.boolean().default(true),
  window_seconds: z.int().min(10).max(86_400).default(300).describe('Length of one feature window per identity'),
  history_windows: z.int().min(8).max(2_016).default(96).describe('Active windows kept per identity for the median/MAD baseline'),
  min_history: z.int().min(3).max(2_016).default(12).describe('Active windows an identity needs before its own baseline is used'),
  max_identities: z.int().min(10).max(1_000_000).default(5_000).describe('Identities tracked at once (least recently seen are forgotten)'),
  ewma_alpha: z.number().gt(0).lt(1).default(0.1).describe('Weight of the newest window in the EWMA mean and variance'),
  z_threshold: z.number().min(1).max(100).default(6).describe('Robust z-score (median/MAD) and EWMA z both above this: a deviation'),
  min_ratio: z.number().min(1).max(1_000).default(3).describe('…and the value at least this many times the baseline median'),
  min_requests: z.int().min(1).default(60).describe('Fewest requests in a window for a request spike'),
  min_volume: z.int().min(1).default(50_000).describe('Fewest units read in a window for a bulk read (tokens, or bytes where no usage is reported)'),
  min_models: z.int().min(2).default(5).describe('Fewest distinct models in a window for probing'),
  min_blocks: z.int().min(1).default(5).describe('Fewest blocked requests in a window for a block burst'),
  min_auth_failures: z.int().min(1).default(10).describe('Fewest refused credentials in a window for repeated failures'),
  unusual_hours: z
    .strictObject({
      enabled: z.boolean().default(true),
      min_days: z.int().min(1).max(365).default(5).describe('Days of history an identity needs before its hours are judged'),
      max_share: z.number().min(0).max(0.5).default(0.01).describe('An hour (±1) holding at most this share of the identity\'s past activity is unusual'),
      min_requests: z.int().min(1).default(5).describe('Fewest requests in the window for an unusual-hours alert'),
      utc_offset_minutes: z.int().min(-840).max(840).default(0).describe('Local time of the organisation, for hours of activity'),
    })
    .prefault({}),
  isolation_forest: z
    .strictObject({
      enabled: z.boolean().default(true),
      min_samples: z.int().min(32).max(100_000).default(256).describe('Normal windows needed before the forest is trained'),
      refit_every: z.int().min(16).max(1_000_000).default(512).describe('Refit after this many new windows'),
      reservoir: z.int().min(64).max(100_000).default(4_096).describe('Windows kept as the training sample'),
      score_threshold: z.number().min(0.5).max(1).default(0.8).describe('Anomaly score s(x) (0.5 = ordinary, 1 = isolated at once) above which a window is an outlier'),
    })
    .prefault({}),
});
export type BehaviourConfig = z.infer<typeof BehaviourSchema>;

export const AlertsSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Turn alert signals into stored, routed alerts'),
  group_window_seconds: z.int().min(1).max(30 * 86_400).default(3_600).describe('Signals with the same source and entity within this time are one alert (count, first and last seen)'),
  max_request_ids: z.int().min(1).max(1_000).default(50).describe('Request ids (audit links) kept per alert'),
  dataset_owners: z
    .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/), z.strictObject({ owner: z.string().min(1).max(256).optional(), on_call: z.string().min(1).max(256).optional() }))
    .default({})
    .describe('Accountable owner and on-call contact per dataset name; alerts about the dataset carry them (models name theirs in `models`)'),
  sinks: z.array(AlertSinkSchema).max(32).default([]),
  builtin_rules: z
    .strictObject({
      enabled: z.boolean().default(true),
      disabled: z.array(z.enum(BUILTIN_RULE_IDS.map((id) => `rule.${id}` as const))).default([]).describe('Built-in rule ids to turn off'),
      window_seconds: window(600).describe('Window of the built-in rules'),
      auth_failures: z.int().min(1).default(20).describe('rule.auth_bruteforce: refused credentials from one address in the window'),
      injection_blocks: z.int().min(1).default(5).describe('rule.injection_burst: injection blocks for one caller in the window'),
      authz_denials: z.int().min(1).default(20).describe('rule.authz_denied_burst: refused authorizations for one principal in the window'),
    })
    .prefault({}),
  rules: z.array(RuleSchema).max(500).default([]).describe('Operator-written detection rules'),
  behaviour: BehaviourSchema.prefault({}),
}).superRefine((a, ctx) => {
  const names = new Set<string>();
  a.sinks.forEach((s, i) => {
    if (names.has(s.name)) ctx.addIssue({ code: 'custom', path: ['sinks', i, 'name'], message: `duplicate sink name "${s.name}"` });
    names.add(s.name);
  });
  const ids = new Set<string>();
  a.rules.forEach((r, i) => {
    if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
    if ((BUILTIN_RULE_IDS as readonly string[]).includes(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${r.id}" is a built-in rule; choose another id` });
    ids.add(r.id);
  });
});
export type AlertsConfig = z.infer<typeof AlertsSchema>;
