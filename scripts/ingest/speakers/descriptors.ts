/**
 * Reads a speaker's descriptor ("the acting Director of the X Center in
 * Kenya", "Head, Y Unit, Z", "Mayor of Calgary, Canada") into role,
 * organisation, city and country. Countries and cities come from the data
 * packages; the lexicon only says which words make roles and institutions.
 */
import { lookupCity } from './cities.ts';
import { findCountry, lookupCountry, type Country } from './countries.ts';
import { civicOffices, isInstitutionWord, isRoleWord } from './lexicon.ts';
import { words } from '../shape/text.ts';

export interface Descriptor {
  role: string | null;
  organisation: string | null;
  city: string | null;
  country: Country | null;
}

/** Connectors between a role and its institution, tried left to right. */
const connector = /\s+(?:of|at|in|with|for)\s+(?:the\s+)?/gu;
/** A trailing "in <Country>" ("… Center in Kenya"): the last " in " and what follows. */
const inCountry = /^.*\s+in\s+((?:the\s+)?\p{Lu}[\p{L} .'’-]*)$/u;
/** Tiny qualifiers that belong to the role before them ("a.i.", "ad interim"). */
const qualifier = /^(?:\p{Ll}\.)+$|^ad interim$|^acting$/u;

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&/-]+$/u.test(word);
}

/** Whether text starts with an institution's name: an institution word before any connector ("Center for …"). */
function startsWithInstitution(text: string): boolean {
  for (const word of words(text)) {
    if (/^(?:of|for|in|at|on|to|with)$/u.test(word)) return false;
    if (isInstitutionWord(word.replace(/[(),]/gu, ''))) return true;
  }
  return false;
}

interface RolePhrase {
  role: string | null;
  organisation: string | null;
  city: string | null;
  country: Country | null;
}

/** Split a role phrase into role, institution and place. */
export function readRolePhrase(phrase: string): RolePhrase {
  let text = phrase.trim().replace(/^the\s+/iu, '');
  let country: Country | null = null;
  let organisation: string | null = null;
  let city: string | null = null;

  const tail = inCountry.exec(text);
  const tailCountry = tail?.[1] ? lookupCountry(tail[1]) : undefined;
  if (tail?.[1] && tailCountry) {
    country = tailCountry;
    text = text.slice(0, text.lastIndexOf(' in '));
  }

  // Words before the first role word: a country ("Australia's", "U.S.") or an acronym ("SCN").
  const all = words(text);
  const roleAt = all.findIndex((word) => isRoleWord(word));
  if (roleAt > 0) {
    const prefix = all.slice(0, roleAt).join(' ');
    const prefixCountry = lookupCountry(prefix);
    // "São Paulo's Secretary for …": a city's office is in that city.
    const prefixCity = prefixCountry ? undefined : lookupCity(prefix.replace(/[’']s$/u, ''));
    if (prefixCountry) country ??= prefixCountry;
    else if (prefixCity && /[’']s$/u.test(prefix)) {
      city = prefixCity.name;
      country ??= prefixCity.country;
      organisation = null;
    } else if (all.slice(0, roleAt).every((word) => isAcronym(word))) organisation = prefix;
    if (prefixCountry || organisation || city) text = all.slice(roleAt).join(' ');
  }

  for (const match of text.matchAll(connector)) {
    const role = text.slice(0, match.index) || null;
    const right = text.slice(match.index + match[0].length);
    if (startsWithInstitution(right)) {
      organisation = organisation ? `${organisation}, ${right}` : right;
      // "Permanent Representative of Finland to the OSCE and Chair of the Council": the country the role is of.
      return { role, organisation, city, country: country ?? countryAfterOf(role ?? '') ?? null };
    }
    const place = lookupCity(right);
    const head =
      words(role ?? '')
        .at(-1)
        ?.toLowerCase() ?? '';
    const civic = /^of\b/u.test(match[0].trim()) && civicOffices.has(head);
    if (place || civic) {
      city = place?.name ?? right;
      country ??= place?.country ?? null;
      return { role, organisation, city, country };
    }
  }
  // "Ambassador of India to the United States": the country the role is of.
  country ??= countryAfterOf(text) ?? null;
  return { role: text || null, organisation, city, country };
}

/** The country named right after the first "of" in a role ("Ambassador of India to …" → India). */
function countryAfterOf(text: string): Country | undefined {
  const after = /\bof\s+((?:the\s+)?\p{Lu}.*)$/u.exec(text)?.[1];
  if (!after) return undefined;
  const parts = words(after);
  for (let length = Math.min(4, parts.length); length >= 1; length -= 1) {
    const country = lookupCountry(parts.slice(0, length).join(' '));
    if (country) return country;
  }
  return undefined;
}

/** Words that make an organisation a city's own ("Kumasi Metropolitan Assembly", "Lyon City Council"). */
const civicWords = /\b(?:Metropolitan|Municipal|Municipality|City|County|Borough|Assembly|Council|Prefecture)\b/u;

/** The country of the city a civic body is named after, if it is one. */
function civicCityCountry(organisation: string): Country | undefined {
  if (!civicWords.test(organisation)) return undefined;
  for (const word of words(organisation)) {
    if (civicWords.test(word) || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const place = lookupCity(word);
    if (place) return place.country;
  }
  return undefined;
}

/** Read descriptor segments (split at commas): role phrase, organisations, city, country. */
export function readDescriptor(segments: string[]): Descriptor {
  let role: string | null = null;
  const organisations: string[] = [];
  let city: string | null = null;
  let country: Country | null = null;
  let cityCountry: Country | null = null;

  for (const raw of segments) {
    const segment = raw.trim();
    if (!segment) continue;
    if (role && qualifier.test(segment)) {
      role = `${role}, ${segment}`;
      continue;
    }
    const named = lookupCountry(segment);
    if (named) {
      country ??= named;
      continue;
    }
    const place = lookupCity(segment);
    if (place && (role || organisations.length > 0)) {
      city ??= place.name;
      cityCountry ??= place.country;
      continue;
    }
    if (role === null && (organisations.length === 0 || words(segment).some((word) => isRoleWord(word)))) {
      const phrase = readRolePhrase(segment);
      role = phrase.role;
      if (phrase.organisation) organisations.push(phrase.organisation);
      city ??= phrase.city;
      country ??= phrase.country;
      continue;
    }
    organisations.push(segment);
  }

  const organisation = organisations.join(', ') || null;
  const cityOfOrganisation =
    organisation && /^(?:City|Municipality|Town|Borough) of (\p{Lu}.*)$/u.exec(organisation)?.[1];
  if (!city && cityOfOrganisation) city = lookupCity(cityOfOrganisation)?.name ?? cityOfOrganisation;
  country ??=
    (organisation && findCountry(organisation)) ||
    cityCountry ||
    (city && lookupCity(city)?.country) ||
    (organisation && civicCityCountry(organisation)) ||
    // Last, a country the role names ("Head of Security at Georgian State Grid", "… (Tajikistan)").
    (role && findCountry(role)) ||
    null;
  return { role, organisation: organisation === city ? null : organisation, city, country };
}
