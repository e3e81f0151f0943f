// The secret rules: one pattern per credential format, compiled once. Every pattern has bounded
// repetition or repetition over a class that its neighbours cannot match, so matching is linear
// in the text (checked by recheck in rules.test.ts). Formats are from the vendors' public docs.
import { charClasses, entropyBar, isPlaceholder, shannonEntropy } from './entropy.ts';
import { checkJwt } from './jwt.ts';
import type { SecretEntity } from './types.ts';

/** What a rule's `verify` sees: the secret's text and whether it touches the end of the text. */
export interface Candidate {
  readonly value: string;
  /** The whole regex match (key word and separator included), for context checks. */
  readonly whole: string;
  readonly atEnd: boolean;
}

/** A verdict: the score to report (before the threshold) or null to drop the candidate. */
export type Verdict = { readonly score: number; readonly validated?: boolean } | null;

export interface SecretRule {
  readonly id: string;
  readonly entity: SecretEntity;
  /** Global regex; when `group` is set, the `d` flag gives the secret's own offsets. */
  readonly pattern: RegExp;
  readonly group?: number;
  /** A cheap substring every match contains, to skip the regex on most texts. */
  readonly hint?: readonly string[];
  readonly verify: (c: Candidate, ctx: RuleContext) => Verdict;
}

export interface RuleContext {
  readonly entropyThreshold: number;
}

// Boundaries: a token must not be glued to more token characters on either side.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';

/** A fixed-format token: drop documentation placeholders, else report at `score`. */
const token =
  (score: number) =>
  (c: Candidate): Verdict =>
    isPlaceholder(c.value) ? null : { score };

/** Like `token`, but the random part must also look random (mixed classes, high entropy). */
const randomToken =
  (score: number, marker?: string) =>
  (c: Candidate, ctx: RuleContext): Verdict => {
    if (isPlaceholder(c.value)) return null;
    if (marker !== undefined && c.value.includes(marker)) return { score: 0.95, validated: true };
    const body = c.value.replace(/^[a-z]+[-_](?:[a-z]+[-_])?/, '');
    if (charClasses(body) < 2 || shannonEntropy(body) < entropyBar(body, ctx.entropyThreshold)) return null;
    return { score };
  };

export const FORMAT_RULES: readonly SecretRule[] = [
  {
    id: 'secrets.aws_access_key',
    verify: (c) => (c.value.endsWith('EXAMPLE') ? null : { score: 0.9 }),
    entity: 'AWS_ACCESS_KEY',
    // Key ids are a 4-letter type prefix and 16 base32 characters (AWS IAM identifiers docs).
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    hint: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'APKA'],
  },
  {
    id: 'secrets.aws_secret_key',
    verify: randomToken(0.9),
    entity: 'AWS_SECRET_KEY',
    pattern: /aws_?secret_?(?:access_?)?key["']?\s{0,4}[:=]{1,2}\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    group: 1,
    hint: ['aws', 'AWS', 'Aws'],
  },
  {
    id: 'secrets.gcp_api_key',
    verify: token(0.9),
    entity: 'GCP_API_KEY',
    pattern: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g'),
    hint: ['AIza'],
  },
  {
    id: 'secrets.gcp_oauth_secret',
    verify: token(0.9),
    entity: 'GCP_OAUTH_SECRET',
    pattern: new RegExp(`${B}GOCSPX-[A-Za-z0-9_-]{28}${E}`, 'g'),
    hint: ['GOCSPX-'],
  },
  {
    id: 'secrets.azure_storage_key',
    verify: token(0.95),
    entity: 'AZURE_STORAGE_KEY',
    // 64-byte account keys are 88 base64 characters ending in "==".
    pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/dg,
    group: 1,
    hint: ['AccountKey='],
  },
  {
    id: 'secrets.azure_client_secret',
    verify: randomToken(0.8),
    entity: 'AZURE_CLIENT_SECRET',
    // Entra ID client secrets since 2022: three characters, a digit, "Q~", then 31-34 more.
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    hint: ['Q~'],
  },
  {
    id: 'secrets.azure_sas_token',
    verify: randomToken(0.75),
    entity: 'AZURE_SAS_TOKEN',
    pattern: /[?&]sig=([A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/dg,
    group: 1,
    hint: ['sig='],
  },
  {
    id: 'secrets.github_token',
    verify: token(0.95),
    entity: 'GITHUB_TOKEN',
    pattern: new RegExp(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'),
    hint: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  },
  {
    id: 'secrets.gitlab_token',
    verify: randomToken(0.9),
    entity: 'GITLAB_TOKEN',
    pattern: new RegExp(`${B}gl(?:pat|dt|ptt|rt|soat|oas|cbt|imt|ft)-[A-Za-z0-9_-]{20,64}${E}`, 'g'),
    hint: ['gl'],
  },
  {
    id: 'secrets.slack_token',
    verify: (c) => (isPlaceholder(c.value) || !/[0-9]/.test(c.value) ? null : { score: 0.9 }),
    entity: 'SLACK_TOKEN',
    pattern: /(?<![A-Za-z0-9-])xox[abposre]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])/g,
    hint: ['xox'],
  },
  {
    id: 'secrets.slack_webhook',
    verify: token(0.9),
    entity: 'SLACK_WEBHOOK',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}(?![A-Za-z0-9])/g,
    hint: ['hooks.slack.com'],
  },
  {
    id: 'secrets.stripe_key',
    verify: (c) => (isPlaceholder(c.value) ? null : { score: c.value.includes('_live_') ? 0.95 : 0.75 }),
    entity: 'STRIPE_KEY',
    pattern: new RegExp(`${B}(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247}${E}`, 'g'),
    hint: ['_live_', '_test_'],
  },
  {
    id: 'secrets.anthropic_api_key',
    verify: token(0.95),
    entity: 'ANTHROPIC_API_KEY',
    pattern: new RegExp(`${B}sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,120}${E}`, 'g'),
    hint: ['sk-ant-'],
  },
  {
    id: 'secrets.openai_api_key',
    verify: randomToken(0.8, 'T3BlbkFJ'),
    entity: 'OPENAI_API_KEY',
    pattern: new RegExp(`${B}sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,250}${E}`, 'g'),
    hint: ['sk-'],
  },
  {
    id: 'secrets.jwt',
    verify: (c) => {
      const verdict = checkJwt(c.value, c.atEnd);
      if (verdict === 'invalid') return null;
      return verdict === 'valid' ? { score: 0.95, validated: true } : { score: 0.7 };
    },
    entity: 'JWT',
    // header "eyJ" is base64url of '{"'; a payload and signature may still be streaming in.
    pattern: new RegExp(`${B}eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{0,16384}(?:\\.[A-Za-z0-9_-]{0,8192})?${E}`, 'g'),
    hint: ['eyJ'],
  },
];
