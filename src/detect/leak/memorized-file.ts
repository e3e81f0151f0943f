// The file that carries a memorisation guard's hashes from `bulwark scan --export-hashes` to the
// gateway's `scan.memorized`: one hash per line under a header naming the format and a key
// fingerprint, so a file made under another installation's key is refused instead of matching nothing.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const MAGIC = '# bulwark memorized-values v1';
const HASH = /^[dt]\.\d{1,4}\.[A-Za-z0-9_-]{22}$/;

/** Names a key without revealing it: 16 hex characters of an HMAC over a fixed label. */
export function keyFingerprint(key: Uint8Array): string {
  return createHmac('sha256', key).update('bulwark:memorized:fingerprint').digest('hex').slice(0, 16);
}

export function writeHashFile(path: string, key: Uint8Array, hashes: readonly string[]): void {
  const body = [MAGIC, `# key ${keyFingerprint(key)}`, `# count ${hashes.length}`, ...hashes].join('\n');
  // Hashes of personal data are still personal data for many regulators: owner-only.
  writeFileSync(path, `${body}\n`, { mode: 0o600 });
}

/** The hashes of a file made under `key`; throws (naming the line) on any other file. */
export function readHashFile(path: string, key: Uint8Array): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[0] !== MAGIC) throw new Error(`${path}: not a memorized-values file (run bulwark scan --export-hashes)`);
  const fp = /^# key ([0-9a-f]{16})$/.exec(lines[1] ?? '')?.[1];
  if (fp === undefined) throw new Error(`${path}:2: missing key fingerprint`);
  if (fp !== keyFingerprint(key)) {
    throw new Error(`${path}: made under another key (fingerprint ${fp}); export it again with this gateway's --data-dir`);
  }
  const hashes: string[] = [];
  lines.forEach((line, i) => {
    if (i < 2 || line === '' || line.startsWith('#')) return;
    if (!HASH.test(line)) throw new Error(`${path}:${i + 1}: malformed hash`);
    hashes.push(line);
  });
  return hashes;
}
