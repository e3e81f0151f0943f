// No privilege escalation through the admin API: an actor may grant a role, or mint a key for a
// principal, only when the actor itself holds every permission that would be handed over.
// (Minting a key for someone is acting as them, so it counts as handing over their permissions.)
import { BulwarkError } from '../errors/catalogue.ts';
import type { Principal } from '../pipeline/types.ts';
import type { Authorizer } from './authorizer.ts';

export function assertHoldsAll(authorizer: Authorizer, actor: Principal, permissions: Iterable<string>, resource?: string): void {
  const missing: string[] = [];
  for (const perm of permissions) {
    if (!authorizer.decide(actor, perm, resource === '*' ? undefined : resource).allowed) missing.push(perm);
  }
  if (missing.length > 0) {
    throw new BulwarkError('BULWARK_E_FORBIDDEN', `You cannot hand over permissions you do not hold (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}).`);
  }
}
