// The audit log's key material, kept in files beside (never inside) the database: the Ed25519
// checkpoint signing key, the per-installation HMAC salt and the master key that wraps per-subject
// payload keys. Each is created on first start with mode 0600.
import { type KeyObject, createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface AuditKeys {
  readonly signingKey: KeyObject;
  readonly publicKey: KeyObject;
  /** PEM (SPKI) of the public key, for verifiers. */
  readonly publicKeyPem: string;
  readonly hmacSalt: Buffer;
  readonly masterKey: Buffer;
}

export const KEY_FILES = {
  signing: 'audit-signing.key',
  publicKey: 'audit-signing.pub',
  salt: 'audit-hmac.salt',
  master: 'audit-master.key',
} as const;

function assertPrivate(file: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(file).mode & 0o077;
  if (mode !== 0) throw new Error(`${file} is readable by group or others; chmod 600 it`);
}

/** Reads a secret file, creating it with `make()` (mode 0600, exclusive create) when missing. */
function secretFile(file: string, make: () => Buffer | string): Buffer {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, make(), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  assertPrivate(file);
  return readFileSync(file);
}

function bytes32(file: string): Buffer {
  const b = Buffer.from(secretFile(file, () => randomBytes(32).toString('hex')).toString('utf8').trim(), 'hex');
  if (b.length !== 32) throw new Error(`${file} must hold 32 bytes in hex`);
  return b;
}

/** Loads (or creates) the key material under `dir`; `signingKeyFile` may point elsewhere. */
export function loadAuditKeys(dir: string, signingKeyFile?: string): AuditKeys {
  const signingPath = signingKeyFile ?? join(dir, KEY_FILES.signing);
  const pem = secretFile(signingPath, () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const signingKey = createPrivateKey(pem);
  if (signingKey.asymmetricKeyType !== 'ed25519') throw new Error(`${signingPath} is not an Ed25519 private key`);
  const publicKey = createPublicKey(signingKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const pubPath = join(dirname(signingPath), KEY_FILES.publicKey);
  if (!existsSync(pubPath) || readFileSync(pubPath, 'utf8') !== publicKeyPem) {
    writeFileSync(pubPath, publicKeyPem, { mode: 0o644 });
    chmodSync(pubPath, 0o644);
  }
  return { signingKey, publicKey, publicKeyPem, hmacSalt: bytes32(join(dir, KEY_FILES.salt)), masterKey: bytes32(join(dir, KEY_FILES.master)) };
}

/** Loads just the HMAC salt (for `bulwark audit hash`), without creating anything. */
export function loadHmacSalt(dir: string): Buffer {
  const file = join(dir, KEY_FILES.salt);
  if (!existsSync(file)) throw new Error(`no audit HMAC salt at ${file}`);
  return bytes32(file);
}

/** The searchable stand-in for a sensitive string: `hmac-sha256:<hex>`. */
export function hmacValue(salt: Buffer, value: string): string {
  return `hmac-sha256:${createHmac('sha256', salt).update(value, 'utf8').digest('hex')}`;
}
