// Names typed in lower case ("my name is eva kleist", "call me višeslav"): a known given name
// that is not an English word, optionally followed by an initial and further non-English words.
// Weak on its own; an introducing phrase right before it, or context words, decide.
import type { Candidate } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Token } from './tokens.ts';

// Phrases after which even an unknown lower-case word is taken as a name.
const INTRO_RE = /(?:my name is|name is|call me|i am|i'm|this is|named|called)[\s,:]*/gi;
// Cheap gate: only text with lower-case letters after a space can hold such a name.
const LOWER_WORD_RE = /(?:^|\s)\p{Ll}/u;
const LOWER_NAME_SHAPE_RE = /^\p{Ll}[\p{Ll}\p{M}'’-]+$/u;
const LOWER_INITIAL_RE = /^\p{Ll}\.?$/u;

function nameLike(w: string, g: Gazetteer): boolean {
  return !g.englishWords.has(w) && !g.commonWords.has(w) && LOWER_NAME_SHAPE_RE.test(w);
}

function titled(w: string): string {
  return (w[0] ?? '').toUpperCase() + w.slice(1);
}

/** Offsets right after each introducing phrase. */
function introEnds(text: string): Set<number> {
  const ends = new Set<number>();
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) ends.add(m.index + m[0].length);
  return ends;
}

export function findLowercaseNames(text: string, tokens: readonly Token[], g: Gazetteer, out: Candidate[]): void {
  if (!LOWER_WORD_RE.test(text)) return;
  const intros = introEnds(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Upper-case ASCII and digits cannot start a lower-case name.
    if (t.word.charCodeAt(0) < 97) continue;
    const isFirst = g.firstNamesLower.has(t.word);
    const introduced = intros.has(t.start);
    if (!(isFirst || introduced) || !nameLike(t.word, g)) continue;
    let end = t.end;
    let hits = isFirst ? 1 : 0;
    let j = i + 1;
    for (; j < tokens.length && j < i + 4; j++) {
      const u = tokens[j] as Token;
      if (text.slice(end, u.start) !== ' ') break;
      if (LOWER_INITIAL_RE.test(u.word)) {
        // An initial: "eric g. samoylova"; its period is outside the token.
        end = text[u.end] === '.' ? u.end + 1 : u.end;
        continue;
      }
      if (!nameLike(u.word, g)) break;
      if (g.lastNames.has(titled(u.word)) || g.firstNamesLower.has(u.word)) hits++;
      end = u.end;
    }
    // A trailing initial is not part of the name.
    const trimmed = text.slice(t.start, end).replace(/ \p{Ll}\.?$/u, '');
    const words = j - i;
    let score = words === 1 ? 0.2 : hits >= 2 ? 0.6 : 0.4;
    if (introduced) score += 0.3;
    out.push({ entity: 'PERSON', start: t.start, end: t.start + trimmed.length, score, rule: 'pii.person.lowercase' });
    i = j - 1;
  }
}
