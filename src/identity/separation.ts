// Separation of duties the practice expects beyond "no self-grant" (enforced in the directory):
// whoever registered a model version does not approve its deployment. The model registry calls
// this before recording an approval.
import type { IdentityConfig } from '../config/identity-schema.ts';
import { BulwarkError } from '../errors/catalogue.ts';

export function assertDeploymentApprover(
  sod: IdentityConfig['separation_of_duties'],
  version: { readonly registeredBy: string },
  approverId: string,
): void {
  if (sod.register_cannot_deploy && version.registeredBy === approverId) {
    throw new BulwarkError('BULWARK_E_SEPARATION_OF_DUTIES', 'Separation of duties: the principal who registered this model version cannot approve its deployment.');
  }
}
