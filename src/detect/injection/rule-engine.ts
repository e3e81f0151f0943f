// Runs the rule catalogue over folded text. Rules are compiled once; a one-pass word index
// decides which rules can possibly match, so most inputs run only a handful of patterns.
import { ConceptIndex } from './concept-index.ts';
import * as fnv from './fnv.ts';
import { ConceptMatcher } from './concept-matcher.ts';
import type { ConceptRule, InjectionRule, RuleFamily, RuleInfo, TextSource } from './rule-types.ts';
import { collapseSpaces, type SpaceView } from './spaces.ts';

export { fnv1a } from './fnv.ts';

// Local copies: hot loops below read them per character (an imported binding can cost a
// getter call per access under some loaders).
const FNV_OFFSET = fnv.FNV_OFFSET;
const FNV_PRIME = fnv.FNV_PRIME;
const fnv1a = fnv.fnv1a;

export interface RuleHit {
  readonly rule: RuleInfo;
  /** Range in the folded text. */
  readonly start: number;
  readonly end: number;
  /** The rule's weight after scaling for the text's source. */
  readonly weight: number;
}

const isWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Weight left to a rule whose match is quoted in a text that talks about attacks (see `isQuotedMention`). */
export const MENTION_SCALE = 0;
const QUOTE_MARKS = new Set(['"', "'", '`', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb']);
/**
 * Words of a text that discusses attacks. Kept to words about attacks as a subject: "string",
 * "example" or "phrase" are left out, since an attack can present its own payload that way
 * ("print the following string: '...'").
 */
const ATTACK_TALK = /\b(?:attacks?|injections?|jailbreak(?:s|ing)?|means|meaning|defend|detect(?:s|ed|ion|ing)?|prevent(?:s|ion|ing)?|mitigat\w{0,5}|known as|red[- ]team\w{0,4}|classif\w{0,6})\b/;

/** Whether a quote mark lies within 3 characters of `from`, stepping by `step`, on the same line. */
function quoteNear(text: string, from: number, step: 1 | -1): boolean {
  for (let k = 0, i = from; k < 3 && i >= 0 && i < text.length; k++, i += step) {
    const ch = text[i] as string;
    if (ch === '\n') return false;
    if (QUOTE_MARKS.has(ch)) return true;
  }
  return false;
}

/**
 * True when a match is quoted (a quote mark at most 3 characters before it and after it, on its
 * line) in a text that talks about attacks: "explain what 'ignore previous instructions' attacks
 * are" mentions an attack rather than making one. Such hits are reported with no weight and the
 * classifier decides (it still flags a quoted attack that reads like one). `talksAboutAttacks` is
 * asked last, so a caller can look it up once per text.
 */
export function isQuotedMention(text: string, start: number, end: number, talksAboutAttacks = (): boolean => ATTACK_TALK.test(text)): boolean {
  return quoteNear(text, start - 1, -1) && quoteNear(text, end, 1) && talksAboutAttacks();
}

export class RuleSet {
  readonly rules: readonly InjectionRule[];
  private readonly byWord = new Map<number, number[]>();
  /**
   * Rules with trigger substrings, each with the first units of its substrings: a rule is tried
   * only when one of them occurs in the text (`always` when one is a word unit, which the word
   * pass does not record).
   */
  private readonly bySubstring: { readonly index: number; readonly subs: readonly string[]; readonly firsts: readonly number[]; readonly always: boolean }[] = [];
  /** 1 for a unit that starts some trigger substring; `markCandidates` records which occur. */
  private readonly firstUnit = new Uint8Array(65_536);
  private readonly seenUnit = new Uint8Array(65_536);
  private seenList = new Int32Array(64);
  private seenCount = 0;
  private readonly candidate: Uint8Array;
  /** Low 16 bits of every trigger word's hash: most words miss here and skip the map lookup. */
  private readonly wordFilter = new Uint8Array(65_536);
  /** Sticky copies of anchored rules' patterns (null for the others). */
  private readonly sticky: (RegExp | null)[];
  /**
   * Word starts of anchored rules' triggers, filled by `markCandidates`: per rule a list in text
   * order (`firstAnchor`, `lastAnchor`, then `anchorNext`; -1 ends it), so a rule visits only its own.
   */
  private anchorAt = new Int32Array(256);
  private anchorNext = new Int32Array(256);
  private anchorCount = 0;
  private readonly firstAnchor: Int32Array;
  private readonly lastAnchor: Int32Array;

  /** Rules over word concepts (any language of the concept lexicon), tried after the patterns. */
  private readonly concepts: ConceptMatcher | null;
  /** Concept words of the text, listed by `markCandidates`'s pass for the concept rules. */
  private readonly conceptIndex: ConceptIndex | null;

  constructor(rules: readonly InjectionRule[], conceptRules: readonly ConceptRule[] = []) {
    const ids = new Set<string>();
    for (const r of conceptRules) {
      if (ids.has(r.id)) throw new Error(`duplicate injection rule id: ${r.id}`);
      ids.add(r.id);
    }
    this.concepts = conceptRules.length > 0 ? new ConceptMatcher(conceptRules) : null;
    this.conceptIndex = this.concepts === null ? null : new ConceptIndex();
    for (const r of rules) {
      if (ids.has(r.id)) throw new Error(`duplicate injection rule id: ${r.id}`);
      ids.add(r.id);
      if (r.pattern.global || r.pattern.sticky) throw new Error(`rule ${r.id}: pattern must not be global or sticky`);
      if (!(r.weight > 0 && r.weight <= 10)) throw new Error(`rule ${r.id}: weight must be in (0, 10]`);
      if (!r.triggers?.length && !r.triggerSubstrings?.length) throw new Error(`rule ${r.id}: needs triggers`);
    }
    this.rules = rules;
    this.candidate = new Uint8Array(rules.length);
    this.firstAnchor = new Int32Array(rules.length).fill(-1);
    this.lastAnchor = new Int32Array(rules.length).fill(-1);
    this.sticky = rules.map((r) => (r.anchored && r.triggers?.length ? new RegExp(r.pattern.source, `${r.pattern.flags}y`) : null));
    this.warmUp();
    rules.forEach((r, i) => {
      for (const w of r.triggers ?? []) {
        if (!/^[a-z0-9]+$/.test(w)) throw new Error(`rule ${r.id}: trigger "${w}" is not one folded word`);
        const h = fnv1a(w);
        this.wordFilter[h & 0xffff] = 1;
        const list = this.byWord.get(h);
        if (list) list.push(i);
        else this.byWord.set(h, [i]);
      }
      if (r.triggerSubstrings?.length) {
        const firsts = [...new Set(r.triggerSubstrings.filter((s) => s.length > 0).map((s) => s.charCodeAt(0)))];
        for (const f of firsts) this.firstUnit[f] = 1;
        // An empty substring occurs everywhere; one starting with a word unit is not recorded.
        const always = r.triggerSubstrings.some((s) => s.length === 0 || isWordUnit(s.charCodeAt(0)));
        this.bySubstring.push({ index: i, subs: r.triggerSubstrings, firsts, always });
      }
    });
  }

  /**
   * V8 compiles a pattern on its first use and to machine code on a later one, once per string
   * representation (one-byte and two-byte text): do all of it now, on the rule's own examples, so
   * the first requests do not pay for it (milliseconds per rule). Only the expression that scans
   * is compiled (the sticky copy of an anchored rule), and unanchored rules first: V8 stops
   * optimising new regexps once a process has generated about 1 MB of regexp code
   * (`TooMuchRegExpCode` in v8/src/regexp/regexp.cc), and unanchored rules, which search the whole
   * text, gain the most from it.
   */
  private warmUp(): void {
    const order = [...this.rules.keys()].sort((a, b) => Number(this.sticky[a] !== null) - Number(this.sticky[b] !== null));
    for (const i of order) {
      const r = this.rules[i] as InjectionRule;
      const rx = this.sticky[i] ?? r.pattern;
      for (const example of [r.example?.hit ?? '', r.example?.nearMiss ?? '']) {
        // The same text as a two-byte string (a character above U+00FF at the end).
        for (const text of [example, `${example}\u2019`]) {
          for (let k = 0; k < 2; k++) {
            rx.lastIndex = 0;
            rx.test(text);
          }
        }
      }
    }
  }

  /** Marks the rules whose trigger words or substrings occur in `text`. */
  private markCandidates(text: string): void {
    const cand = this.candidate;
    cand.fill(0);
    const filter = this.wordFilter;
    const firstUnit = this.firstUnit;
    const seenUnit = this.seenUnit;
    this.seenCount = 0;
    let h = FNV_OFFSET;
    let inWord = false;
    let start = 0;
    this.anchorCount = 0;
    this.firstAnchor.fill(-1);
    const n = text.length;
    // The same pass lists the concept words for the concept rules. Their words are wider (Latin-1
    // to Arabic letters too), so they keep a hash of their own.
    const index = this.conceptIndex;
    index?.reset();
    let hc = FNV_OFFSET;
    let conceptStart = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (!inWord) {
          start = i;
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        if (conceptStart < 0) {
          conceptStart = i;
          hc = FNV_OFFSET;
        }
        hc = Math.imul(hc ^ c, FNV_PRIME);
        continue;
      }
      if (firstUnit[c] === 1 && seenUnit[c] === 0) this.see(c);
      if (inWord && filter[h & 0xffff] === 1) this.markWord(h >>> 0, start);
      inWord = false;
      if (index === null) continue;
      if (c >= 0xc0 && c <= 0x6ff && c !== 0xd7 && c !== 0xf7) {
        if (conceptStart < 0) {
          conceptStart = i;
          hc = FNV_OFFSET;
        }
        hc = Math.imul(hc ^ c, FNV_PRIME);
        continue;
      }
      if (conceptStart >= 0) {
        index.addWord(hc, conceptStart, i);
        conceptStart = -1;
      }
      if (c === 46 || c === 33 || c === 63 || c === 10) index.endSentence();
      else if (c === 44 || c === 59 || c === 58) index.endClause();
    }
    index?.finish();
    for (const s of this.bySubstring) {
      if (cand[s.index] === 1) continue;
      if (!s.always && !anySeen(s.firsts, seenUnit)) continue;
      for (const sub of s.subs) {
        if (text.includes(sub)) {
          cand[s.index] = 1;
          break;
        }
      }
    }
    for (let k = 0; k < this.seenCount; k++) seenUnit[this.seenList[k] as number] = 0;
  }

  /** Records that unit `c` occurs in the text. */
  private see(c: number): void {
    this.seenUnit[c] = 1;
    if (this.seenCount === this.seenList.length) {
      const l = new Int32Array(this.seenList.length * 2);
      l.set(this.seenList);
      this.seenList = l;
    }
    this.seenList[this.seenCount++] = c;
  }

  /** Marks the rules that trigger word `h` (starting at `start`) names, if any. */
  private markWord(h: number, start: number): void {
    const list = this.byWord.get(h);
    if (!list) return;
    for (const idx of list) {
      this.candidate[idx] = 1;
      if (this.sticky[idx]) this.addAnchor(idx, start);
    }
  }

  private addAnchor(rule: number, pos: number): void {
    if (this.anchorCount === this.anchorAt.length) {
      const at = new Int32Array(this.anchorAt.length * 2);
      at.set(this.anchorAt);
      this.anchorAt = at;
      const next = new Int32Array(this.anchorNext.length * 2);
      next.set(this.anchorNext);
      this.anchorNext = next;
    }
    const k = this.anchorCount++;
    this.anchorAt[k] = pos;
    this.anchorNext[k] = -1;
    if (this.firstAnchor[rule] === -1) this.firstAnchor[rule] = k;
    else this.anchorNext[this.lastAnchor[rule] as number] = k;
    this.lastAnchor[rule] = k;
  }

  /** The first match of rule `i`, trying anchored rules only at their trigger words. */
  private exec(i: number, text: string): RegExpExecArray | null {
    const sticky = this.sticky[i];
    if (!sticky) return (this.rules[i] as InjectionRule).pattern.exec(text);
    for (let k = this.firstAnchor[i] as number; k !== -1; k = this.anchorNext[k] as number) {
      sticky.lastIndex = this.anchorAt[k] as number;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }

  /**
   * First match of every rule that fires on `folded`, pattern rules in catalogue order, then concept
   * rules. Rules see the text with whitespace runs collapsed (`collapseSpaces`); hit ranges are
   * given in `folded`.
   */
  match(folded: string, source: TextSource = 'user'): RuleHit[] {
    const view = collapseSpaces(folded);
    const text = view.text;
    this.markCandidates(text);
    const hits: RuleHit[] = [];
    // Whether the text talks about attacks, looked up once and only if a quoted hit asks.
    let talk: boolean | undefined;
    const talks = (): boolean => (talk ??= ATTACK_TALK.test(text));
    for (let i = 0; i < this.rules.length; i++) {
      if (this.candidate[i] !== 1) continue;
      const m = this.exec(i, text);
      if (m !== null) hits.push(hitOf(this.rules[i] as InjectionRule, m.index, m.index + m[0].length, text, view, source, talks));
    }
    if (this.concepts !== null && this.conceptIndex !== null) {
      for (const h of this.concepts.match(this.conceptIndex)) hits.push(hitOf(h.rule, h.start, h.end, text, view, source, talks));
    }
    return hits;
  }
}

/** Whether any of `units` is marked in `seen` (a loop: a closure per rule and scan showed in profiles). */
function anySeen(units: readonly number[], seen: Uint8Array): boolean {
  for (const u of units) if (seen[u] === 1) return true;
  return false;
}

/** A hit of `rule` at [start, end) of the collapsed text, reported in the folded text's offsets. */
function hitOf(rule: RuleInfo, start: number, end: number, text: string, view: SpaceView, source: TextSource, talks: () => boolean): RuleHit {
  const scale = (rule.sourceScale?.[source] ?? 1) * (isQuotedMention(text, start, end, talks) ? MENTION_SCALE : 1);
  // The end is the unit after the match: a collapsed run it ends with is covered whole.
  return { rule, start: view.toInput(start), end: view.toInput(end), weight: rule.weight * scale };
}

/**
 * Total rule evidence in log-odds units: the strongest hit per family plus a third of the rest,
 * so a prompt stacking many families scores higher without one family counting over and over.
 */
export function ruleEvidence(hits: readonly RuleHit[]): number {
  const best = new Map<RuleFamily, number>();
  let total = 0;
  for (const h of hits) {
    total += h.weight;
    best.set(h.rule.family, Math.max(best.get(h.rule.family) ?? 0, h.weight));
  }
  let top = 0;
  for (const v of best.values()) top += v;
  return Math.min(12, top + (total - top) / 3);
}
