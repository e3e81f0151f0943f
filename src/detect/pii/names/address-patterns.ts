// Address shapes as regular expressions, compiled once: English "number name suffix" streets,
// European "name number" streets, number-first Romance streets, units, military and PO boxes, and
// the locality segments (city, region, postcode) that may follow a street. The large ones are
// compiled to machine code at load (see compiledEagerly).
import { compiledEagerly } from '../recognizer.ts';

// USPS street suffixes and their common abbreviations (USPS Publication 28, appendix C1).
const EN_SUFFIXES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Drive', 'Dr', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Court', 'Ct', 'Place', 'Pl',
  'Square', 'Sq', 'Terrace', 'Ter', 'Way', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Close', 'Crescent', 'Cres',
  'Gardens', 'Garden', 'Park', 'Parks', 'Pass', 'Gateway', 'Union', 'Unions', 'Row', 'Walk', 'Hill', 'Hills', 'Trail', 'Trl', 'Plaza',
  'Alley', 'Path', 'Pike', 'Grove', 'Mews', 'Rise', 'Green', 'Heights', 'Loop', 'Crossing', 'Expressway', 'Freeway', 'Turnpike',
  'Streets', 'Squares', 'Roads', 'Drives', 'Lanes', 'Courts', 'Avenues', 'Ridge', 'View', 'Views', 'Estate', 'Estates', 'Vista',
  'Point', 'Port', 'Harbor', 'Harbour', 'Meadow', 'Meadows', 'Manor', 'Creek', 'Canyon', 'Station', 'Junction', 'Causeway', 'Quay', 'Wharf',
  // "Str." abbreviates Straße, Strada, Street and οδός in addresses written in Latin letters.
  'Str',
];
const EN_SUFFIX_ALT = EN_SUFFIXES.join('|');
// The other USPS primary suffixes (same appendix). Many are also ordinary words ("12 Mission",
// "2019 Summit"), so these count only after at least one capitalised name ("420 Gairbekov Rapids").
const EN_NAMED_SUFFIXES = [
  'Alley', 'Anex', 'Arcade', 'Bayou', 'Beach', 'Bend', 'Bluff', 'Bluffs', 'Bottom', 'Branch', 'Bridge', 'Brook', 'Brooks', 'Burg',
  'Burgs', 'Bypass', 'Camp', 'Cape', 'Center', 'Centers', 'Circles', 'Cliff', 'Cliffs', 'Club', 'Common', 'Commons', 'Corner',
  'Corners', 'Course', 'Cove', 'Coves', 'Crest', 'Crossroad', 'Crossroads', 'Curve', 'Dale', 'Dam', 'Divide', 'Extension',
  'Extensions', 'Fall', 'Falls', 'Ferry', 'Field', 'Fields', 'Flat', 'Flats', 'Ford', 'Fords', 'Forest', 'Forge', 'Forges', 'Fork',
  'Forks', 'Fort', 'Glen', 'Glens', 'Greens', 'Groves', 'Harbors', 'Haven', 'Hollow', 'Inlet', 'Island', 'Islands', 'Isle',
  'Junctions', 'Key', 'Keys', 'Knoll', 'Knolls', 'Lake', 'Lakes', 'Land', 'Landing', 'Light', 'Lights', 'Loaf', 'Lock', 'Locks',
  'Lodge', 'Mall', 'Manors', 'Mill', 'Mills', 'Mission', 'Motorway', 'Mount', 'Mountain', 'Mountains', 'Neck', 'Orchard', 'Oval',
  'Overpass', 'Parkways', 'Passage', 'Pine', 'Pines', 'Plain', 'Plains', 'Points', 'Ports', 'Prairie', 'Radial', 'Ramp', 'Ranch',
  'Rapid', 'Rapids', 'Rest', 'Ridges', 'River', 'Route', 'Run', 'Shoal', 'Shoals', 'Shore', 'Shores', 'Skyway', 'Spring', 'Springs',
  'Spur', 'Spurs', 'Stravenue', 'Stream', 'Summit', 'Throughway', 'Trace', 'Track', 'Trafficway', 'Tunnel', 'Underpass', 'Valley',
  'Valleys', 'Viaduct', 'Village', 'Villages', 'Ville', 'Walks', 'Wall', 'Ways', 'Well', 'Wells',
].filter((w) => !EN_SUFFIXES.includes(w));
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’-]*`;
// Locality words have at least two letters ("I" after "OULU NO." is the next sentence).
const LOC_CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+`;

const EN_NAME_WORD = String.raw`(?:${CAP}\.?|\d{1,3}(?:st|nd|rd|th))`;
export const EN_STREET_RE = compiledEagerly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.])\d{1,6}[A-Za-z]?(?: \d{1,5}[A-Za-z]?)? (?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.? )?(?:(?:${EN_NAME_WORD} ){0,4}(?:${EN_SUFFIX_ALT})|(?:${EN_NAME_WORD} ){1,4}(?:${EN_NAMED_SUFFIXES.join('|')}))\.?(?: (?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)\.?)?(?![\p{L}\p{N}])`,
    'gu',
  ),
);

// Unit words and honorifics never start a street-name word.
const NOT_UNIT = String.raw`(?!(?:Apt|Apartment|Suite|Ste|Unit|Room|Floor|Flat|Box|Mr|Mrs|Ms|Dr|Miss|Prof)\b)`;
// Lower-case words that occur inside street names: particles and street-type words.
const LOWER_STREET_WORD = String.raw`(?:do|da|de|del|della|di|dos|das|du|des|la|le|van|von|der|den|y|u\.|ul\.|utca|út|tér|körút|köz|sor|kapu|põik|tee|tn\.|str\.|gatan|gata|vej|vei|veien|allé|iela|ulica|cesta|rua|via|calle|rue)`;
// The street proper is group 1; the character before it is consumed rather than looked behind at,
// which V8 scans about 1.5× faster. That character can never end the previous match (a letter,
// digit or period), so the matches are the same as with a lookbehind.
export const EU_STREET_RE = compiledEagerly(
  new RegExp(
    String.raw`(?:^|[^\p{L}\p{N}.])((?:(?:ul|u|al|pl|str|av|avda|avd)\. ?)?${NOT_UNIT}${CAP}\.?(?: (?:${NOT_UNIT}${CAP}\.?|${LOWER_STREET_WORD})){0,3} \d{1,5}[A-Za-z]?(?:\.(?= |\n|,|$))?(?![\p{L}\p{N}]))`,
    'gu',
  ),
);
// French and Italian elided articles inside street names ("Avenue d'Ouchy", "Rue de l'Église").
const ELIDED = String.raw`(?:d|l|dell|all|sull)['’][\p{Lu}][\p{L}\p{M}'’-]*`;
// Number first, then a Romance or Slavic street-type word and the name ("31 Rue Al Imam Al Bakri",
// "12 Avenue d'Ouchy"; an English "12 Avenue Road" is also found by EN_STREET_RE, and the two merge).
export const PREFIX_TYPE_STREET_RE = compiledEagerly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.])\d{1,5}[A-Za-z]?,? (?:Rue|Rua|Rúa|Via|Viale|Calle|Avenida|Avenue|Av\.|Piazza|Strada|Carrer|Chemin|Boulevard|Bd\.?|Corso|Praça|Largo|Travessa|Camino|Paseo|Plaza|Ulica|ul\.)(?: (?:${CAP}|${ELIDED}|${LOWER_STREET_WORD})){1,5}(?![\p{L}\p{N}])`,
    'gu',
  ),
);
// Lower-case text ("hersnapvej 18"): only a word with a street-type ending counts. Found from
// each space-and-digit (a quick literal search) by checking the ending before it and the house
// number after it; the caller walks back to the start of the word. Matches cannot overlap (a
// house number is followed by neither letter nor digit), so this finds what one global regex
// over "(?:endings) \d{1,5}[a-z]?" would, without its slow scan for the alternation.
export const SPACE_DIGIT_RE = / \d/g;
export const LOWER_EU_ENDING_RE = /(?:tie|katu|vej|gade|gata|gatan|vägen|veien|straße|strasse|weg|gasse|straat|utca|ulica)$/u;
export const LOWER_EU_HOUSE_NUMBER_RE = /\d{1,5}[a-z]?(?![\p{L}\p{N}])/uy;
export const UNIT_RE = /(?<![\w])(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Flat|Box|Bldg|Building|Postbox)\.? ?#?\d{1,5}[A-Za-z]?(?![\w])/g;
// US military mail: unit/PSC/CMR and box, or a ship, then APO/FPO/DPO with AA/AE/AP and a ZIP.
export const MILITARY_RE = /(?<![\w])(?:(?:PSC|CMR|Unit) \d{3,5},? Box \d{3,5}|(?:USNS|USNV|USS|USCGC) [A-Z][a-z]+(?: [A-Z][a-z]+)?)\s{0,3}(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}(?![\w])/gi;
export const PO_BOX_RE = /(?<![\w])P\.? ?O\.? Box \d{1,6}(?![\w])/gi;

// What may follow a street on the same or the next lines: a unit, a city or region, a 2-letter
// code, a postcode (US ZIP, CA, UK, NL, PL, PT, SE/CZ forms).
const POSTCODE = String.raw`(?:\d{5}(?:-\d{4})?|\d{4}(?:-\d{3})?|\d{2}-\d{3}|\d{3} \d{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2})`;
export const LOCALITY_RE = compiledEagerly(
  new RegExp(
    String.raw`^(?:[ \t]*,?[ \t]*\n?[ \t>]*,?[ \t]*)((?:Apt|Apartment|Suite|Ste|Unit|Room|Floor|Flat|Box)\.? ?#?\d{1,5}[A-Za-z]?|${POSTCODE}|[\p{Lu}]{2,3}|${NOT_UNIT}${LOC_CAP}(?: (?:${NOT_UNIT}${LOC_CAP}|de|del|la|do|da|di|du|sur|am|an|im|le))*(?: \([^()\n]{1,40}\))?(?: ${POSTCODE})?)(?![\p{L}\p{N}])(?![ \t]*:)`,
    'u',
  ),
);
