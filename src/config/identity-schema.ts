// Policy section `identity`: human login (OIDC/JWT) and custom roles. Owned by the identity module.
import { z } from 'zod';

export const IdentitySchema = z.strictObject({});
export type IdentityConfig = z.infer<typeof IdentitySchema>;
