// The pseudonym vault: per conversation, which placeholder (<PERSON_1>) stands for which original
// value. Values are held only as AES-256-GCM ciphertexts; entries expire after a sliding TTL and
// the vault is bounded in conversations and in entries per conversation.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface PseudonymVaultOptions {
  /** 32-byte master key; default: random per process (placeholders then die with the process). */
  readonly key?: Uint8Array;
  /** Idle time after which a conversation's mapping is dropped; default 15 minutes. */
  readonly ttlMs?: number;
  /** Conversations held at once; the least recently used is dropped beyond it. Default 10,000. */
  readonly maxConversations?: number;
  /** Distinct values per conversation; beyond it pseudonymisation fails closed. Default 1,000. */
  readonly maxEntriesPerConversation?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** Thrown when a conversation has no room for another value: the caller must not forward. */
export class VaultCapacityError extends Error {
  constructor() {
    super('pseudonym vault: conversation is full');
    this.name = 'VaultCapacityError';
  }
}

interface Sealed {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly data: Buffer;
}

interface Conversation {
  expiresAt: number;
  readonly key: Buffer;
  readonly counters: Map<string, number>;
  /** HMAC of (entity, normalised value) → placeholder. */
  readonly byValue: Map<string, string>;
  readonly byPlaceholder: Map<string, Sealed>;
}

/** Entity names become part of placeholders, so they are restricted to a safe alphabet. */
const ENTITY_NAME = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The same value in another spelling (case, spacing, compatibility forms) gets the same placeholder. */
function normalise(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export class PseudonymVault {
  readonly #encKey: Buffer;
  readonly #indexKey: Buffer;
  readonly #ttlMs: number;
  readonly #maxConversations: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** Keyed by an HMAC of the conversation id; Map order is least recently used first. */
  readonly #conversations = new Map<string, Conversation>();

  constructor(options: PseudonymVaultOptions = {}) {
    const master = options.key === undefined ? randomBytes(32) : Buffer.from(options.key);
    if (master.length !== 32) throw new RangeError('pseudonym vault: key must be 32 bytes');
    this.#encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'bulwark/vault/enc', 32));
    this.#indexKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'bulwark/vault/index', 32));
    master.fill(0);
    this.#ttlMs = positive(options.ttlMs ?? 15 * 60_000, 'ttlMs');
    this.#maxConversations = positive(options.maxConversations ?? 10_000, 'maxConversations');
    this.#maxEntries = positive(options.maxEntriesPerConversation ?? 1_000, 'maxEntriesPerConversation');
    this.#now = options.now ?? Date.now;
  }

  /** Conversations currently held (after dropping expired ones). */
  get size(): number {
    this.#sweep();
    return this.#conversations.size;
  }

  /** The placeholder for a value in a conversation, created on first sight. */
  placeholderFor(conversationId: string, entity: string, value: string): string {
    if (!ENTITY_NAME.test(entity)) throw new RangeError('pseudonym vault: entity names are A-Z, 0-9 and _');
    const conv = this.#open(conversationId, true) as Conversation;
    const index = this.#mac(conv.key, `${entity}\u0000${normalise(value)}`);
    const known = conv.byValue.get(index);
    if (known !== undefined) return known;
    if (conv.byPlaceholder.size >= this.#maxEntries) throw new VaultCapacityError();
    const n = (conv.counters.get(entity) ?? 0) + 1;
    conv.counters.set(entity, n);
    const placeholder = `<${entity}_${n}>`;
    conv.byValue.set(index, placeholder);
    conv.byPlaceholder.set(placeholder, this.#seal(conv.key, placeholder, value));
    return placeholder;
  }

  /** The original value behind a placeholder, or undefined if unknown, expired or tampered. */
  lookup(conversationId: string, placeholder: string): string | undefined {
    const conv = this.#open(conversationId, false);
    const sealed = conv?.byPlaceholder.get(placeholder);
    if (conv === undefined || sealed === undefined) return undefined;
    try {
      const d = createDecipheriv('aes-256-gcm', conv.key, sealed.iv);
      d.setAAD(Buffer.from(placeholder));
      d.setAuthTag(sealed.tag);
      return Buffer.concat([d.update(sealed.data), d.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }

  /** Drop a conversation's mapping now (end of conversation, or a revoked principal). */
  forget(conversationId: string): void {
    this.#conversations.delete(this.#conversationKey(conversationId));
  }

  #conversationKey(conversationId: string): string {
    if (typeof conversationId !== 'string' || conversationId.length === 0) {
      throw new TypeError('pseudonym vault: a non-empty conversation id is required');
    }
    return this.#mac(this.#indexKey, conversationId);
  }

  #open(conversationId: string, create: boolean): Conversation | undefined {
    this.#sweep();
    const id = this.#conversationKey(conversationId);
    let conv = this.#conversations.get(id);
    if (conv !== undefined) {
      this.#conversations.delete(id); // re-inserted below: most recently used
    } else if (create) {
      conv = {
        expiresAt: 0,
        // Each conversation encrypts under its own key, so ciphertexts cannot be moved between them.
        key: Buffer.from(hkdfSync('sha256', this.#encKey, Buffer.alloc(0), `conversation:${id}`, 32)),
        counters: new Map(),
        byValue: new Map(),
        byPlaceholder: new Map(),
      };
      while (this.#conversations.size >= this.#maxConversations) {
        const oldest = this.#conversations.keys().next().value;
        if (oldest === undefined) break;
        this.#conversations.delete(oldest);
      }
    } else {
      return undefined;
    }
    conv.expiresAt = this.#now() + this.#ttlMs;
    this.#conversations.set(id, conv);
    return conv;
  }

  /** Least recently used first, and the TTL slides on use, so expired ones are at the front. */
  #sweep(): void {
    const now = this.#now();
    for (const [id, conv] of this.#conversations) {
      if (conv.expiresAt > now) break;
      this.#conversations.delete(id);
    }
  }

  #mac(key: Buffer, data: string): string {
    return createHmac('sha256', key).update(data).digest('base64url');
  }

  #seal(key: Buffer, placeholder: string, value: string): Sealed {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    // The placeholder is authenticated data: a ciphertext cannot be swapped to another slot.
    c.setAAD(Buffer.from(placeholder));
    const data = Buffer.concat([c.update(value, 'utf8'), c.final()]);
    return { iv, tag: c.getAuthTag(), data };
  }
}

function positive(n: number, name: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`pseudonym vault: ${name} must be a positive number`);
  return n;
}
