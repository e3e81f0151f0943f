// Secrets recognised by their surroundings rather than their format: passwords in URLs and
// key=value pairs, bearer tokens, high-entropy values after key/secret/token words, and
// PEM private-key blocks (found procedurally, so an unterminated block costs linear time).
import {
  charClasses,
  entropyBar,
  isDigestLike,
  isEncodedText,
  isPlaceholder,
  isUuid,
  shannonEntropy,
} from './entropy.ts';
import type { Candidate, RuleContext, SecretRule, Verdict } from './rules.ts';

// Values that follow "password:" in code and prose without being passwords.
const NOT_A_PASSWORD = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'null', 'none', 'nil', 'true', 'false',
  'undefined', 'string', 'str', 'required', 'optional', 'empty', 'hidden', 'masked', 'unknown',
  'changeme', 'number', 'boolean', 'text', 'varchar',
]);

function passwordVerdict(c: Candidate, prose: boolean): Verdict {
  const v = c.value;
  if (NOT_A_PASSWORD.has(v.toLowerCase()) || isPlaceholder(v)) return null;
  // Code references (os.environ[...], process.env.X, getPassword()) are not values.
  if (/^(?:process\.env|os\.environ|env\(|getenv|config\.|settings\.|self\.|this\.)/i.test(v)) return null;
  if (/^[A-Za-z_$][A-Za-z0-9_.$]*\(/.test(v)) return null; // a call: getPassword(), read_secret("db")
  const symbols = /[^A-Za-z0-9]/.test(v);
  const mixed = charClasses(v) >= 2 || symbols;
  if (prose) return mixed && v.length >= 6 ? { score: 0.65 } : null;
  return mixed || v.length >= 12 ? { score: 0.8 } : null;
}

/** The generic rule's test that a value is random key material and not an identifier or word. */
export function looksRandom(value: string, threshold: number): boolean {
  if (isPlaceholder(value) || isUuid(value) || isDigestLike(value) || isEncodedText(value)) return false;
  // File paths (/var/lib/app/keys, ./certs/server) are where secrets live, not secrets.
  if (/^(?:\.{0,2}\/|~\/)/.test(value)) return false;
  if (shannonEntropy(value) < entropyBar(value, threshold)) return false;
  const hex = /^[0-9a-fA-F]+$/.test(value);
  if (hex) return value.length >= 32;
  // Random key material has a digit or base64 symbol (a 32-character base62 string lacks digits
  // with probability (52/62)^32 ≈ 0.4%); camelCase identifiers usually have neither.
  if (!/[0-9+/]/.test(value)) return false;
  return charClasses(value) >= 2;
}

function genericVerdict(c: Candidate, ctx: RuleContext): Verdict {
  // Trailing dots and dashes are sentence punctuation, not part of the value.
  if (!looksRandom(c.value, ctx.entropyThreshold)) return null;
  return { score: /^[0-9a-fA-F]+$/.test(c.value) ? 0.6 : 0.75 };
}

export const CONTEXT_RULES: readonly SecretRule[] = [
  {
    id: 'secrets.url_password',
    entity: 'PASSWORD',
    // scheme://user:password@host — the user part cannot contain ':' and the password cannot
    // contain '@', so each start position has one way to match.
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:/?#@'"<>]{1,128}:([^\s/?#@'"<>]{1,256})@(?=[A-Za-z0-9[])/dg,
    group: 1,
    hint: ['://'],
    // Any real value in the password slot of a URL is a credential, however simple.
    verify: (c) => (isPlaceholder(c.value) || NOT_A_PASSWORD.has(c.value.toLowerCase()) ? null : { score: 0.85 }),
  },
  {
    id: 'secrets.password_assignment',
    entity: 'PASSWORD',
    pattern: /(?<![A-Za-z0-9])(?:password|passwd|passphrase|pwd)(?:_?[A-Za-z]{0,12})["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?([^\s"'`;,<>]{4,128})/dgi,
    group: 1,
    hint: ['pass', 'PASS', 'Pass', 'pwd', 'PWD', 'Pwd'],
    verify: (c) => passwordVerdict(c, false),
  },
  {
    id: 'secrets.password_prose',
    entity: 'PASSWORD',
    pattern: /(?<![A-Za-z0-9])(?:password|passcode|passphrase)\s{1,3}(?:is|was|=)\s{1,3}["'`]?([^\s"'`;,<>]{6,64})/dgi,
    group: 1,
    hint: ['pass', 'PASS', 'Pass'],
    verify: (c) => passwordVerdict(c, true),
  },
  {
    id: 'secrets.bearer_token',
    entity: 'GENERIC_SECRET',
    pattern: /(?<![A-Za-z0-9])[Bb]earer\s{1,4}([A-Za-z0-9._~+/-]{16,2048}=*)/dg,
    group: 1,
    hint: ['earer'],
    verify: (c, ctx) => (looksRandom(c.value.replace(/[.=]+$/, ''), ctx.entropyThreshold) || c.value.startsWith('eyJ') ? { score: 0.8 } : null),
  },
  {
    id: 'secrets.generic_high_entropy',
    entity: 'GENERIC_SECRET',
    // A key word (possibly inside an identifier: client_secret, apiKey), an assignment, then a
    // value. The value's randomness is decided in code; see entropy.ts for the threshold.
    pattern: /(?:key|secret|token|auth|credential|passphrase|signature)[A-Za-z0-9_-]{0,16}["']?\s{0,4}(?::=|=>|[:=])\s{0,4}["'`]?([A-Za-z0-9+/=_~-]{16,256})/dgi,
    group: 1,
    hint: ['key', 'KEY', 'Key', 'secret', 'SECRET', 'Secret', 'token', 'TOKEN', 'Token', 'auth', 'AUTH', 'Auth', 'credential', 'CREDENTIAL', 'Credential', 'passphrase', 'signature', 'Signature'],
    verify: genericVerdict,
  },
];

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?)-----/g;
// Characters of a PEM body, headers (Proc-Type: 4,ENCRYPTED) and JSON-escaped newlines.
const PEM_BODY = /[A-Za-z0-9+/=\s:,\\-]/;
const MAX_PEM = 65_536;

export interface PemBlock {
  readonly start: number;
  readonly end: number;
  readonly complete: boolean;
}

/** PEM private-key blocks; an unterminated block runs over its body to the last body character. */
export function findPrivateKeys(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  if (!text.includes('PRIVATE KEY')) return blocks;
  // Where the next END marker of each label is (-1: none left), so that many unterminated
  // headers do not each rescan the rest of the text.
  const nextEnd = new Map<string, number>();
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m !== null; m = PEM_BEGIN.exec(text)) {
    const start = m.index;
    const bodyStart = start + m[0].length;
    const endMarker = `-----END ${m[1] ?? ''}-----`;
    const limit = Math.min(text.length, bodyStart + MAX_PEM);
    let endAt = nextEnd.get(endMarker);
    if (endAt === undefined || (endAt !== -1 && endAt < bodyStart)) {
      endAt = text.indexOf(endMarker, bodyStart);
      nextEnd.set(endMarker, endAt);
    }
    if (endAt !== -1 && endAt <= limit) {
      blocks.push({ start, end: endAt + endMarker.length, complete: true });
      PEM_BEGIN.lastIndex = endAt + endMarker.length;
      continue;
    }
    let end = bodyStart;
    // A partial END line ("-----END RSA PRI") is still body as far as a stream is concerned.
    while (end < limit && PEM_BODY.test(text[end] ?? '')) end++;
    blocks.push({ start, end, complete: false });
    PEM_BEGIN.lastIndex = Math.max(end, bodyStart);
  }
  return blocks;
}
