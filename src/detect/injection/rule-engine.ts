// Runs the rule catalogue over folded text. Rules are compiled once; a one-pass word index
// decides which rules can possibly match, so most inputs run only a handful of patterns.
import type { InjectionRule, RuleFamily, TextSource } from './rule-types.ts';

export interface RuleHit {
  readonly rule: InjectionRule;
  /** Range in the folded text. */
  readonly start: number;
  readonly end: number;
  /** The rule's weight after scaling for the text's source. */
  readonly weight: number;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over a string's UTF-16 units (32-bit). */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const isWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

export class RuleSet {
  readonly rules: readonly InjectionRule[];
  private readonly byWord = new Map<number, number[]>();
  private readonly bySubstring: { readonly index: number; readonly subs: readonly string[]; readonly ascii: boolean }[] = [];
  private readonly candidate: Uint8Array;
  /** Low 16 bits of every trigger word's hash: most words miss here and skip the map lookup. */
  private readonly wordFilter = new Uint8Array(65_536);
  /** Sticky copies of anchored rules' patterns (null for the others). */
  private readonly sticky: (RegExp | null)[];
  /** (rule index, word start) pairs for anchored rules, filled by `markCandidates`. */
  private anchors = new Int32Array(256);
  private anchorCount = 0;

  constructor(rules: readonly InjectionRule[]) {
    const ids = new Set<string>();
    for (const r of rules) {
      if (ids.has(r.id)) throw new Error(`duplicate injection rule id: ${r.id}`);
      ids.add(r.id);
      if (r.pattern.global || r.pattern.sticky) throw new Error(`rule ${r.id}: pattern must not be global or sticky`);
      if (!(r.weight > 0 && r.weight <= 10)) throw new Error(`rule ${r.id}: weight must be in (0, 10]`);
      if (!r.triggers?.length && !r.triggerSubstrings?.length) throw new Error(`rule ${r.id}: needs triggers`);
    }
    this.rules = rules;
    this.candidate = new Uint8Array(rules.length);
    this.sticky = rules.map((r) => (r.anchored && r.triggers?.length ? new RegExp(r.pattern.source, `${r.pattern.flags}y`) : null));
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
        // eslint-disable-next-line no-control-regex
        const ascii = r.triggerSubstrings.every((s) => /^[\x00-\x7f]*$/.test(s));
        this.bySubstring.push({ index: i, subs: r.triggerSubstrings, ascii });
      }
    });
  }

  /** Marks the rules whose trigger words or substrings occur in `text`. */
  private markCandidates(text: string): void {
    const cand = this.candidate;
    cand.fill(0);
    let nonAscii = false;
    let h = FNV_OFFSET;
    let inWord = false;
    let start = 0;
    this.anchorCount = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (isWordUnit(c)) {
        if (!inWord) start = i;
        h = Math.imul(inWord ? h ^ c : FNV_OFFSET ^ c, 0x01000193);
        inWord = true;
        continue;
      }
      if (c >= 0x80) nonAscii = true;
      if (inWord && this.wordFilter[h & 0xffff] === 1) {
        const list = this.byWord.get(h >>> 0);
        if (list) {
          for (const idx of list) {
            cand[idx] = 1;
            if (this.sticky[idx]) this.addAnchor(idx, start);
          }
        }
      }
      inWord = false;
    }
    for (const s of this.bySubstring) {
      if (cand[s.index] === 1 || (!s.ascii && !nonAscii)) continue;
      for (const sub of s.subs) {
        if (text.includes(sub)) {
          cand[s.index] = 1;
          break;
        }
      }
    }
  }

  private addAnchor(rule: number, pos: number): void {
    if (this.anchorCount * 2 + 2 > this.anchors.length) {
      const a = new Int32Array(this.anchors.length * 2);
      a.set(this.anchors);
      this.anchors = a;
    }
    this.anchors[this.anchorCount * 2] = rule;
    this.anchors[this.anchorCount * 2 + 1] = pos;
    this.anchorCount++;
  }

  /** The first match of rule `i`, trying anchored rules only at their trigger words. */
  private exec(i: number, text: string): RegExpExecArray | null {
    const sticky = this.sticky[i];
    if (!sticky) return (this.rules[i] as InjectionRule).pattern.exec(text);
    for (let k = 0; k < this.anchorCount; k++) {
      if (this.anchors[k * 2] !== i) continue;
      sticky.lastIndex = this.anchors[k * 2 + 1] as number;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }

  /** First match of every rule that fires on `text`, in catalogue order. */
  match(text: string, source: TextSource = 'user'): RuleHit[] {
    this.markCandidates(text);
    const hits: RuleHit[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      if (this.candidate[i] !== 1) continue;
      const rule = this.rules[i] as InjectionRule;
      const m = this.exec(i, text);
      if (m === null) continue;
      const scale = rule.sourceScale?.[source] ?? 1;
      hits.push({ rule, start: m.index, end: m.index + m[0].length, weight: rule.weight * scale });
    }
    return hits;
  }
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
