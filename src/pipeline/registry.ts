// The one table of guard kinds. A guard exists for the policy only if it is listed here.
import { apiKeyGuard } from '../guards/auth/api-key.ts';
import { rbacGuard } from '../guards/authz/rbac.ts';
import { scopeGuard } from '../guards/authz/scope.ts';
import { rateLimitGuard } from '../guards/limit/rate.ts';
import { extractionGuard } from '../guards/limit/extraction.ts';
import { hardenPredictGuard } from '../guards/harden/predict.ts';
import { bannedGuard } from '../guards/scan/banned.ts';
import { canaryGuard } from '../guards/scan/canary.ts';
import { injectionGuard } from '../guards/scan/injection.ts';
import { memorizedGuard } from '../guards/scan/memorized.ts';
import { piiGuard } from '../guards/scan/pii.ts';
import { secretsGuard } from '../guards/scan/secrets.ts';
import { requestShapeGuard } from '../guards/validate/request-shape.ts';
import { contractGuard } from '../guards/validate/contract.ts';
import type { AnyGuardFactory, Guard, GuardDeps } from './types.ts';

export const GUARD_FACTORIES = [apiKeyGuard, rbacGuard, scopeGuard, rateLimitGuard, requestShapeGuard, contractGuard, bannedGuard, injectionGuard, piiGuard, secretsGuard, canaryGuard, memorizedGuard, extractionGuard, hardenPredictGuard] as const satisfies readonly AnyGuardFactory[];

export function guardFactory(id: string): AnyGuardFactory | undefined {
  return (GUARD_FACTORIES as readonly AnyGuardFactory[]).find((f) => f.id === id);
}

/** Builds a guard from an already-validated config (the policy schema parsed it). */
export function buildGuard(factory: AnyGuardFactory, config: unknown, deps: GuardDeps): Guard | Promise<Guard> {
  return (factory.create as (c: unknown, d: GuardDeps) => Guard | Promise<Guard>)(config, deps);
}
