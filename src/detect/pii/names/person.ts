// Person names, which patterns alone miss: runs of capitalised tokens are scored by how name-like
// each token is (given/family name gazetteers, not an English word, not a place), with initials,
// particles and honorifics understood; cues next to a run (a possessive, "my name is", a reporting
// verb, a list with another name) adjust it, and context scoring in the detector does the rest.
import { LETTER } from '../chars.ts';
import type { Candidate, Recognizer } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { FIRM_MEMBER_SCORE, ORG_SUFFIXES, codeAt, isBrandWord, isFirmName, organisationCue, placeAfterPreposition, roleAfter, roleBefore, type NameRun } from './cues.ts';
import { findLowercaseNames, introducedAt, lowercaseNameStarts, mayHoldLowercaseName } from './lowercase.ts';
import { EN_STREET_WORDS, isStreetWord } from './street-words.ts';
import { hashWords, isUpperCode, tokenize, tokenizeSparse, type SparseInterest, type Token } from './tokens.ts';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'señor', 'señora', 'sr', 'sra', 'lord', 'lady']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'dos', 'das', 'ter', 'ten', 'y', 'zu']);
// Nationality, language and calendar words and chat speaker labels: capitalised in English, never
// names on their own.
const NOT_NAMES = new Set(
  ('american british english french german dutch spanish italian portuguese greek polish czech slovak hungarian ' +
    'romanian bulgarian russian ukrainian swedish danish norwegian finnish icelandic irish scottish welsh european ' +
    'african asian chinese japanese korean indian pakistani arab arabic turkish persian israeli brazilian mexican ' +
    'canadian australian austrian swiss belgian estonian latvian lithuanian slovenian croatian serbian cypriot ' +
    'egyptian latin catholic christian muslim jewish hindu buddhist ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december ' +
    // Speaker labels of chat transcripts ("Bot: What's the name on the account?").
    'bot chatbot assistant user').split(' '),
);
// Verbs that, right after a capitalised run, say it is someone doing something.
// ("is", "has" are left out: companies and products take them as often as people.)
const REPORTING_VERBS = new Set(['said', 'says', 'began', 'wrote', 'writes', 'told', 'tells', 'asked', 'asks', 'explained', 'added', 'replied', 'lives', 'lived', 'died', 'married']);
// Phrases right before a run that introduce a person.
const INTRO_RE = /(?:my name is|name is|names? are|name:|call me|i am|i'm|this is|(?:named|called)(?: (?:him|her|them))?|dear|hi|hello|hey|thanks|thank you|signed|regards|sincerely|attn:?|cc:?)[\s,]*$/i;
// A speaker label of a dialogue: a run alone at the start of a line, then a colon and a quote
// ('Heather: "Who are you?"').
const SPEAKER_AFTER_RE = /^: ?["“'‘]/;

/** How strongly one capitalised token looks like part of a person's name, 0–1. */
export function tokenEvidence(word: string, g: Gazetteer): number {
  let cache = EVIDENCE_CACHE.get(g);
  if (cache === undefined) {
    cache = new Map();
    EVIDENCE_CACHE.set(g, cache);
  }
  // No name is this long; refusing early also keeps hostile megabyte "words" out of the cache.
  if (word.length > MAX_NAME_TOKEN) return 0;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const e = computeEvidence(word, g);
  // Capitalised words repeat (names, headings); a bounded cache keeps memory flat on huge inputs.
  if (cache.size >= 50_000) cache.clear();
  cache.set(word, e);
  return e;
}

const EVIDENCE_CACHE = new WeakMap<Gazetteer, Map<string, number>>();
const INNER_ACRONYM_RE = /\p{Ll}\p{Lu}{2}/u;
const CONTRACTION_END_RE = /['’](?:m|re|ve|ll|d|t)$/;
const MAX_NAME_TOKEN = 40;

function computeEvidence(word: string, g: Gazetteer): number {
  const lower = word.toLowerCase();
  const allCaps = word.length > 1 && word === word.toUpperCase();
  const title = allCaps ? (word[0] ?? '') + lower.slice(1) : word;
  // Two-letter words are mostly abbreviations (St, Co, UK).
  if (word.length <= 2 || NOT_NAMES.has(lower) || ORG_SUFFIXES.has(lower) || HONORIFICS.has(lower)) return 0;
  // Contractions ("Don't", "I'd", "I'm", "They're") start with an ordinary word or end in a verb.
  const apostrophe = lower.search(/['’]/);
  if (apostrophe > 0 && (g.commonWords.has(lower.slice(0, apostrophe)) || CONTRACTION_END_RE.test(lower))) return 0;
  const parts = title.split(/[-'’]/).filter((p) => p.length > 0);
  const inGazetteer = parts.some((p) => g.firstNames.has(p) || g.lastNames.has(p));
  const common = g.commonWords.has(lower);
  // An acronym inside a word ("ChatGPT", "OpenAI") marks a product or company; names mix case
  // only as "McDonald" or "DiCaprio", one capital at a time.
  if (INNER_ACRONYM_RE.test(word)) return 0;
  if (g.countries.has(lower)) return 0.1;
  if (!inGazetteer && isBrandWord(word)) return 0.1;
  if (!inGazetteer && isStreetWord(word, (w) => g.englishWords.has(w))) return 0.1;
  // Many surnames are also town names (Jackson, Marshall): weaker, not ruled out.
  if (g.places.has(lower)) return inGazetteer ? 0.35 : 0.1;
  if (inGazetteer) return common || allCaps ? 0.35 : 1;
  if (common || allCaps) return 0;
  if (g.englishWords.has(lower) || isCompoundOfWords(lower, g)) return 0.15;
  return 0.6;
}

function inNameLists(word: string, g: Gazetteer): boolean {
  return g.firstNames.has(word) || g.lastNames.has(word);
}

/** Brand-style compounds of two English words ("Flightaware", "Opencounter") are not names. */
function isCompoundOfWords(lower: string, g: Gazetteer): boolean {
  for (let k = 3; k <= lower.length - 3; k++) {
    if (g.englishWords.has(lower.slice(0, k)) && g.englishWords.has(lower.slice(k))) return true;
  }
  return false;
}

/** Whether a first character changes under lower-casing but not upper-casing, cached per code point. */
const CAPITAL_CACHE = new Map<number, boolean>();
function isCapitalised(word: string): boolean {
  const cp = word.codePointAt(0) ?? 0;
  // ASCII, the common case, without building strings.
  if (cp < 128) return cp >= 65 && cp <= 90;
  let hit = CAPITAL_CACHE.get(cp);
  if (hit === undefined) {
    const ch = String.fromCodePoint(cp);
    hit = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    if (CAPITAL_CACHE.size < 4096) CAPITAL_CACHE.set(cp, hit);
  }
  return hit;
}

function isInitial(word: string): boolean {
  // One BMP capital, with or without a period; longer or astral words take the regex.
  if (word.length === 1 || (word.length === 2 && word.charCodeAt(1) === 46)) {
    const c = word.charCodeAt(0);
    if (c < 0xd800 || c > 0xdfff) return isUpperCode(c);
  }
  return word.length <= 3 && /^\p{Lu}\.?$/u.test(word);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The word without one final period ("Dr." → "Dr"). */
function withoutPeriod(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** Score of a run of name tokens from their evidences (see tokenEvidence). */
export function runScore(evidence: readonly number[]): number {
  if (evidence.length === 1) {
    const e = evidence[0] ?? 0;
    return e >= 1 ? 0.5 : e >= 0.6 ? 0.3 : e >= 0.35 ? 0.1 : 0.05;
  }
  // The two strongest tokens decide (found in one pass: this runs for every capitalised run).
  let top = 0;
  let second = 0;
  for (const e of evidence) {
    if (e > top) {
      second = top;
      top = e;
    } else if (e > second) second = e;
  }
  return Math.min(0.95, 0.2 + 0.4 * (top + second));
}

type Run = NameRun;

/** Collects runs of name-like tokens starting at `i`; returns the run (if any) and the next index. */
function readRun(text: string, tokens: readonly Token[], i: number, g: Gazetteer): { run?: Run; next: number } {
  const t = tokens[i] as Token;
  // No honorific is longer than "señora." (7 characters): longer words need no lower-casing.
  const honorific = t.word.length <= 7 && HONORIFICS.has(withoutPeriod(t.word).toLowerCase());
  const members: number[] = [];
  const evidence: number[] = [];
  let j = honorific ? i + 1 : i;
  let prevEnd = honorific ? t.end : -1;
  let afterJoiner = false;
  for (; j < tokens.length && members.length < 6; j++) {
    const u = tokens[j] as Token;
    if (prevEnd >= 0) {
      const gap = text.slice(prevEnd, u.start);
      if (gap !== ' ' && gap !== '  ' && !(members.length === 0 && honorific && /^\.?[ \t]{1,2}$/.test(gap))) break;
    }
    const w = u.word;
    if (members.length > 0 && (isInitial(w) || PARTICLES.has(w))) {
      members.push(j);
      prevEnd = u.end;
      afterJoiner = true;
      continue;
    }
    // A surname may open with a capitalised particle ("Du Morel", "Van Gogh"): it joins when a
    // capitalised word follows directly, which then stands in surname position.
    const following = tokens[j + 1];
    if (members.length === 0 && PARTICLES.has(w.toLowerCase()) && isCapitalised(w) && following !== undefined && text.slice(u.end, following.start) === ' ' && isCapitalised(following.word)) {
      members.push(j);
      prevEnd = u.end;
      afterJoiner = true;
      continue;
    }
    if (!isCapitalised(w)) break;
    const bare = withoutPeriod(w);
    // A word written against a digit is a code or a model name ("IPv4", "5G"), unless it is a known
    // name (a footnote mark in a table: "Rathmann2").
    if ((isDigitCode(codeAt(text, u.end)) || isDigitCode(codeAt(text, u.start - 1))) && !inNameLists(bare, g)) break;
    if (members.length > 0 && (ORG_SUFFIXES.has(bare.toLowerCase()) || (isBrandWord(bare) && !inNameLists(bare, g)))) return { next: j + 1 };
    let e = tokenEvidence(bare, g);
    // After "Jildau S" or "Willemine ten" the next capitalised word is in surname position.
    if (afterJoiner && e < 0.35 && bare.length > 2 && !NOT_NAMES.has(bare.toLowerCase())) e = 0.35;
    if (e === 0) break;
    members.push(j);
    evidence.push(e);
    prevEnd = u.end;
    afterJoiner = false;
    if (u.possessive) {
      j++;
      break;
    }
  }
  while (members.length > 0) {
    const w = (tokens[members[members.length - 1] as number] as Token).word;
    if (isInitial(w) || PARTICLES.has(w)) members.pop();
    else break;
  }
  if (members.length === 0 || evidence.length === 0) return { next: Math.max(i + 1, j) };
  const first = members[0] as number;
  const last = members[members.length - 1] as number;
  let score = runScore(evidence);
  // A lone double-barrelled word ("Weeks-Rivas") names law firms and brands as often as people.
  if (members.length === 1 && /\p{L}-\p{L}/u.test((tokens[first] as Token).word)) score = Math.min(score, 0.3);
  if (honorific) score = Math.min(1, score + 0.4);
  const run: Run = { first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, best: Math.max(...evidence), score };
  return { run, next: Math.max(i + 1, j) };
}

/** The whole word token that ends right before `pos` (sparse token lists may have left it out). */
function wordBefore(text: string, pos: number): Token | undefined {
  // Back over the word's letters, marks, joiners and a final period, then tokenize just that.
  let from = pos;
  while (from > 0 && pos - from <= MAX_NAME_TOKEN + 2 && !/[\s\d]/u.test(text[from - 1] ?? ' ')) from--;
  // A chunk longer than any name: tokenize a fixed window, and a token cut at its start is no word.
  const long = from > 0 && !/[\s\d]/u.test(text[from - 1] ?? ' ');
  if (long) from = Math.max(0, pos - MAX_NAME_TOKEN - 2);
  const near = tokenize(text.slice(from, pos));
  const last = near[near.length - 1];
  if (last === undefined || (long && last.start === 0 && from > 0)) return undefined;
  return { ...last, start: last.start + from, end: last.end + from };
}

/** Drops runs that are really places or streets ("New Zealand", "Eriksson Bridge"). */
function isPlaceOrStreet(text: string, tokens: readonly Token[], run: Run, g: Gazetteer): boolean {
  const lastWord = (tokens[run.last] as Token).word.replace(/\.$/, '').toLowerCase();
  if (run.last > run.first && EN_STREET_WORDS.has(lastWord)) return true;
  const prev = codeAt(text, run.start - 1) === 32 ? wordBefore(text, run.start) : undefined;
  const phrase = text.slice(run.start, run.end).toLowerCase();
  // Single words were already weighed against the place list in tokenEvidence.
  if (run.last > run.first && g.places.has(phrase)) return true;
  if (prev !== undefined && text.slice(prev.end, run.start) === ' ') {
    const wider = `${prev.word} ${phrase}`.toLowerCase();
    if (g.places.has(wider) || g.countries.has(wider)) return true;
  }
  // A run followed by a house number ("Μεγάλη Άμμος 184") is a street.
  return /^ \d{1,5}[A-Za-z]?\.?(?![\p{N}\p{L}])/u.test(text.slice(run.end, run.end + 8));
}

const SAYS_BEFORE_RE = /(?:^|[^\p{L}])(?:says|said|asks|asked|writes|wrote|replied|adds|added) $/u;
/** Local cues: a possessive, an introducing phrase, a reporting verb, a role, a speaker label. */
function cueBoost(text: string, tokens: readonly Token[], run: Run): number {
  let boost = 0;
  if ((tokens[run.last] as Token).possessive) boost += 0.15;
  if (run.start > 0 && INTRO_RE.test(text.slice(Math.max(0, run.start - 24), run.start))) boost += 0.3;
  const next = tokens[run.last + 1];
  if (next !== undefined && text.slice(run.end, next.start) === ' ' && REPORTING_VERBS.has(next.word)) boost += 0.2;
  // "…," says Du Morel. — a reporting verb right before a name that ends the clause.
  else if (codeAt(text, run.start - 1) === 32 && SAYS_BEFORE_RE.test(text.slice(Math.max(0, run.start - 8), run.start)) && /^(?:[.,;!?]|$)/.test(text.slice(run.end, run.end + 1))) boost += 0.2;
  if (roleBefore(text, run.start) || roleAfter(text, run.end)) boost += 0.3;
  if ((run.start === 0 || codeAt(text, run.start - 1) === 10) && SPEAKER_AFTER_RE.test(text.slice(run.end, run.end + 3))) boost += 0.3;
  return boost;
}

/**
 * Names listed together ("Alvarez, Brook and Lindqvist"): when one member is a confident name, the
 * other name-shaped members of the same list are lifted to a reportable score. A list of bare
 * surnames that is one thing is a firm ("Okafor, Lind and Brandt is an agency", or a letterhead
 * line of its own): its members are not people here.
 */
function liftLists(text: string, runs: Run[]): void {
  for (let a = 0; a < runs.length; a++) {
    const chain = [runs[a] as Run];
    let b = a + 1;
    while (b < runs.length && /^(?:, | and | & | or |, and )$/.test(text.slice((runs[b - 1] as Run).end, (runs[b] as Run).start))) {
      chain.push(runs[b] as Run);
      b++;
    }
    if (chain.length > 1 && isFirmName(text, chain)) {
      for (const r of chain) r.score = Math.min(r.score, FIRM_MEMBER_SCORE);
    } else if (chain.length > 1 && (chain.some((r) => r.best >= 1 || r.score >= 0.5) || roleAfter(text, (chain[chain.length - 1] as Run).end))) {
      for (const r of chain) if (r.best >= 0.35) r.score = Math.max(r.score, 0.55);
    }
    a = b - 1;
  }
}

/**
 * A surname or given name that repeats a confident full name elsewhere in the same text ("Ida
 * Varnholt's essays … early Varnholt") refers to the same person.
 */
function resolveRepeats(tokens: readonly Token[], runs: Run[]): void {
  const known = new Set<string>();
  for (const r of runs) {
    if (r.last === r.first || r.score < REPEAT_SOURCE_SCORE) continue;
    for (let i = r.first; i <= r.last; i++) {
      const w = (tokens[i] as Token).word;
      if (w.length >= 3 && !PARTICLES.has(w) && !isInitial(w)) known.add(w);
    }
  }
  if (known.size === 0) return;
  for (const r of runs) {
    if (r.first === r.last && known.has((tokens[r.first] as Token).word)) r.score = Math.max(r.score, REPEAT_SCORE);
  }
}
const REPEAT_SOURCE_SCORE = 0.5;
const REPEAT_SCORE = 0.6;

export function createPersonRecognizer(g: Gazetteer): Recognizer {
  // The lower-case words a name can contain or that cue one; every other lower-case word is
  // skipped by the tokenizer without being allocated.
  const lowerWords = hashWords([...lowercaseNameStarts(g), ...PARTICLES, ...HONORIFICS, ...REPORTING_VERBS]);
  // Three words after a kept one: the longest lower-case name findLowercaseNames reads. A text
  // without a lower-case word after a space cannot hold a lower-case name: no word is introduced
  // there (not even after "CALL ME").
  const withIntros: SparseInterest = { lowerWords, keepAt: introducedAt, follow: 3 };
  const withoutIntros: SparseInterest = { lowerWords, follow: 3 };
  return {
    id: 'pii.person',
    // Every name has a letter; numbers, amounts and phone numbers in a table skip the tokenizer.
    gate: /\p{L}/u,
    gateNeeds: [LETTER],
    entities: ['PERSON'],
    context: [
      'name', 'named', 'names', 'call me', 'called', 'dear', 'hi', 'hello', 'hey', 'thanks', 'patient', 'mr', 'mrs', 'ms', 'dr',
      'said', 'says', 'told', 'asked', 'wrote', 'he', 'she', 'his', 'her', 'him', 'i am', "i'm", 'user', 'customer', 'client',
      'beneficiary', 'account holder', 'signed', 'regards', 'sincerely', 'attn', 'contact', 'speak', 'by', 'player', 'singer',
      'producer', 'author', 'director', 'actor', 'married', 'son', 'daughter', 'wife', 'husband', 'friend', 'boss', 'manager',
      'lives', 'born', 'years old', 'year old',
    ],
    find(text: string, out: Candidate[]): void {
      const interest = mayHoldLowercaseName(text) ? withIntros : withoutIntros;
      const tokens = tokenizeSparse(text, interest);
      const runs: Run[] = [];
      for (let i = 0; i < tokens.length; ) {
        // Fast path: an ASCII lower-case word can neither start a name nor be a long honorific.
        const t = tokens[i] as Token;
        const c0 = t.word.charCodeAt(0);
        if (c0 >= 97 && c0 <= 122 && (t.word.length > 6 || !HONORIFICS.has(t.word.toLowerCase()))) {
          i++;
          continue;
        }
        const { run, next } = readRun(text, tokens, i, g);
        if (run !== undefined && !isPlaceOrStreet(text, tokens, run, g)) runs.push(run);
        i = next;
      }
      for (const r of runs) r.score = Math.min(1, r.score + cueBoost(text, tokens, r));
      liftLists(text, runs);
      resolveRepeats(tokens, runs);
      // Place and company cues override every lift; runs already at or below the cap need no check.
      for (const r of runs) {
        if (r.score > FIRM_MEMBER_SCORE && (placeAfterPreposition(text, tokens, r) || organisationCue(text, r))) r.score = FIRM_MEMBER_SCORE;
      }
      for (const r of runs) out.push({ entity: 'PERSON', start: r.start, end: r.end, score: r.score, rule: 'pii.person' });
      findLowercaseNames(text, tokens, g, out);
    },
  };
}
