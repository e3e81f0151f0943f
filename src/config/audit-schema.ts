// Policy section `audit`: sinks, durability mode, checkpoints, payload capture, retention.
import { z } from 'zod';

const sinkBase = { required: z.boolean() };

export const AuditSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Record every request and change (turning it off is logged loudly)'),
  mode: z
    .enum(['strict', 'request'])
    .default('strict')
    .describe('strict: the request entry is committed before forwarding and the outcome before the answer; request: only the request entry is awaited'),
  chain_id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
    .optional()
    .describe('This replica\'s chain id (default: generated once and kept in <data_dir>/audit-chain.id)'),
  sinks: z
    .strictObject({
      store: z.strictObject({ ...sinkBase, required: sinkBase.required.default(true) }).prefault({}),
      file: z
        .strictObject({ ...sinkBase, required: sinkBase.required.default(false), path: z.string().min(1).describe('Append-only JSONL file, fsynced per batch') })
        .optional(),
      stdout: z.strictObject({ ...sinkBase, required: sinkBase.required.default(false) }).optional(),
    })
    .prefault({})
    .describe('A request succeeds when every required sink (and at least one sink) recorded it'),
  group_commit: z
    .strictObject({
      max_entries: z.int().min(1).max(10_000).default(1_000),
      max_wait_us: z.int().min(0).max(100_000).default(0).describe('Extra time to gather a batch while other entries are waiting (a lone entry is committed at once); 0 = what arrives in one event-loop turn'),
    })
    .prefault({}),
  durability: z.enum(['full', 'normal']).default('full').describe('SQLite synchronous level of audit transactions (full: fsync per commit)'),
  checkpoint: z
    .strictObject({
      every_entries: z.int().min(1).max(10_000_000).default(10_000),
      every_seconds: z.int().min(1).max(86_400).default(60),
      file: z.string().min(1).optional().describe('Second checkpoint sink (default <data_dir>/audit-checkpoints.jsonl)'),
      signing_key_file: z.string().min(1).optional().describe('Ed25519 key (PKCS#8 PEM); default <data_dir>/audit-signing.key'),
    })
    .prefault({}),
  payloads: z.enum(['off', 'hmac', 'encrypted']).default('off').describe('Prompt and response bodies: not kept, HMAC only, or AES-256-GCM per data subject'),
  retention_days: z.int().min(1).max(36_500).default(180).describe('EU AI Act art. 26(6): deployers keep logs at least six months'),
  archive_dir: z.string().min(1).optional().describe('Where old segments are archived (default <data_dir>/audit-archive)'),
});
export type AuditConfig = z.infer<typeof AuditSchema>;
