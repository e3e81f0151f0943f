// Cues around a run of capitalised words that say what it names: people by role ("our
// founders: A, B and C"), or not a person at all — a firm ("A, B and C is an agency"), a place
// ("I'm in Brekkavik", "Port Tollan") or a company ("the Zentiva website", "work for Halvard Brisk").
import { compiledEagerly } from '../recognizer.ts';
import type { Token } from './tokens.ts';

/** The code unit at `i`, or -1 outside the text (an out-of-range read would deoptimise the caller). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** A run of name-like tokens (indices into the token list, offsets into the text). */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly best: number;
  score: number;
}

// Words that make the capitalised run before them a company, not a person.
export const ORG_SUFFIXES = new Set([
  'inc', 'ltd', 'llc', 'llp', 'corp', 'corporation', 'co', 'gmbh', 'plc', 'ag', 'sa', 'bv', 'nv', 'oy', 'ab', 'as', 'spa', 'srl', 'kg',
  'group', 'company', 'holdings', 'partners', 'associates', 'technologies', 'technology', 'solutions', 'systems', 'consulting',
  'capital', 'bank', 'insurance', 'university', 'foundation', 'institute', 'investments', 'industries', 'international',
  'enterprises', 'ventures', 'labs', 'laboratories', 'media', 'software', 'networks', 'analytics', 'pharmaceuticals', 'motors',
  'airlines', 'logistics', 'services', 'financial', 'securities', 'trust', 'records', 'studios', 'publishing', 'press',
  // Public bodies ("Border Force", "Thames Valley Police", "Food Standards Agency").
  'force', 'police', 'agency', 'ministry', 'council', 'commission', 'authority', 'bureau', 'department',
]);

// Nouns for people by role; "our founders: A, B and C" and "A and B were engineers" name people.
const ROLES =
  'founders|cofounders|co-founders|authors|writers|engineers|developers|designers|artists|musicians|singers|songwriters|players|' +
  'members|partners|directors|managers|employees|colleagues|friends|parents|children|students|teachers|doctors|nurses|patients|' +
  'speakers|guests|winners|owners|editors|researchers|scientists|lawyers|actors|producers|brothers|sisters|twins|' +
  'founder|author|writer|engineer|developer|designer|artist|musician|singer|songwriter|player|doctor|nurse|teacher|student|lawyer|actor|producer';
// The largest patterns here are compiled to machine code at load (see compiledEagerly).
const ROLE_AFTER_RE = compiledEagerly(new RegExp(`^ (?:were|are|was|is) (?:(?:a|an|the|two|both|\\p{L}+) ){0,2}(?:${ROLES})\\b`, 'iu'));
const ROLE_LIST_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ROLES}) ?: ?$`, 'iu');

// The role regexes are long alternations; a character test first keeps them off most runs.
export function roleBefore(text: string, start: number): boolean {
  const c1 = codeAt(text, start - 1);
  if (c1 !== 58 && !(c1 === 32 && (codeAt(text, start - 2) === 58 || codeAt(text, start - 3) === 58))) return false;
  return ROLE_LIST_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start));
}

const VERB_AFTER_RE = /^ (?:were|are|was|is) /iu;
export function roleAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return VERB_AFTER_RE.test(after) && ROLE_AFTER_RE.test(after);
}

// Word endings of coined company and product names ("Mandasoft", "Optuminsight", "Karmadata"):
// people's names do not end in these, so an unknown word that does (after three or more letters
// of its own) names a company. Words in the name lists are never judged by this.
const BRAND_ENDING_RE = compiledEagerly(/^\p{L}{3,}(?:soft|data|tech|ware|insights?|logic|labs|matics|metrics|analytics|stack|scape|sense|cloud)$/iu);

export function isBrandWord(word: string): boolean {
  return BRAND_ENDING_RE.test(word);
}

/** Low enough that context words alone cannot lift it to the default threshold. */
export const FIRM_MEMBER_SCORE = 0.1;
// A singular verb right after a coordinated list makes the list one subject: a firm, not people.
const SINGULAR_VERB_AFTER_RE = /^ (?:is|was|has|provides|offers|represents|specializes|specialises)\b/;

export function isFirmName(text: string, chain: readonly NameRun[]): boolean {
  if (!chain.every((r) => r.first === r.last)) return false;
  const first = chain[0] as NameRun;
  const last = chain[chain.length - 1] as NameRun;
  const after = text.slice(last.end, last.end + 16);
  if (SINGULAR_VERB_AFTER_RE.test(after)) return true;
  // "Okafor, Lind and Brandt" alone on its line (a letterhead or address block).
  if (chain.length < 3) return false;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const lineEnd = text.indexOf('\n', last.end);
  return /^[\s>*-]*$/.test(text.slice(lineStart, first.start)) && /^[\s.]*$/.test(text.slice(last.end, lineEnd < 0 ? text.length : lineEnd));
}

// A lone capitalised word right after these is a place ("I'm in Brekkavik", "the University of Tarvos").
const PLACE_BEFORE_RE = /(?:^|[^\p{L}])(?:in|near|(?:[Uu]niversity|[Cc]ity|[Tt]own|[Vv]illage|[Cc]ounty|[Pp]rovince|[Rr]epublic|[Kk]ingdom) of) $/u;

// Any run right after these is a place ("the band's home city Vallmoro del Rey").
const PLACE_NOUN_BEFORE_RE = /(?:^|[^\p{L}])(?:city|town|village|county|province|state) $/iu;
// First words of place names ("Port Tollan", "Mount Pleasant", "San Remo").
const PLACE_HEADS = new Set(['port', 'mount', 'mt', 'lake', 'fort', 'saint', 'san', 'santa', 'santo', 'são', 'cape', 'glen', 'isle', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'den', 'la', 'le', 'los', 'las', 'el']);
// Cues that a capitalised name is a company ("the Zentiva website", "I work for Halvard Brisk").
const ORG_AFTER_RE = compiledEagerly(/^(?:['’]s)? (?:website|web site|app|platform|brand|headquarters|hq|stock|shares|ceo|employees|products|subsidiary|(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:company|agency|firm|brand|startup|start-up|non-profit|nonprofit|organi[sz]ation|charity|business|bank|manufacturer|provider|retailer|publisher|label|consultancy|corporation|conglomerate|group))\b/iu);
const ORG_BEFORE_RE = compiledEagerly(/(?:^|[^\p{L}])(?:(?:work|works|worked|working) (?:for|at)|employed by|employees of|shares of|customers of|subsidiary of|acquired by|founded) $/iu);

export function placeAfterPreposition(text: string, tokens: readonly Token[], run: NameRun): boolean {
  if (run.last > run.first && PLACE_HEADS.has((tokens[run.first] as Token).word.toLowerCase())) return true;
  // Both patterns end in a space: without one right before the run, neither can match.
  if (codeAt(text, run.start - 1) !== 32) return false;
  const before = text.slice(Math.max(0, run.start - 24), run.start);
  if (PLACE_NOUN_BEFORE_RE.test(before)) return true;
  return run.first === run.last && !(tokens[run.first] as Token).possessive && PLACE_BEFORE_RE.test(before);
}

// Up to three more capitalised words and then a company word ("Vesta Market Consulting").
const ORG_TAIL_RE = /^(?: [\p{Lu}][\p{L}&'’-]*){0,3} ([\p{Lu}][\p{L}]*)\.?(?![\p{L}])/u;

export function organisationCue(text: string, run: NameRun): boolean {
  // The patterns after a run start with a space or an apostrophe, the one before ends in a space.
  const next = codeAt(text, run.end);
  if (next === 32 || next === 39 || next === 0x2019) {
    const after = text.slice(run.end, run.end + 80);
    const tail = ORG_TAIL_RE.exec(after);
    if (tail !== null && ORG_SUFFIXES.has((tail[1] ?? '').toLowerCase())) return true;
    if (ORG_AFTER_RE.test(after)) return true;
  }
  return codeAt(text, run.start - 1) === 32 && ORG_BEFORE_RE.test(text.slice(Math.max(0, run.start - 24), run.start));
}
