/**
 * Country lookup built once from `world-countries`: common and official
 * names, alternative spellings, demonyms ("Danish"), possessives
 * ("Kenya's") and dotted abbreviations ("U.S."). Every key is indexed in a
 * Map, so a lookup costs one Map access per candidate phrase.
 */
import worldCountries from 'world-countries';

export interface Country {
  /** ISO 3166-1 alpha-2 (Kosovo: `XK`). */
  code: string;
  /** English short name. */
  name: string;
}

/** Longest country phrase, in words ("Saint Vincent and the Grenadines"). */
const maxWords = 6;

function normalise(phrase: string): string {
  return phrase
    .replace(/[’']s$/u, '')
    .replace(/’/gu, "'")
    .replace(/^the\s+/iu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

function buildIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  const add = (key: string, country: Country) => {
    const normal = normalise(key);
    if (normal.length > 1 && !index.has(normal)) index.set(normal, country);
  };
  // UN members first: a demonym shared with a territory ("French", "Dutch", "American") names the member state.
  const members = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const entry of members) {
    const country = { code: entry.cca2, name: entry.name.common };
    add(entry.name.common, country);
    add(entry.name.official, country);
    const english = entry.demonyms?.['eng'];
    for (const demonym of english ? [english.f, english.m] : []) add(demonym, country);
  }
  // Alternative spellings after names and demonyms, so that a spelling shared
  // with another country's name never shadows it.
  for (const entry of worldCountries) {
    const country = { code: entry.cca2, name: entry.name.common };
    for (const spelling of entry.altSpellings) {
      // Two-letter codes ("IN", "IT") are ordinary words; only their dotted
      // form ("U.S.") counts, which `lookupCountry` folds into the code.
      if (/^[A-Z]{2}$/u.test(spelling)) {
        if (!index.has(`code:${spelling}`)) index.set(`code:${spelling}`, country);
      } else if (/^[\p{Lu}\p{Ll}][\p{L} .'-]+$/u.test(spelling)) add(spelling, country);
    }
  }
  return index;
}

const index = buildIndex();
const byCode = new Map<string, Country>([...index.values()].map((country) => [country.code, country]));

/** The country a whole phrase names, or `undefined`: "Kenya", "the Netherlands", "Danish", "Australia's", "U.S.". */
export function lookupCountry(phrase: string): Country | undefined {
  const trimmed = phrase.trim();
  const dotted = /^((?:\p{Lu}\.){2,3})(?:[’']s)?$/u.exec(trimmed);
  if (dotted?.[1]) {
    const letters = dotted[1].replaceAll('.', '');
    return index.get(`code:${letters}`) ?? index.get(letters.toLowerCase());
  }
  // Lowercase words are never country names ("chad" the noun is not Chad).
  if (!/^\p{Lu}/u.test(trimmed.replace(/^the\s+/iu, ''))) return undefined;
  return index.get(normalise(trimmed));
}

/** A country by its alpha-2 code (used for curated values). */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

/**
 * The first country mentioned anywhere in `text`, by name, demonym,
 * possessive or dotted abbreviation. Scans word n-grams, longest first.
 */
export function findCountry(text: string): Country | undefined {
  const words = text.split(/[\s,;:()]+/u).filter(Boolean);
  for (let start = 0; start < words.length; start += 1) {
    for (let length = Math.min(maxWords, words.length - start); length >= 1; length -= 1) {
      const country = lookupCountry(words.slice(start, start + length).join(' '));
      if (country) return country;
    }
  }
  return undefined;
}

/** Member-state codes the EU's institutions print that are not ISO 3166 ("EL" for Greece, "UK"). */
const euCodes: Record<string, string> = { EL: 'GR', UK: 'GB' };

/**
 * The country a bracket after a name gives: a country's name ("(Chile)", "(Observer for Palestine)"),
 * or, after a group, a member-state code as parliaments print it ("(EPP, PL)", "(S&D, EL)").
 * A code alone ("(GA)", "(OH)") is not read: it may be a state or a party.
 */
export function countryInBrackets(inside: string): Country | undefined {
  const named = findCountry(inside);
  if (named) return named;
  const code = /,\s*([A-Z]{2})$/u.exec(inside.trim())?.[1];
  return code ? countryByCode(euCodes[code] ?? code) : undefined;
}
