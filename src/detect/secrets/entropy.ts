// Value heuristics for secrets: Shannon entropy, placeholder and encoded-text checks. They keep
// the generic "high-entropy string next to a key word" rule from firing on ordinary values.

/**
 * Shannon entropy H = -Σ p(c)·log2 p(c) over the characters of `value`, in bits per character
 * (Shannon 1948). A random base62 string of 20 characters scores about 4.0 (its ceiling is
 * log2(20) ≈ 4.32), of 40 characters about 4.9; English identifiers such as
 * `my_database_password` score 3.0-3.6; hex digests top out at 4.0.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * The entropy a value must reach to count as random. Short strings cannot reach high entropy
 * (the ceiling is log2(length)), so the bar is the configured threshold or 85% of that ceiling,
 * whichever is lower; hexadecimal values (16 symbols, ceiling 4 bits) get a bar 0.5 bits lower.
 */
export function entropyBar(value: string, threshold: number): number {
  const ceiling = Math.log2(value.length);
  const bar = Math.min(threshold, 0.85 * ceiling);
  return HEX_ONLY.test(value) ? Math.min(bar, threshold - 0.5) : bar;
}

const HEX_ONLY = /^[0-9a-fA-F]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const GIT_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Lower-case hex of a commit (SHA-1) or SHA-256 digest length. */
export function isDigestLike(value: string): boolean {
  return GIT_SHA.test(value);
}

// Documentation placeholders: `sk-...xxxx`, `<your-token>`, `${TOKEN}`, `changeme`, runs of x/*.
const PLACEHOLDER_WORDS =
  /(?:example|sample|dummy|placeholder|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|changeme|redacted|insert|replace|xxxx|\*\*\*\*|\.\.\.|<[^>]{0,40}>|\$\{|\{\{|%s|test1234)/i;

/** True for values that are clearly placeholders rather than real credentials. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  // A value made of one repeated character, or a long run of one character (AAAA…, 0000…).
  return /(.)\1{5,}/.test(value);
}

const BASE64_BODY = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * True when `value` is base64 of readable text (for example `aGVsbG8gd29ybGQ=`): encoded words
 * are not secrets even though their encoding looks random. Random key material decodes to bytes
 * of which far fewer are printable.
 */
export function isEncodedText(value: string): boolean {
  if (value.length < 12 || !BASE64_BODY.test(value)) return false;
  const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 8) return false;
  let printable = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f)) printable++;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x20) letters++;
  }
  // 95 of 256 byte values are printable ASCII, so random bytes are ~37% printable; text is ~100%.
  return printable / bytes.length >= 0.95 && letters / bytes.length >= 0.6;
}

/** How many of the classes lower, upper, digit a value mixes. */
export function charClasses(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0);
}
