// Authenticated encryption for data at rest: AES-256-GCM with a fresh 96-bit IV per message and
// associated data that binds a ciphertext to where it belongs (moving it elsewhere fails to open).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Sealed {
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

export function seal(key: Buffer, plain: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** The plaintext; throws when the key, the associated data or the ciphertext is wrong. */
export function open(key: Buffer, s: Sealed, aad: string): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'));
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(Buffer.from(s.tag, 'base64'));
  return Buffer.concat([d.update(Buffer.from(s.ct, 'base64')), d.final()]);
}
