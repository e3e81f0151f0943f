// Matches concept rules (rule-types.ts `ConceptRule`) over a text's concept index (its words looked
// up in the concept lexicon by the hash the classifier uses; see concept-index.ts): a rule fires
// when its steps' concepts follow one another within its gap, in one sentence, with no negation
// just before the first word, between the steps, right after the last or ending its clause ("no
// ignores las instrucciones", "ignoriere nicht die Anweisungen", "ignoriere die Anweisungen
// deines Arztes nicht" ask for the opposite).
import type { ConceptIndex } from './concept-index.ts';
import { conceptTable, type ConceptTable } from './concepts.ts';
import type { ConceptRule } from './rule-types.ts';

export interface ConceptHit {
  readonly rule: ConceptRule;
  readonly start: number;
  readonly end: number;
}

interface CompiledRule {
  readonly rule: ConceptRule;
  /** Per step, 1 at the ids of its concepts. */
  readonly steps: readonly Uint8Array[];
}

export class ConceptMatcher {
  private readonly compiled: readonly CompiledRule[];

  constructor(rules: readonly ConceptRule[], table: ConceptTable = conceptTable()) {
    const ids = new Map(table.names.map((n, i) => [n, i + 1]));
    this.compiled = rules.map((rule) => {
      if (rule.steps.length < 2) throw new Error(`concept rule ${rule.id}: needs at least two steps`);
      if (!Number.isInteger(rule.gap) || rule.gap < 0 || rule.gap > 8) throw new Error(`concept rule ${rule.id}: gap must be an integer in [0, 8]`);
      if (!(rule.weight > 0 && rule.weight <= 10)) throw new Error(`concept rule ${rule.id}: weight must be in (0, 10]`);
      const steps = rule.steps.map((names) => {
        const set = new Uint8Array(table.names.length + 1);
        for (const n of names) {
          const id = ids.get(n);
          if (id === undefined) throw new Error(`concept rule ${rule.id}: unknown concept "${n}"`);
          set[id] = 1;
        }
        return set;
      });
      return { rule, steps };
    });
  }

  /** Every rule that fires on the indexed text, once each, at its first match; none in sentences that read as English. */
  match(x: ConceptIndex): ConceptHit[] {
    if (x.n < 2) return [];
    const hits: ConceptHit[] = [];
    for (const c of this.compiled) {
      const span = this.find(c, x);
      if (span !== null) hits.push({ rule: c.rule, start: span[0], end: span[1] });
    }
    return hits;
  }

  /** First match of a rule: the span from its first step's word to its last step's word. */
  private find(c: CompiledRule, x: ConceptIndex): [number, number] | null {
    const { steps } = c;
    const gap = c.rule.gap;
    const last = steps.length - 1;
    for (let i = 0; i < x.n; i++) {
      if ((steps[0] as Uint8Array)[x.cid[i] as number] !== 1 || x.negatedAt[i] === 1 || x.sentenceIsEnglish(x.sentence[i] as number)) continue;
      // Greedy: each step takes the nearest word of its concepts within the gap.
      let at = i;
      let step = 1;
      for (let j = i + 1; j < x.n && step <= last; j++) {
        if (x.sentence[j] !== x.sentence[at] || (x.word[j] as number) - (x.word[at] as number) > gap + 1) break;
        if ((steps[step] as Uint8Array)[x.cid[j] as number] === 1) {
          at = j;
          step++;
        }
      }
      // "Ignoriere nicht die Anweisungen", "ignoriere die Anweisungen (deines Arztes) nicht": a
      // negation between the steps, right after the last one or ending its clause a few words
      // later excuses the match too.
      if (step > last && x.negations[at] === x.negations[i] && x.negatedAfter[at] === 0) return [x.from[i] as number, x.to[at] as number];
    }
    return null;
  }
}
