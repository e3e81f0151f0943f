// Profile of a free-text feature (prompts, completions): length, detected language and the
// character-class make-up of each record, each kept as a mergeable sub-profile. A shift in
// these (longer prompts, a new language, a burst of control characters) is what an
// injection or extraction campaign looks like from the outside.
import { detect } from 'tinyld';
import { linspace } from '../stats/distances.ts';
import { CategoricalProfile, type CategoricalProfileJSON } from './categorical.ts';
import { NumericProfile, type NumericProfileJSON } from './numeric.ts';

/** Only this many leading characters go to language detection: bounded cost per record. */
export const LANGUAGE_SAMPLE_CHARS = 1000;
export const DEFAULT_LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'pl', 'und'];
/** Length bins: 0, then powers of two up to 1 Mi characters. */
const LENGTH_EDGES = [0, ...Array.from({ length: 21 }, (_, i) => 2 ** i)];
const SHARE_EDGES = Array.from(linspace(0, 1, 11));

export const CHARACTER_CLASSES = ['letter', 'digit', 'whitespace', 'punctuation', 'nonPrintable'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

export interface TextProfileJSON {
  readonly kind: 'text';
  readonly length: NumericProfileJSON;
  readonly language: CategoricalProfileJSON;
  readonly classes: Record<CharacterClass, NumericProfileJSON>;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;
// Control, format (zero-width, bidi overrides), unassigned, private-use and surrogate code points.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}]/u;

/** Shares of each character class in one text (tab, newline and CR count as whitespace). */
export function characterShares(text: string): Record<CharacterClass, number> {
  const counts = { letter: 0, digit: 0, whitespace: 0, punctuation: 0, nonPrintable: 0 };
  let total = 0;
  for (const ch of text) {
    total++;
    if (LETTER.test(ch)) counts.letter++;
    else if (DIGIT.test(ch)) counts.digit++;
    else if (SPACE.test(ch)) counts.whitespace++;
    else if (NON_PRINTABLE.test(ch)) counts.nonPrintable++;
    else if (PUNCT.test(ch)) counts.punctuation++;
  }
  if (total === 0) return counts;
  return {
    letter: counts.letter / total,
    digit: counts.digit / total,
    whitespace: counts.whitespace / total,
    punctuation: counts.punctuation / total,
    nonPrintable: counts.nonPrintable / total,
  };
}

export class TextProfile {
  length = new NumericProfile(LENGTH_EDGES);
  language: CategoricalProfile;
  classes: Record<CharacterClass, NumericProfile>;

  constructor(languages: readonly string[] = DEFAULT_LANGUAGES) {
    this.language = new CategoricalProfile(languages);
    this.classes = Object.fromEntries(CHARACTER_CLASSES.map((c) => [c, new NumericProfile(SHARE_EDGES)])) as Record<
      CharacterClass,
      NumericProfile
    >;
  }

  update(text: string | null | undefined): void {
    if (typeof text !== 'string') {
      this.length.update(null);
      this.language.update(null);
      for (const c of CHARACTER_CLASSES) this.classes[c].update(null);
      return;
    }
    this.length.update([...text].length);
    const lang = detect(text.slice(0, LANGUAGE_SAMPLE_CHARS));
    this.language.update(lang === '' ? 'und' : lang);
    const shares = characterShares(text);
    for (const c of CHARACTER_CLASSES) this.classes[c].update(shares[c]);
  }

  merge(other: TextProfile): TextProfile {
    const out = new TextProfile(this.language.categories);
    out.length = this.length.merge(other.length);
    out.language = this.language.merge(other.language);
    for (const c of CHARACTER_CLASSES) out.classes[c] = this.classes[c].merge(other.classes[c]);
    return out;
  }

  toJSON(): TextProfileJSON {
    return {
      kind: 'text',
      length: this.length.toJSON(),
      language: this.language.toJSON(),
      classes: Object.fromEntries(CHARACTER_CLASSES.map((c) => [c, this.classes[c].toJSON()])) as Record<
        CharacterClass,
        NumericProfileJSON
      >,
    };
  }

  static fromJSON(raw: unknown): TextProfile {
    if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== 'text') {
      throw new TypeError('invalid text profile');
    }
    const r = raw as Record<string, unknown>;
    const language = CategoricalProfile.fromJSON(r.language);
    const p = new TextProfile(language.categories);
    p.language = language;
    p.length = NumericProfile.fromJSON(r.length);
    const classes = r.classes as Record<string, unknown> | undefined;
    if (typeof classes !== 'object' || classes === null) throw new TypeError('invalid text profile: classes');
    for (const c of CHARACTER_CLASSES) p.classes[c] = NumericProfile.fromJSON(classes[c]);
    return p;
  }
}
