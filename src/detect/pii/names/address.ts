// Street addresses by structure rather than by list: a house number with a street name and a
// street-type word ("90 Whitchurch Road"), or a street name and a house number as most of Europe
// writes it ("Kirkevej 14", "Rua das Flores 210"), plus unit, military and PO box forms; the
// span then grows over adjacent units and locality lines (city, region, country, postcode).
import { DIGIT } from '../chars.ts';
import type { Candidate, Recognizer } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isStreetWord } from './street-words.ts';
import {
  EN_STREET_RE,
  EU_STREET_RE,
  LOCALITY_RE,
  LOWER_EU_ENDING_RE,
  LOWER_EU_HOUSE_NUMBER_RE,
  MILITARY_RE,
  PO_BOX_RE,
  PREFIX_TYPE_STREET_RE,
  SPACE_DIGIT_RE,
  UNIT_RE,
} from './address-patterns.ts';

/**
 * A necessary condition for every pattern in address-patterns.ts: a digit with a space before it,
 * a digit (with an optional letter and comma) with a space after it, or a unit word and its number
 * (UNIT_RE's own prefix). A unit test checks that every pattern's matches satisfy it.
 */
export const ADDRESS_GATE_RE = / \d|\d[A-Za-z]?,? |(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Flat|Box|Bldg|Building|Postbox)\.? ?#?\d/;
const LETTER_RE = /\p{L}/u;
// Literal parts every match of MILITARY_RE, PO_BOX_RE and UNIT_RE holds (see address-patterns.ts).
const MILITARY_HINT_RE = /[adf]po /i;
const BOX_HINT_RE = /box/i;
const UNIT_HINT_RE = /Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Flat|Box|Bldg|Building|Postbox/;
/**
 * What every match of MILITARY_RE, PO_BOX_RE and UNIT_RE holds: a digit right after "APO AE ",
 * "Box " (any case) or a unit word ("Apt. #"). Looked for from the digit back, since V8 finds
 * digits fast where it must try the three hints' words at every letter: one test, a third of
 * the hints' cost, and texts without one skip them all.
 */
export const UNIT_BOX_MILITARY_RE = /\d(?<=(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Flat|Box|Bldg|Building|Postbox)\.? ?#?|[Bb][Oo][Xx] |[AaDdFf][Pp][Oo] [Aa][AaEePp] )\d)/;

export function createAddressRecognizer(g: Gazetteer): Recognizer {
  const english = (lower: string): boolean => g.commonWords.has(lower);
  function commonPhrase(phrase: string): boolean {
    const lower = phrase.toLowerCase();
    if (g.places.has(lower)) return false;
    return phrase.split(/\s+/).every((w) => g.commonWords.has(w.toLowerCase().replace(/\.$/, '')));
  }

  /**
   * Grows a span forward over units and locality lines, at most `max` segments, never over a blank
   * line. Returns the new end and how many segments were taken: an address that goes on over
   * units, towns and postcodes is better evidence than a lone "Name 12".
   */
  function extend(text: string, end: number, max: number): { end: number; segments: number } {
    let e = end;
    let segments = 0;
    for (let k = 0; k < max; k++) {
      const rest = text.slice(e, e + 120);
      if (/^[ \t]*\n[ \t]*\n/.test(rest)) break;
      const m = LOCALITY_RE.exec(rest);
      if (m === null) break;
      const seg = m[1] ?? '';
      if (/^\p{Lu}/u.test(seg) && !/^\p{Lu}{2,3}$/u.test(seg) && !/\d/.test(seg) && commonPhrase(seg) && !postcodeLineFollows(text, e + m[0].length)) break;
      e += m[0].length;
      segments++;
    }
    return { end: e, segments };
  }
  /**
   * A town made of ordinary words ("Maple Cove") is still part of the address when the next line
   * (or segment) holds a postcode: the block goes on as addresses do, not as prose.
   */
  function postcodeLineFollows(text: string, at: number): boolean {
    const m = LOCALITY_RE.exec(text.slice(at, at + 120));
    return m !== null && /\d/.test(m[1] ?? '') && /\n/.test(m[0]);
  }
  /** Pulls the start back over a leading house number or unit ("28245 ", "Apt. 675 "). */
  function extendBack(text: string, start: number): number {
    const before = text.slice(Math.max(0, start - 24), start);
    const m = /(?:(?:Apt|Suite|Unit)\.? ?\d{1,5} )?(?:\d{1,6}[A-Za-z]? )$/.exec(before);
    return m === null ? start : start - m[0].length;
  }

  return {
    id: 'pii.street_address',
    // Every form carries a house, unit or box number next to a space ("12 Elm", "Kirkevej 14",
    // "Box 7") or right after a unit word ("Apt.5", "Suite#2"): most digits in a scan (ids,
    // e-mail addresses, amounts) have neither, and skip the seven patterns below.
    gate: ADDRESS_GATE_RE,
    gateNeeds: [DIGIT],
    entities: ['STREET_ADDRESS'],
    context: ['address', 'addresses', 'lives', 'live', 'living', 'located', 'location', 'moved', 'move', 'deliver', 'delivery', 'ship', 'shipping', 'billing', 'mailing', 'send', 'return', 'residence', 'resides', 'office', 'offices', 'corner', 'visit', 'meet', 'stop', 'taxi', 'home'],
    antiContext: ['version', 'chapter', 'page', 'section', 'top', 'windows', 'iphone', 'python', 'level', 'season', 'episode', 'volume', 'vol', 'figure', 'table'],
    find(text: string, out: Candidate[]): void {
      // Every form has a word as well as its number ("+1 415 555 1234" has none).
      if (!LETTER_RE.test(text)) return;
      const pieces: Candidate[] = [];
      const push = (start: number, end: number, score: number, rule: string): void => {
        const s = extendBack(text, start);
        const grown = extend(text, end, 6);
        // A leading house number or unit, and two or more unit/locality segments, each confirm the shape.
        const bonus = (s < start ? 0.2 : 0) + (grown.segments >= 2 ? 0.3 : 0);
        pieces.push({ entity: 'STREET_ADDRESS', start: s, end: trimSentencePeriod(text, s, grown.end), score: Math.min(1, score + bonus), rule });
      };
      // Military and PO box addresses hold "APO"/"FPO"/"DPO" or "Box": a literal test is much
      // cheaper than their patterns, whose leading lookbehind is tried at every position.
      const units = UNIT_BOX_MILITARY_RE.test(text);
      if (units && MILITARY_HINT_RE.test(text)) {
        MILITARY_RE.lastIndex = 0;
        for (let m = MILITARY_RE.exec(text); m !== null; m = MILITARY_RE.exec(text)) push(m.index, m.index + m[0].length, 0.95, 'pii.street_address.military');
      }
      if (units && BOX_HINT_RE.test(text)) {
        PO_BOX_RE.lastIndex = 0;
        for (let m = PO_BOX_RE.exec(text); m !== null; m = PO_BOX_RE.exec(text)) push(m.index, m.index + m[0].length, 0.7, 'pii.street_address.po_box');
      }
      EN_STREET_RE.lastIndex = 0;
      for (let m = EN_STREET_RE.exec(text); m !== null; m = EN_STREET_RE.exec(text)) push(m.index, m.index + m[0].length, 0.8, 'pii.street_address.en');
      EU_STREET_RE.lastIndex = 0;
      for (let m = EU_STREET_RE.exec(text); m !== null; m = EU_STREET_RE.exec(text)) {
        let value = m[1] ?? '';
        let start = m.index + m[0].length - value.length;
        // Drop leading ordinary words ("Please", "Address") that the capitalised run swallowed.
        for (;;) {
          const sp = value.indexOf(' ');
          const head = value.slice(0, sp);
          if (sp < 0 || !/ [\p{L}]/u.test(value.slice(sp)) || isStreetWord(head, english) || !g.commonWords.has(head.toLowerCase())) break;
          value = value.slice(sp + 1);
          start += sp + 1;
        }
        const words = value.replace(/ \d{1,5}[A-Za-z]?\.?$/, '').split(' ');
        // "During" ends like a German "-ring" street; ordinary English words are not street names.
        const streetish = words.some((w) => isStreetWord(w, english));
        const name = words.join(' ');
        if (!streetish && commonPhrase(name)) continue;
        push(start, start + value.length, streetish ? 0.6 : 0.3, 'pii.street_address.eu');
      }
      PREFIX_TYPE_STREET_RE.lastIndex = 0;
      for (let m = PREFIX_TYPE_STREET_RE.exec(text); m !== null; m = PREFIX_TYPE_STREET_RE.exec(text)) push(m.index, m.index + m[0].length, 0.75, 'pii.street_address.prefix_type');
      SPACE_DIGIT_RE.lastIndex = 0;
      for (let m = SPACE_DIGIT_RE.exec(text); m !== null; m = SPACE_DIGIT_RE.exec(text)) {
        const space = m.index;
        const ending = LOWER_EU_ENDING_RE.exec(text.slice(Math.max(0, space - 7), space));
        if (ending === null) continue;
        LOWER_EU_HOUSE_NUMBER_RE.lastIndex = space + 1;
        const house = LOWER_EU_HOUSE_NUMBER_RE.exec(text);
        if (house === null) continue;
        const at = space - ending[0].length;
        // Lower-case text ("hersnapvej 18"): walk back over the rest of the lower-case word.
        let start = at;
        while (start > 0 && /[\p{Ll}\p{M}'’-]/u.test(text[start - 1] ?? '')) start--;
        if (start === at || /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '') || !/^\p{Ll}/u.test(text[start] ?? '')) continue;
        push(start, space + 1 + house[0].length, 0.55, 'pii.street_address.eu_lower');
      }
      if (units && UNIT_HINT_RE.test(text)) {
        UNIT_RE.lastIndex = 0;
        for (let m = UNIT_RE.exec(text); m !== null; m = UNIT_RE.exec(text)) push(m.index, m.index + m[0].length, 0.35, 'pii.street_address.unit');
      }
      const merged: Candidate[] = [];
      mergePieces(text, pieces, merged);
      for (const c of merged) out.push(widenCorner(text, c));
    },
  };
}

/** One address is often found as several pieces (street, unit, box); overlapping or touching pieces become one span. */
function mergePieces(text: string, pieces: Candidate[], out: Candidate[]): void {
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  let cur: Candidate | undefined;
  for (const p of pieces) {
    if (cur !== undefined && p.start <= cur.end + 3 && /^[\s,]*$/.test(text.slice(cur.end, Math.max(cur.end, p.start)))) {
      cur.end = Math.max(cur.end, p.end);
      if (p.score > cur.score) {
        cur.score = p.score;
        cur.rule = p.rule;
      }
      continue;
    }
    if (cur !== undefined) out.push(cur);
    cur = { ...p };
  }
  if (cur !== undefined) out.push(cur);
}

/**
 * A period after a town or a postcode ends the sentence, not the address; one after a short
 * abbreviation or a house number ("u. 15.", "Str.") belongs to it.
 */
function trimSentencePeriod(text: string, start: number, end: number): number {
  if (text[end - 1] !== '.') return end;
  const word = /([\p{L}\p{N}]+)\.$/u.exec(text.slice(Math.max(start, end - 24), end))?.[1] ?? '';
  const longWord = /^\p{L}{4,}$/u.test(word);
  const postcode = /^\d{4,}$/.test(word);
  return longWord || postcode ? end - 1 : end;
}

// An intersection: "the corner of <street> and <street>" names one place.
const CORNER_BEFORE_RE = /(?:the )?corner of $/i;
const CORNER_AFTER_RE = /^ (?:and|&) (?:the )?((?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|\d{1,5}|ten|de|del|la|van|von)(?: (?:[\p{Lu}][\p{L}\p{M}'’-]*|\d{1,5}|ten|de|del|la|van|von)){0,4})/u;

function widenCorner(text: string, c: Candidate): Candidate {
  const before = CORNER_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (before === null) return c;
  const after = CORNER_AFTER_RE.exec(text.slice(c.end, c.end + 80));
  const end = after === null ? c.end : c.end + after[0].length;
  return { ...c, start: c.start - before[0].length, end: trimSentencePeriod(text, c.start, end), score: Math.min(1, c.score + 0.1) };
}
