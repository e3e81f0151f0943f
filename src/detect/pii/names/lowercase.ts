// Names typed in lower case ("my name is eva kleist", "call me višeslav"): a known given name
// that is not an English word, optionally followed by an initial and further non-English words.
// Weak on its own; an introducing phrase right before it, or context words, decide.
import type { Candidate } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Token } from './tokens.ts';

const INTRO_RE = /(?:my name is|name is|call me|i am|i'm|this is|named|called)[\s,:]*$/i;

export function findLowercaseNames(text: string, tokens: readonly Token[], g: Gazetteer, out: Candidate[]): void {
  const nameLike = (w: string): boolean => /^\p{Ll}[\p{Ll}\p{M}'’-]+$/u.test(w) && !g.englishWords.has(w) && !g.commonWords.has(w);
  const titled = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!nameLike(t.word)) continue;
    const introduced = INTRO_RE.test(text.slice(Math.max(0, t.start - 16), t.start));
    if (!introduced && !g.firstNames.has(titled(t.word))) continue;
    let end = t.end;
    let known = g.firstNames.has(titled(t.word)) ? 1 : 0;
    let j = i + 1;
    for (; j < tokens.length && j < i + 4; j++) {
      const u = tokens[j] as Token;
      if (text.slice(end, u.start) !== ' ') break;
      if (/^\p{Ll}\.?$/u.test(u.word)) {
        // An initial: "eric g. samoylova"; its period is outside the token.
        end = text[u.end] === '.' ? u.end + 1 : u.end;
        continue;
      }
      if (!nameLike(u.word)) break;
      if (g.lastNames.has(titled(u.word)) || g.firstNames.has(titled(u.word))) known++;
      end = u.end;
    }
    // A trailing initial is not part of the name.
    const value = text.slice(t.start, end);
    const trimmed = value.replace(/ \p{Ll}\.?$/u, '');
    const words = j - i;
    let score = words === 1 ? 0.2 : known >= 2 ? 0.6 : 0.4;
    if (introduced) score += 0.3;
    out.push({ entity: 'PERSON', start: t.start, end: t.start + trimmed.length, score, rule: 'pii.person.lowercase' });
    i = j - 1;
  }
}
