// The detection rules shipped enabled by default, written in the same format operators use, so
// they pass the same validation. Thresholds come from `alerts.builtin_rules`.
import type { AlertsConfig } from '../../config/alerts-schema.ts';
import { type RuleConfig, type RuleInput, RuleSchema } from './schema.ts';

export const BUILTIN_RULE_IDS = ['auth_bruteforce', 'injection_burst', 'authz_denied_burst', 'canary_leak'] as const;

type BuiltinSettings = AlertsConfig['builtin_rules'];

function builtinInputs(b: BuiltinSettings): RuleInput[] {
  const window_seconds = b.window_seconds;
  return [
    {
      id: 'auth_bruteforce',
      description: 'Repeated refused credentials from one address (brute force or a leaked, revoked key still in use)',
      severity: 'high',
      techniques: ['T1110', 'AML.T0040'],
      events: ['auth.failed'],
      group_by: 'source_ip',
      threshold: b.auth_failures,
      window_seconds,
    },
    {
      id: 'injection_burst',
      description: 'A burst of prompt-injection attempts blocked for one caller',
      severity: 'high',
      techniques: ['AML.T0051', 'LLM01'],
      events: ['request'],
      where: { any: [{ field: 'blocked_by', contains: 'scan.injection' }, { field: 'flagged_by', contains: 'scan.injection' }] },
      group_by: 'source_ip',
      threshold: b.injection_blocks,
      window_seconds,
    },
    {
      id: 'authz_denied_burst',
      description: 'A principal repeatedly refused access (probing for models or permissions it does not hold)',
      severity: 'medium',
      techniques: ['AML.T0040'],
      events: ['authz.decision'],
      where: { field: 'allowed', eq: false },
      group_by: 'principal_id',
      threshold: b.authz_denials,
      window_seconds,
    },
    {
      id: 'canary_leak',
      description: 'A canary token crossed the gateway (system prompt or protected data leaking)',
      severity: 'critical',
      techniques: ['AML.T0057', 'LLM07'],
      events: ['request'],
      where: { any: [{ field: 'blocked_by', contains: 'scan.canary' }, { field: 'flagged_by', contains: 'scan.canary' }] },
      group_by: 'model',
      threshold: 1,
      window_seconds,
    },
  ];
}

/** The rules to run: the enabled built-ins, then the operator's enabled rules. */
export function activeRules(cfg: AlertsConfig): RuleConfig[] {
  const builtins = cfg.builtin_rules.enabled
    ? builtinInputs(cfg.builtin_rules)
        .filter((r) => !(cfg.builtin_rules.disabled as readonly string[]).includes(`rule.${r.id}`))
        .map((r) => RuleSchema.parse(r))
    : [];
  return [...builtins, ...cfg.rules.filter((r) => r.enabled)];
}
