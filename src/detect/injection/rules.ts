// The shipped rule catalogue: every family, every language. Order is the order hits are reported.
import { AGENT_RULES } from './rules-agents.ts';
import { ENGLISH_RULES } from './rules-en.ts';
import { INTL_RULES } from './rules-intl.ts';
import type { InjectionRule } from './rule-types.ts';

export { CONCEPT_RULES } from './rules-concepts.ts';

export const DEFAULT_RULES: readonly InjectionRule[] = Object.freeze([...ENGLISH_RULES, ...AGENT_RULES, ...INTL_RULES]);
