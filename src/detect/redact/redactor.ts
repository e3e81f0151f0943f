// Applies a redaction policy to the matches found in a text: per entity type block, mask, hash
// (keyed HMAC) or pseudonymise (vault placeholder). Overlaps are resolved before anything is cut.
import { createHmac } from 'node:crypto';
import { resolveOverlaps, type EntityMatch } from './overlaps.ts';
import type { PseudonymVault } from './vault.ts';

/** What happens to a matched value. `allow` keeps it (the finding is still reported). */
export type RedactAction = 'allow' | 'block' | 'mask' | 'hash' | 'pseudonymize';

export const REDACT_ACTIONS: readonly RedactAction[] = ['allow', 'block', 'mask', 'hash', 'pseudonymize'];

export interface RedactorConfig {
  /** Action per entity type, e.g. `{ US_SSN: 'block', PERSON: 'pseudonymize' }`. */
  readonly actions?: Readonly<Record<string, RedactAction>>;
  /** Action for entity types not listed; default `mask`. */
  readonly defaultAction?: RedactAction;
  /** HMAC key for `hash` (at least 16 bytes); required if any action is `hash`. */
  readonly hashKey?: Uint8Array;
  /** Hex characters of the HMAC kept in the label; default 16 (64 bits). */
  readonly hashLength?: number;
  /** Where pseudonyms live; required if any action is `pseudonymize`. */
  readonly vault?: PseudonymVault;
}

export interface RedactOptions {
  /** Required for `pseudonymize`: the conversation the placeholders belong to. */
  readonly conversationId?: string;
}

/** One applied redaction: where it was in the input and where its replacement is in the output. */
export interface Redaction {
  readonly entity: string;
  readonly rule: string;
  readonly score: number;
  readonly action: RedactAction;
  readonly start: number;
  readonly end: number;
  readonly outStart: number;
  readonly outEnd: number;
}

export interface RedactionResult {
  /** The redacted text; empty when blocked (a blocked text must not travel on). */
  readonly text: string;
  readonly blocked: boolean;
  /** Every kept match, including `allow` and `block` ones. */
  readonly redactions: readonly Redaction[];
}

export interface Redactor {
  actionFor(entity: string): RedactAction;
  redact(text: string, matches: readonly EntityMatch[], options?: RedactOptions): RedactionResult;
}

export function createRedactor(config: RedactorConfig = {}): Redactor {
  const actions = new Map(Object.entries(config.actions ?? {}));
  const defaultAction = config.defaultAction ?? 'mask';
  const used = new Set([defaultAction, ...actions.values()]);
  for (const a of used) {
    if (!REDACT_ACTIONS.includes(a)) throw new RangeError(`redactor: unknown action ${String(a)}`);
  }
  for (const entity of actions.keys()) {
    if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(entity)) throw new RangeError(`redactor: bad entity name ${entity}`);
  }
  const hashKey = config.hashKey === undefined ? undefined : Buffer.from(config.hashKey);
  if (used.has('hash') && (hashKey === undefined || hashKey.length < 16)) {
    throw new RangeError('redactor: the hash action needs a hashKey of at least 16 bytes');
  }
  const hashLength = config.hashLength ?? 16;
  if (!Number.isInteger(hashLength) || hashLength < 8 || hashLength > 64) {
    throw new RangeError('redactor: hashLength must be an integer in [8, 64]');
  }
  if (used.has('pseudonymize') && config.vault === undefined) {
    throw new RangeError('redactor: the pseudonymize action needs a vault');
  }

  const actionFor = (entity: string): RedactAction => actions.get(entity) ?? defaultAction;

  function replacement(m: EntityMatch, value: string, action: RedactAction, options: RedactOptions): string {
    switch (action) {
      case 'mask':
        return `[${m.entity}]`;
      case 'hash': {
        // Same value, same label: joins across records stay possible without the value.
        const mac = createHmac('sha256', hashKey as Buffer).update(`${m.entity}\u0000${value}`).digest('hex');
        return `[${m.entity}:${mac.slice(0, hashLength)}]`;
      }
      case 'pseudonymize': {
        if (options.conversationId === undefined) throw new TypeError('redactor: pseudonymize needs a conversationId');
        return (config.vault as PseudonymVault).placeholderFor(options.conversationId, m.entity, value);
      }
      default:
        return value;
    }
  }

  return {
    actionFor,
    redact(text, matches, options = {}) {
      // A detector's span outside the text is clamped, not dropped: redaction fails closed.
      const clamped = matches.map((m) =>
        m.start >= 0 && m.end <= text.length ? m : { ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) },
      );
      const kept = resolveOverlaps(clamped);
      const redactions: Redaction[] = [];
      // Decided before any replacement, so a blocked text leaves nothing in the vault.
      const blocked = kept.some((m) => actionFor(m.entity) === 'block');
      let out = '';
      let at = 0;
      for (const m of kept) {
        const action = actionFor(m.entity);
        out += text.slice(at, m.start);
        const value = text.slice(m.start, m.end);
        const rep = blocked ? '' : replacement(m, value, action, options);
        redactions.push({
          entity: m.entity,
          rule: m.rule,
          score: m.score,
          action,
          start: m.start,
          end: m.end,
          outStart: out.length,
          outEnd: out.length + rep.length,
        });
        out += rep;
        at = m.end;
      }
      out += text.slice(at);
      return { text: blocked ? '' : out, blocked, redactions };
    },
  };
}
