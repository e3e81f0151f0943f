// The one catalogue of permissions (verbs on resource kinds) and the built-in roles that mirror how
// AI teams work. Roles are sets of permission patterns; custom roles come from the policy file.

export const PERMISSIONS = {
  'model:invoke': 'Call a model through the data plane',
  'model:read': 'List models and read their cards',
  'model:register': 'Register a model or a model version',
  'model:deploy': 'Approve and deploy a model version',
  'dataset:read': 'Read training and evaluation data',
  'dataset:write': 'Add or change datasets',
  'training:run': 'Start training and fine-tuning jobs',
  'metrics:read': 'Read gateway and model metrics',
  'report:read': 'Read compliance and risk reports',
  'audit:read': 'Read and export the audit log',
  'audit:verify': 'Verify the audit hash chain',
  'key:manage': 'Create, rotate and revoke API keys',
  'principal:read': 'List principals, keys, roles and bindings',
  'principal:manage': 'Create and disable principals; grant and remove roles',
  'access:review': 'Run access reviews',
  'policy:read': 'Read the running policy',
  'policy:write': 'Change and reload the policy',
  'incident:read': 'Read alerts and incidents',
  'incident:manage': 'Open, act on and close incidents',
  'redteam:run': 'Run red-team suites against models',
  'detection:review': 'Read prompts a detector flagged, judge them and export them as training examples',
} as const satisfies Record<string, string>;

export type Permission = keyof typeof PERMISSIONS;

/** Route markers that are not permissions: open to anyone, or to any authenticated caller. */
export const PUBLIC = 'public';
export const AUTHENTICATED = 'authenticated';

export function isPermission(p: string): p is Permission {
  return Object.hasOwn(PERMISSIONS, p);
}

export interface RoleDefinition {
  readonly name: string;
  readonly description: string;
  /** Permissions or patterns (`model:*`, `*`). */
  readonly permissions: readonly string[];
  readonly builtin: boolean;
}

const builtin = (name: string, description: string, permissions: readonly string[]): RoleDefinition => ({ name, description, permissions, builtin: true });

export const BUILTIN_ROLES: readonly RoleDefinition[] = [
  builtin('admin', 'Everything, including granting access', ['*']),
  builtin('security-officer', 'Security operations: audit, incidents, keys, access reviews, policy', [
    'audit:read', 'audit:verify', 'incident:read', 'incident:manage', 'key:manage', 'principal:read', 'principal:manage',
    'access:review', 'policy:read', 'policy:write', 'metrics:read', 'report:read', 'model:read', 'redteam:run', 'detection:review',
  ]),
  builtin('ml-engineer', 'Registers and deploys models; no access to training data', [
    'model:read', 'model:register', 'model:deploy', 'model:invoke', 'metrics:read', 'redteam:run',
  ]),
  builtin('data-scientist', 'Training data and training; no deployment', [
    'dataset:read', 'dataset:write', 'training:run', 'model:read', 'model:register', 'model:invoke', 'metrics:read',
  ]),
  builtin('analyst', 'Metrics and reports only', ['metrics:read', 'report:read']),
  builtin('executive', 'Metrics and reports only', ['metrics:read', 'report:read']),
  builtin('auditor', 'Read-only audit and reports', ['audit:read', 'audit:verify', 'report:read', 'principal:read', 'access:review', 'policy:read']),
  builtin('app', 'Invokes the models it is scoped to', ['model:invoke']),
];

/** Whether a permission pattern (`*`, `model:*`, `model:invoke`) covers a permission. */
export function patternCovers(pattern: string, permission: string): boolean {
  if (pattern === '*' || pattern === permission) return true;
  return pattern.endsWith(':*') && permission.startsWith(pattern.slice(0, -1));
}

/** A pattern is valid if it is `*`, a catalogued permission, or `kind:*` for a catalogued kind. */
export function isValidPermissionPattern(p: string): boolean {
  if (p === '*' || isPermission(p)) return true;
  if (!p.endsWith(':*')) return false;
  const kind = p.slice(0, -1);
  return Object.keys(PERMISSIONS).some((k) => k.startsWith(kind));
}

/** The resource kind a permission acts on (`model` for `model:invoke`). */
export function resourceKind(permission: string): string {
  return permission.slice(0, permission.indexOf(':'));
}
