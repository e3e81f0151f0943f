// Street vocabulary shared by the address and person recognisers: whole street-type words used
// across Europe and the Americas, and the endings of compound street names (Finnish -tie/-katu,
// Danish -vej/-gade, Swedish/Norwegian -gata/-vägen/-veien, German -straße/-weg, Dutch -straat).

const STREET_TYPE_WORDS = new Set([
  'rua', 'rúa', 'via', 'viale', 'piazza', 'piazzetta', 'corso', 'strada', 'calle', 'carrer', 'rue', 'avenida', 'avenue',
  'chemin', 'allée', 'quai', 'praça', 'largo', 'travessa', 'ulica', 'ulice', 'utca', 'út', 'tér', 'u.', 'ul.', 'str.', 'str',
  'cesta', 'trg', 'iela', 'gatve', 'tee', 'sokak', 'caddesi', 'yolu', 'οδός', 'námestie', 'náměstí', 'plein', 'allee', 'platz',
  'camino', 'paseo', 'plaza', 'körút', 'köz', 'sor', 'kapu', 'põik',
  // Abbreviations: Spanish avenida, Portuguese/Italian/French av., German/Romanian str.
  'avda', 'avda.', 'avd', 'avd.', 'av.', 'pza', 'pza.',
]);

const COMPOUND_ENDING_RE = /(?:tie|katu|kuja|polku|vej|gade|gata|gatan|vägen|väg|veien|vegen|straße|strasse|weg|allee|gasse|platz|ring|laan|straat|plein|gracht|kade|stien|graben|gränd)$/iu;

/** Street-type words that end a run of capitalised words in English addresses ("Eriksson Bridge"). */
export const EN_STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'trail', 'bridge', 'square', 'terrace', 'parkway',
  'highway', 'crescent', 'gateway', 'route', 'str', 'ext', 'pass', 'union', 'squares', 'streets', 'circle', 'plaza', 'alley',
  'mews', 'walk', 'drive', 'lane', 'court', 'place', 'way', 'summit', 'crossing', 'expressway', 'freeway', 'turnpike', 'pike',
]);

/**
 * Whether one word marks a street name: a street-type word, or a compound ending on a word that is
 * long enough to be a compound and is not an ordinary English word ("During" ends in -ring).
 */
export function isStreetWord(word: string, isEnglish: (lower: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (STREET_TYPE_WORDS.has(lower)) return true;
  const m = COMPOUND_ENDING_RE.exec(lower);
  return m !== null && lower.length >= m[0].length + 3 && !isEnglish(lower);
}
