// Street addresses by structure rather than by list: a house number with a street name and a
// street-type word ("90 Whitchurch Road"), or a street name and a house number as most of Europe
// writes it ("Mellemvej 32", "Rua do Arenque 1634"), plus unit, military and PO box forms; the
// span then grows over adjacent units and locality lines (city, region, country, postcode).
import type { Candidate, Recognizer } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isStreetWord } from './street-words.ts';

// USPS street suffixes and their common abbreviations (USPS Publication 28, appendix C1).
const EN_SUFFIXES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Drive', 'Dr', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Court', 'Ct', 'Place', 'Pl',
  'Square', 'Sq', 'Terrace', 'Ter', 'Way', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Close', 'Crescent', 'Cres',
  'Gardens', 'Garden', 'Park', 'Parks', 'Pass', 'Gateway', 'Union', 'Unions', 'Row', 'Walk', 'Hill', 'Hills', 'Trail', 'Trl', 'Plaza',
  'Alley', 'Path', 'Pike', 'Grove', 'Mews', 'Rise', 'Green', 'Heights', 'Loop', 'Crossing', 'Expressway', 'Freeway', 'Turnpike',
  'Streets', 'Squares', 'Roads', 'Drives', 'Lanes', 'Courts', 'Avenues', 'Ridge', 'View', 'Views', 'Estate', 'Estates', 'Vista',
  'Point', 'Port', 'Harbor', 'Harbour', 'Meadow', 'Meadows', 'Manor', 'Creek', 'Canyon', 'Station', 'Junction', 'Causeway', 'Quay', 'Wharf',
];
const EN_SUFFIX_ALT = EN_SUFFIXES.join('|');
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’-]*`;

const EN_STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])\d{1,6}[A-Za-z]?(?: \d{1,5}[A-Za-z]?)? (?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.? )?(?:(?:${CAP}\.?|\d{1,3}(?:st|nd|rd|th)) ){0,4}(?:${EN_SUFFIX_ALT})\.?(?: (?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\.?)?(?![\p{L}\p{N}])`,
  'gu',
);

// Unit words and honorifics never start a street-name word.
const NOT_UNIT = String.raw`(?!(?:Apt|Apartment|Suite|Ste|Unit|Room|Floor|Flat|Box|Mr|Mrs|Ms|Dr|Miss|Prof)\b)`;
// Lower-case words that occur inside street names: particles and street-type words.
const LOWER_STREET_WORD = String.raw`(?:do|da|de|del|della|di|dos|das|du|des|la|le|van|von|der|den|y|u\.|ul\.|utca|út|tér|körút|köz|sor|kapu|põik|tee|tn\.|str\.|gatan|gata|vej|vei|veien|allé|iela|ulica|cesta|rua|via|calle|rue)`;
const EU_STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:(?:ul|u|al|pl|str|av)\. ?)?${NOT_UNIT}${CAP}\.?(?: (?:${NOT_UNIT}${CAP}\.?|${LOWER_STREET_WORD})){0,3} \d{1,5}[A-Za-z]?(?:\.(?= |\n|,|$))?(?![\p{L}\p{N}])`,
  'gu',
);
// Number first, then a Romance or Slavic street-type word and the name ("31 Rue Al Imam Al Bakri").
const PREFIX_TYPE_STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])\d{1,5}[A-Za-z]?,? (?:Rue|Rua|Rúa|Via|Viale|Calle|Avenida|Av\.|Piazza|Strada|Carrer|Chemin|Boulevard|Bd\.?|Corso|Praça|Largo|Travessa|Camino|Paseo|Plaza|Ulica|ul\.)(?: (?:${CAP}|${LOWER_STREET_WORD})){1,5}(?![\p{L}\p{N}])`,
  'gu',
);
// Lower-case text ("hersnapvej 18"): only a word with a street-type ending counts.
const LOWER_EU_STREET_RE = /(?<![\p{L}\p{N}.])[\p{Ll}][\p{L}\p{M}'’-]*(?:tie|katu|vej|gade|gata|gatan|vägen|veien|straße|strasse|weg|gasse|straat|utca|ulica) \d{1,5}[a-z]?(?![\p{L}\p{N}])/gu;
const UNIT_RE = /(?<![\w])(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Flat|Box|Bldg|Building|Postbox)\.? ?#?\d{1,5}[A-Za-z]?(?![\w])/g;
const MILITARY_RE = /(?<![\w])(?:PSC|CMR|Unit) \d{3,5},? Box \d{3,5}\s{0,3}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}(?![\w])/g;
const PO_BOX_RE = /(?<![\w])P\.? ?O\.? Box \d{1,6}(?![\w])/gi;

// What may follow a street on the same or the next lines: a unit, a city or region, a 2-letter
// code, a postcode (US ZIP, CA, UK, NL, PL, PT, SE/CZ forms).
const POSTCODE = String.raw`(?:\d{5}(?:-\d{4})?|\d{4}(?:-\d{3})?|\d{2}-\d{3}|\d{3} \d{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2})`;
const LOCALITY_RE = new RegExp(
  String.raw`^(?:[ \t]*,?[ \t]*\n?[ \t>]*,?[ \t]*)((?:Apt|Apartment|Suite|Ste|Unit|Room|Floor|Flat|Box)\.? ?#?\d{1,5}[A-Za-z]?|${POSTCODE}|[\p{Lu}]{2,3}|${NOT_UNIT}${CAP}\.?(?: (?:${NOT_UNIT}${CAP}\.?|de|del|la|do|da|di|du|sur|am|an|im|le))*(?: ${POSTCODE})?)(?![\p{L}\p{N}])`,
  'u',
);

export function createAddressRecognizer(g: Gazetteer): Recognizer {
  const english = (lower: string): boolean => g.commonWords.has(lower);
  function commonPhrase(phrase: string): boolean {
    const lower = phrase.toLowerCase();
    if (g.places.has(lower)) return false;
    return phrase.split(/\s+/).every((w) => g.commonWords.has(w.toLowerCase().replace(/\.$/, '')));
  }

  /** Grows a span forward over units and locality lines, at most `max` segments, never over a blank line. */
  function extend(text: string, end: number, max: number): number {
    let e = end;
    for (let k = 0; k < max; k++) {
      const rest = text.slice(e, e + 120);
      if (/^[ \t]*\n[ \t]*\n/.test(rest)) break;
      const m = LOCALITY_RE.exec(rest);
      if (m === null) break;
      const seg = m[1] ?? '';
      if (/^\p{Lu}/u.test(seg) && !/^\p{Lu}{2,3}$/u.test(seg) && !/\d/.test(seg) && commonPhrase(seg)) break;
      e += m[0].length;
    }
    return e;
  }

  /** Pulls the start back over a leading house number or unit ("28245 ", "Apt. 675 "). */
  function extendBack(text: string, start: number): number {
    const before = text.slice(Math.max(0, start - 24), start);
    const m = /(?:(?:Apt|Suite|Unit)\.? ?\d{1,5} )?(?:\d{1,6}[A-Za-z]? )$/.exec(before);
    return m === null ? start : start - m[0].length;
  }

  return {
    id: 'pii.street_address',
    entities: ['STREET_ADDRESS'],
    context: ['address', 'addresses', 'lives', 'live', 'living', 'located', 'location', 'moved', 'move', 'deliver', 'delivery', 'ship', 'shipping', 'billing', 'mailing', 'send', 'return', 'residence', 'resides', 'office', 'offices', 'corner', 'visit', 'meet', 'stop', 'taxi', 'home'],
    antiContext: ['version', 'chapter', 'page', 'section', 'top', 'windows', 'iphone', 'python', 'level', 'season', 'episode', 'volume', 'vol', 'figure', 'table'],
    find(text: string, out: Candidate[]): void {
      // Every form below carries a house, unit or box number.
      if (!/\d/.test(text)) return;
      const pieces: Candidate[] = [];
      const push = (start: number, end: number, score: number, rule: string): void => {
        const s = extendBack(text, start);
        pieces.push({ entity: 'STREET_ADDRESS', start: s, end: extend(text, end, 6), score: s < start ? Math.min(1, score + 0.2) : score, rule });
      };
      MILITARY_RE.lastIndex = 0;
      for (let m = MILITARY_RE.exec(text); m !== null; m = MILITARY_RE.exec(text)) push(m.index, m.index + m[0].length, 0.95, 'pii.street_address.military');
      PO_BOX_RE.lastIndex = 0;
      for (let m = PO_BOX_RE.exec(text); m !== null; m = PO_BOX_RE.exec(text)) push(m.index, m.index + m[0].length, 0.7, 'pii.street_address.po_box');
      EN_STREET_RE.lastIndex = 0;
      for (let m = EN_STREET_RE.exec(text); m !== null; m = EN_STREET_RE.exec(text)) push(m.index, m.index + m[0].length, 0.8, 'pii.street_address.en');
      EU_STREET_RE.lastIndex = 0;
      for (let m = EU_STREET_RE.exec(text); m !== null; m = EU_STREET_RE.exec(text)) {
        let value = m[0];
        let start = m.index;
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
      LOWER_EU_STREET_RE.lastIndex = 0;
      for (let m = LOWER_EU_STREET_RE.exec(text); m !== null; m = LOWER_EU_STREET_RE.exec(text)) push(m.index, m.index + m[0].length, 0.55, 'pii.street_address.eu_lower');
      UNIT_RE.lastIndex = 0;
      for (let m = UNIT_RE.exec(text); m !== null; m = UNIT_RE.exec(text)) push(m.index, m.index + m[0].length, 0.35, 'pii.street_address.unit');
      mergePieces(text, pieces, out);
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
