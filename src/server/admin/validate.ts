// Admin request input: parsed with zod, and any problem turned into one catalogue error that
// names the parameter (never echoing the value, which could be a secret pasted by mistake).
import type { z } from 'zod';
import { BulwarkError } from '../../errors/catalogue.ts';

export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const param = issue.path.map(String).join('.') || undefined;
  const what = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  throw new BulwarkError('BULWARK_E_INVALID_REQUEST', `Invalid request: ${param ? `${param}: ` : ''}${what}`, param ? { param } : {});
}
