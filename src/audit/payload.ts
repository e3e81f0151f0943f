// Payload capture for investigations: `hmac` keeps a searchable fingerprint; `encrypted` keeps the
// body under AES-256-GCM with a key per data subject, so erasing a person (GDPR art. 17) is deleting
// their key: the entries stay and the chain verifies, the content is unreadable (crypto-shredding).
import { randomBytes } from 'node:crypto';
import { open, seal } from '../crypto/aead.ts';
import type { Store } from '../store/store.ts';
import { canonicalize } from './canonical.ts';
import { hmacValue } from './keys.ts';

export type PayloadMode = 'off' | 'hmac' | 'encrypted';

export interface SealedPayload {
  readonly alg: 'A256GCM';
  /** HMAC of the subject id: which key opens it, without naming the person. */
  readonly subject: string;
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

/** Per-subject keys, wrapped by the installation's master key and kept in `audit_subject_keys`. */
export class SubjectKeys {
  private readonly cache = new Map<string, { key: Buffer; at: number }>();

  constructor(
    private readonly store: Store,
    private readonly masterKey: Buffer,
    private readonly salt: Buffer,
    /** Other replicas notice an erasure within this time. */
    private readonly cacheMs = 30_000,
  ) {}

  subjectRef(subjectId: string): string {
    return hmacValue(this.salt, `subject:${subjectId}`);
  }

  /** The subject's key, created on first use; undefined (never created) when `create` is false. */
  async keyFor(ref: string, create: boolean): Promise<Buffer | undefined> {
    const hit = this.cache.get(ref);
    if (hit && Date.now() - hit.at < this.cacheMs) return hit.key;
    const row = await this.store.db.selectFrom('audit_subject_keys').select('wrapped_key').where('subject', '=', ref).executeTakeFirst();
    let key: Buffer | undefined;
    if (row) {
      key = open(this.masterKey, JSON.parse(row.wrapped_key) as { iv: string; ct: string; tag: string }, ref);
    } else if (create) {
      key = randomBytes(32);
      await this.store.db
        .insertInto('audit_subject_keys')
        .values({ subject: ref, wrapped_key: JSON.stringify(seal(this.masterKey, key, ref)), created_at: Date.now() })
        .onConflict((oc) => oc.column('subject').doNothing())
        .execute();
      // Two replicas may race to create it: the stored one wins.
      return this.keyFor(ref, false);
    }
    if (key) this.cache.set(ref, { key, at: Date.now() });
    return key;
  }

  /** Deletes the subject's key: every payload sealed under it becomes unreadable. */
  async erase(subjectId: string): Promise<boolean> {
    const ref = this.subjectRef(subjectId);
    this.cache.delete(ref);
    const r = await this.store.db.deleteFrom('audit_subject_keys').where('subject', '=', ref).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async encrypt(subjectId: string, body: unknown, aad: string): Promise<SealedPayload> {
    const ref = this.subjectRef(subjectId);
    const key = (await this.keyFor(ref, true))!;
    const { ct, iv, tag } = seal(key, Buffer.from(canonicalize(body)), aad);
    return { alg: 'A256GCM', ct, iv, subject: ref, tag };
  }

  /** The body, or undefined when the subject was erased (or the payload is not theirs). */
  async decrypt(p: SealedPayload, aad: string): Promise<unknown> {
    const key = await this.keyFor(p.subject, false);
    if (!key) return undefined;
    try {
      return JSON.parse(open(key, p, aad).toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** The stand-in for a body under `hmac` mode. */
export function payloadHmac(salt: Buffer, body: unknown): string {
  return hmacValue(salt, canonicalize(body));
}
