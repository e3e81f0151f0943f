// Puts original values back into a model's answer: every vault placeholder (<PERSON_1>) of the
// conversation is replaced by its value, in whole texts and in streamed answers whose chunks
// may split a placeholder.
import type { PseudonymVault } from './vault.ts';

const PLACEHOLDER = /<([A-Z][A-Z0-9_]{0,39})_([1-9][0-9]{0,5})>/g;
/** The longest placeholder: '<' + 40-character entity + '_' + 6 digits + '>'. */
export const MAX_PLACEHOLDER_LENGTH = 49;

/** Replace the conversation's placeholders; unknown ones are left as they are. */
export function restore(vault: PseudonymVault, conversationId: string, text: string): string {
  return text.replace(PLACEHOLDER, (whole) => vault.lookup(conversationId, whole) ?? whole);
}

/** A tail that may still grow into a placeholder. */
const PARTIAL = /^<(?:[A-Z][A-Z0-9_]{0,46})?$/;

export interface RestoreStream {
  /** Text that can be sent now, with placeholders restored. */
  push(chunk: string): string;
  /** The rest, at the end of the answer. */
  flush(): string;
}

/**
 * A restorer for a streamed answer: it holds back a trailing '<…' that could still become a
 * placeholder (at most MAX_PLACEHOLDER_LENGTH characters), so a split placeholder is restored.
 */
export function createRestoreStream(vault: PseudonymVault, conversationId: string): RestoreStream {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk;
      const open = pending.lastIndexOf('<');
      let cut = pending.length;
      if (open !== -1 && PARTIAL.test(pending.slice(open))) cut = open;
      const ready = pending.slice(0, cut);
      pending = pending.slice(cut);
      return restore(vault, conversationId, ready);
    },
    flush() {
      const rest = restore(vault, conversationId, pending);
      pending = '';
      return rest;
    },
  };
}
