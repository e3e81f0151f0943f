// Phone numbers: a cheap shape pass finds digit groups written like phone numbers, then
// libphonenumber-js (the reference port of Google's libphonenumber) decides whether any of the
// supported regions would dial it. Shape and validity set the base score; context lifts it.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { forEachMatch, type Candidate, type Recognizer, type Worth } from '../recognizer.ts';

/** Regions tried for numbers written without an international prefix, most common first. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US', 'GB', 'CA', 'AU', 'IN', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK',
  'FI', 'IE', 'PL', 'CZ', 'HU', 'PT', 'GR', 'CY', 'BR', 'MX', 'IL', 'NZ', 'ZA', 'JP', 'EE', 'RO',
];

// Optional +CC / 00CC, optional "(0)" trunk marker, optional "(area)", then 1–5 digit groups
// separated by one space, dot or dash, then an optional extension. Never spans a line break.
const PHONE_RE =
  /(?<![\w+.\/-])(?:(?:\+|\b00)\d{1,3}[ .-]?)?(?:\(0\) ?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}(?:(?: ?(?:x|ext\.?|#) ?)\d{1,5})?(?![\w]|[.,-]\d|\/\d)/g;

const EXTENSION_RE = / ?(?:x|ext\.?|#) ?\d{1,5}$/;
// Dates and times written with dots or dashes look like short phone numbers.
const DATE_LIKE_RE = /^(?:\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[.-]\d{1,2}[.-](?:\d{2}|\d{4}))(?:$| )/;
const VERDICT_CACHE_LIMIT = 2048;
// A run of years ("1999 2004 2011") is a list of years, not a phone number.
const YEARS_RE = /^(?:(?:19|20)\d\d[ .-])+(?:19|20)\d\d$/;
// 3-2-4 with dashes is how SSNs and ITINs are written, not phone numbers.
const SSN_SHAPE_RE = /^\d{3}-\d{2}-\d{4}$/;

/**
 * Three or more groups of one length whose values step evenly ("100 200 300", "987 654 321",
 * "111-222-333"): a list of numbers or a placeholder, not a number anyone dials.
 */
function evenSteps(main: string): boolean {
  const groups = main.split(/[ .-]/);
  if (groups.length < 3) return false;
  const len = groups[0]!.length;
  if (!groups.every((g) => g.length === len && /^\d+$/.test(g))) return false;
  const step = Number(groups[1]) - Number(groups[0]);
  for (let i = 2; i < groups.length; i++) if (Number(groups[i]) - Number(groups[i - 1]) !== step) return false;
  return true;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

type Verdict = 'valid' | 'possible' | 'none';

// Base scores by how the number is written: plain, formatted (area code in brackets, or grouped
// with 9+ digits), international (+CC / 00CC); a number every region rejects is dropped.
const VALID_SCORE = [0.45, 0.7, 0.95] as const;
const POSSIBLE_SCORE = [0.3, 0.5, 0.75] as const;

// North American Numbering Plan: +1, area code and exchange each [2-9]XX and not an N11 service
// code. Checked directly because parsing with full metadata costs ~45 µs a number and +1 numbers
// dominate US data.
const NANP_RE = /^(?:\+|00)1[ .-]?\(?([2-9]\d\d)\)?[ .-]?([2-9]\d\d)[ .-]?\d{4}$/;

/** The verdict on a +1 number, or undefined for any other number. */
function nanpVerdict(number: string): Verdict | undefined {
  const nanp = NANP_RE.exec(number);
  if (nanp === null) return undefined;
  const area = nanp[1] ?? '';
  const exchange = nanp[2] ?? '';
  return area.slice(1) === '11' || exchange.slice(1) === '11' ? 'possible' : 'valid';
}

/** libphonenumber's verdict: costly, so cached by the recogniser. */
function parsedVerdict(number: string, international: boolean, regions: readonly CountryCode[]): Verdict {
  if (international) {
    const intl = number.startsWith('00') ? `+${number.slice(2)}` : number;
    const p = parsePhoneNumberFromString(intl);
    if (p === undefined) return 'none';
    return p.isValid() ? 'valid' : p.isPossible() ? 'possible' : 'none';
  }
  let possible = false;
  for (const region of regions) {
    const p = parsePhoneNumberFromString(number, region);
    if (p === undefined) continue;
    if (p.isValid()) return 'valid';
    possible ||= p.isPossible();
  }
  return possible ? 'possible' : 'none';
}

export function createPhoneRecognizer(regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS): Recognizer {
  // Parsing against many regions is the costly part; the same numbers recur in logs and tables.
  const cache = new Map<string, Verdict>();
  const judge = (number: string, international: boolean): Verdict => {
    // +1 numbers are judged by one regex, cheaper than a cache lookup (and, in a column of
    // phone numbers, than clearing and refilling a cache they would overflow).
    const nanp = nanpVerdict(number);
    if (nanp !== undefined) return nanp;
    const hit = cache.get(number);
    if (hit !== undefined) return hit;
    const v = parsedVerdict(number, international, regions);
    if (cache.size >= VERDICT_CACHE_LIMIT) cache.clear();
    cache.set(number, v);
    return v;
  };
  return {
    id: 'pii.phone',
    minDigits: { count: 7, maxGap: 6 },
    gate: /\d{2}/,
    entities: ['PHONE_NUMBER'],
    context: ['phone', 'tel', 'telephone', 'call', 'mobile', 'cell', 'fax', 'office', 'desk', 'contact', 'number', 'reach', 'text', 'dial', 'whatsapp', 'home', 'work'],
    // Numbers introduced as another identifier are that identifier, not a phone number.
    antiContext: ['order', 'invoice', 'tracking', 'version', 'isbn', 'serial', 'ticket', 'case', 'po', 'ssn', 'social security', 'security number', 'itin', 'passport', 'license', 'licence', 'mrn', 'medical record', 'routing'],
    find(text: string, out: Candidate[], worth?: Worth): void {
      forEachMatch(PHONE_RE, text, (m) => {
        const raw = m[0];
        const digits = countDigits(raw);
        if (digits < 7 || digits > 17) return;
        // Every extension holds an 'x' or a '#': most numbers skip the replace.
        const main = raw.includes('x') || raw.includes('#') ? raw.replace(EXTENSION_RE, '') : raw;
        if (DATE_LIKE_RE.test(main) || SSN_SHAPE_RE.test(main) || YEARS_RE.test(main)) return;
        const international = main.startsWith('+') || main.startsWith('00');
        if (!international && evenSteps(main)) return;
        const formatted = /[ .()-]/.test(main);
        const mainDigits = countDigits(main);
        // Long unbroken digit runs without a prefix are more often ids than phone numbers.
        if (!international && !formatted && (mainDigits < 10 || mainDigits > 11)) return;
        const shaped = international ? 2 : /\(\d/.test(main) || (formatted && mainDigits >= 9) ? 1 : 0;
        // Parsing is the costly part: skip it when even a valid number could not be reported here.
        if (worth !== undefined && !worth(text, 'PHONE_NUMBER', m.index, m.index + raw.length, VALID_SCORE[shaped])) return;
        const verdict = judge(main, international);
        if (verdict === 'none') return;
        const score = verdict === 'valid' ? VALID_SCORE[shaped] : POSSIBLE_SCORE[shaped];
        out.push({ entity: 'PHONE_NUMBER', start: m.index, end: m.index + raw.length, score, validated: verdict === 'valid', rule: 'pii.phone' });
      });
    },
  };
}
