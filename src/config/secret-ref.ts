// A secret named in the policy (environment variable or file), never written in the policy itself.
// Its own module so every policy section can use it without importing the whole schema.
import { z } from 'zod';

export const SecretRef = z.union([
  z.strictObject({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) }),
  z.strictObject({ file: z.string().min(1) }),
]);
export type SecretRef = z.infer<typeof SecretRef>;
