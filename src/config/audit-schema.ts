// Policy section `audit`: sinks, durability mode, checkpoints, payload capture, retention.
import { z } from 'zod';

export const AuditSchema = z.strictObject({});
export type AuditConfig = z.infer<typeof AuditSchema>;
