// The server secret keys the HMAC under which API keys are stored. It lives outside the database
// (env or a 0600 file) so that a database dump alone reveals no usable key.
import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIN_BYTES = 32;

export function loadServerSecret(dataDir: string): Buffer {
  const fromEnv = process.env.BULWARK_SERVER_SECRET;
  if (fromEnv !== undefined) {
    const buf = Buffer.from(fromEnv, /^[0-9a-f]+$/i.test(fromEnv) ? 'hex' : 'base64');
    if (buf.length < MIN_BYTES) throw new Error(`BULWARK_SERVER_SECRET must hold at least ${MIN_BYTES} bytes (hex or base64)`);
    return buf;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'server.secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(MIN_BYTES).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) chmodSync(file, 0o600);
  const buf = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (buf.length < MIN_BYTES) throw new Error(`${file} is corrupt: expected ${MIN_BYTES} hex-encoded bytes`);
  return buf;
}

/** A 32-byte key for one purpose, derived from the server secret (HKDF-SHA256), e.g. `leak:memorized`. */
export function deriveKey(serverSecret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, Buffer.alloc(0), `bulwark:${purpose}`, 32));
}
