/**
 * The grammar the recognisers (`recognisers/`) share: what a person's name
 * is, where a descriptor ends and the predicate starts, and the two main
 * shapes of an introduction:
 * - name first: "Name, Role, Organisation, Country, said …" (also "Name - Role, …",
 *   "Name, the Role of Organisation in Country, …");
 * - role first: "Country's Role Name …", "Demonym Organisation Role Name …",
 *   "Role Surname of Country, …".
 */
import type { Country } from './countries.ts';
import { peopleIn } from './person-detector.ts';
import { lookupCity } from './cities.ts';
import { countryInBrackets, findCountry, lookupCountry } from './countries.ts';
import { readDescriptor, readRolePhrase } from './descriptors.ts';
import {
  descriptorWords,
  honorifics,
  isInstitutionWord,
  isRoleWord,
  nameParticles,
  openingClauseWords,
  sentenceStarters,
  startsWithReportingVerb,
  subjectWords,
} from './lexicon.ts';
import { fromCapitals, words } from '../shape/text.ts';

export interface Introduction {
  /** Name as printed, without emphasis or honorifics. */
  name: string;
  role: string | null;
  organisation: string | null;
  city: string | null;
  country: Country | null;
}

/** Longest descriptor between a name and what the speaker said, in words. */
const maxDescriptorWords = 30;
/** Words of an opening clause before an introduction ("In his closing remarks,"). */
const maxOpeningWords = 8;

export function bare(word: string): string {
  return word.replace(/^[("“'‘*]+|[)"”'’*,.;:]+$/gu, '');
}

export function isNameWord(word: string): boolean {
  if (nameParticles.has(word)) return true;
  // U+FFFD stands for a letter that could not be decoded ("Tom\uFFFDs"): still part of the name.
  if (!/^\p{Lu}[\p{L}\uFFFD'’.-]*$/u.test(word)) return false;
  // A possessive ("Bogotá's", "the IDB's") owns what follows; it is not a name.
  if (/[’']s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return (
    !isRoleWord(word) &&
    !isInstitutionWord(word) &&
    !subjectWords.has(lower) &&
    !/^\p{Lu}{2,}$/u.test(word.replaceAll('.', ''))
  );
}

/** A person's name: two to five name words, first and last capitalised, not a place. */
export function isPersonName(text: string): boolean {
  // A name printed all in capitals ("JANE DOE-ROE", as UN press releases print them) reads as in Title Case.
  const titleCase = /\p{Ll}/u.test(text) ? text : fromCapitals(text);
  if (titleCase !== text) return isPersonName(titleCase);
  const parts = words(text);
  if (parts.length < 2 || parts.length > 5) return false;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (sentenceStarters.has(first.toLowerCase()) || nameParticles.has(first) || nameParticles.has(last)) return false;
  if (honorifics.has(first.toLowerCase().replace(/\.$/u, ''))) return false;
  // A word that ends a sentence ("Geneva.") is no part of a name; initials ("F.") and "Jr." are.
  if (parts.some((word) => /\p{L}{2}\.$/u.test(word) && !/^(?:Jr|Sr|St)\.$/u.test(word))) return false;
  // A surname printed in capitals ("SY") is still a name word once the first word is a name.
  const ok = parts.every(
    (word, index) =>
      isNameWord(word) || (index > 0 && /^\p{Lu}{2,}$/u.test(word)) || isInitials(word, parts[index + 1]),
  );
  return ok && !lookupCountry(text) && !lookupCity(text);
}

/** "Dr. Jane Doe" → "Jane Doe". */
export function withoutHonorifics(name: string): string {
  const parts = words(name);
  while (parts.length > 2 && honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, ''))) parts.shift();
  return parts.join(' ');
}

/** A capitalised word that may qualify a following role word ("Assistant", "Interior"): not a country, acronym or institution. */
function isRoleModifier(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !/[’']s$/u.test(word) && !isInstitutionWord(word) && !lookupCountry(word);
}

/**
 * Where a leading role starts, given its first role word: modifiers before it
 * belong to the role ("Assistant Secretary"), unless they are the subject of
 * an institution ("Ministry of Foreign Affairs Under-Secretary").
 */
function roleStart(prefix: string[], roleWordAt: number): number {
  let start = roleWordAt;
  while (start > 0 && isRoleModifier(prefix[start - 1] ?? '')) start -= 1;
  if (start > 0 && descriptorWords.has(prefix[start - 1] ?? '')) {
    while (start < roleWordAt && subjectWords.has((prefix[start] ?? '').toLowerCase())) start += 1;
  }
  return start;
}

/** Where the predicate starts: the first lowercase word that cannot stand in a descriptor. */
export function predicateAt(text: string): number {
  let depth = 0;
  for (const match of text.matchAll(/\S+/gu)) {
    const word = match[0];
    const clean = bare(word);
    const closes = (word.match(/\)/gu) ?? []).length;
    const opens = (word.match(/\(/gu) ?? []).length;
    if (
      depth === 0 &&
      /^\p{Ll}/u.test(clean) &&
      !descriptorWords.has(clean) &&
      !isRoleWord(clean) &&
      !/^[*_]?(?:\p{Ll}\.)+[*_]?,?$/u.test(word)
    ) {
      return match.index;
    }
    depth = Math.max(0, depth + opens - closes);
  }
  return -1;
}

/** Split at commas outside parentheses. */
export function segments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** "Name, descriptor[,] predicate" or "Name - descriptor predicate"; `whole` when the text is only name and descriptor. */
export function nameFirst(text: string, whole: boolean): Introduction | undefined {
  // The first separator outside brackets: "Jane Doe (EPP, PL), Member, said".
  const opening = /^[^,(]*\([^)]*\)/u.exec(text)?.[0].length ?? 0;
  const found = /,\s+|\s+[-–—]\s+/u.exec(text.slice(opening));
  const separator = found && { index: found.index + opening, 0: found[0] };
  if (!separator) return undefined;
  const bracket = /^(.+?)\s*\(([^)]+)\)$/u.exec(text.slice(0, separator.index).trim());
  const printed = withoutHonorifics(bracket?.[1] ?? text.slice(0, separator.index).trim());
  // A title before the name ("Ambassador Jane Doe, Ambassador of X, said") is left out of it.
  const titled = words(printed);
  while (titled.length > 2 && isRoleWord(titled[0] ?? '')) titled.shift();
  const name = isPersonName(printed) ? printed : titled.join(' ');
  if (!isPersonName(name)) return undefined;
  const rest = text.slice(separator.index + separator[0].length);
  const predicate = whole ? rest.length : predicateAt(rest);
  // "Name, an emergency physician at X, said": a lowercase aside, then the predicate after its comma.
  const lowercase = predicate > 0 && !/\p{Lu}/u.test(rest.slice(0, predicate));
  const at = !whole && (predicate <= 0 || lowercase) ? reportedAfterAside(rest) : predicate;
  if (at <= 0) return undefined;
  const descriptor = rest.slice(0, at).trim().replace(/,$/u, '');
  if (words(descriptor).length > maxDescriptorWords || !/\p{Lu}/u.test(descriptor)) return undefined;
  const read = readDescriptor(segments(descriptor));
  const country = bracket?.[2] ? countryInBrackets(bracket[2]) : undefined;
  return { name, ...read, country: country ?? read.country };
}

/**
 * Where the predicate starts after a lowercase aside ("an emergency physician at X, said …"):
 * after the first or second comma, when a reporting verb follows it; else -1.
 */
function reportedAfterAside(rest: string): number {
  let at = -1;
  for (let comma = 0; comma < 2; comma += 1) {
    at = rest.indexOf(', ', at + 1);
    if (at < 0) return -1;
    if (startsWithReportingVerb(rest.slice(at + 2))) return at + 2;
  }
  return -1;
}

/** ", Jr." and ", Sr." belong to the name before them: "Robert Doe, Jr., said" → "Robert Doe Jr. said". */
export function withSuffixesJoined(text: string): string {
  return text.replace(/,\s+(Jr|Sr)\.?,?(?=\s)/gu, ' $1.');
}

/** A trailing "of Country" or "of City" after a name ("President Jane Doe of Ghana"): the place and the words before it. */
function ofPlace(prefix: string[]): { prefix: string[]; country: Country | undefined; city: string | undefined } {
  for (let length = 1; length <= 4 && length < prefix.length - 1; length += 1) {
    const at = prefix.length - length;
    if (prefix[at - 1] !== 'of') continue;
    const phrase = prefix.slice(at).join(' ');
    const country = lookupCountry(phrase);
    if (country) return { prefix: prefix.slice(0, at - 1), country, city: undefined };
    const city = lookupCity(phrase);
    if (city) return { prefix: prefix.slice(0, at - 1), country: city.country, city: city.name };
  }
  return { prefix, country: undefined, city: undefined };
}

/** Initials printed in capitals inside a name ("JT" in "JT Doe"): a name word when a name word follows. */
function isInitials(word: string, next: string | undefined): boolean {
  return /^\p{Lu}{2}$/u.test(word) && next !== undefined && isNameWord(next);
}

/** Where the name starts among the words after the role: what a person detector reads as a name, else the last two words. */
function nameStartAfterSubject(prefix: string[], from: number): number {
  const run = prefix.slice(from).join(' ');
  const found = peopleIn(run)
    .map((name: string) => name.replace(/[,—–-]+$/u, '').trim())
    .find((name: string) => run.endsWith(name) || run.includes(`${name} `));
  if (found) {
    const start = prefix.length - words(run.slice(run.indexOf(found))).length;
    const clean = prefix.slice(start).filter((word) => !isRoleWord(word));
    if (clean.length >= 2 && start > from) return prefix.length - clean.length;
  }
  return Math.max(from, prefix.length - 2);
}

/**
 * "Country's Role Name said …", "Demonym Organisation Role Name said …",
 * "Role Surname of Country, …, stressed …", "Role Name said …".
 */
export function roleFirst(input: string): Introduction | undefined {
  const text = withSuffixesJoined(input);
  const at = predicateAt(text);
  if (at <= 0) return undefined;
  const all = words(text.slice(0, at));
  // An appositive may follow the name: "Prime Minister Doe of Ghana, representing X, stressed".
  const lastComma = all.findIndex((word) => word.endsWith(','));
  if (lastComma >= 0 && lastComma !== all.length - 1 && !/^\p{Ll}/u.test(all[lastComma + 1] ?? '')) return undefined;
  const beforeAppositive = lastComma >= 0 ? all.slice(0, lastComma + 1).map((word) => word.replace(/,$/u, '')) : all;
  const { prefix, country: trailingCountry, city: trailingCity } = ofPlace(beforeAppositive);
  if (prefix.length < 2) return undefined;
  const roleWordAt = prefix.findIndex((word) => isRoleWord(word));
  if (roleWordAt < 0) return undefined;
  let nameAt = prefix.length;
  while (
    nameAt > roleWordAt + 1 &&
    (isNameWord(prefix[nameAt - 1] ?? '') || isInitials(prefix[nameAt - 1] ?? '', prefix[nameAt]))
  )
    nameAt -= 1;
  // After "of"/"for"/"and", the role's subject comes first: "Minister of Public Safety Jane Doe".
  const before = prefix[nameAt - 1]?.toLowerCase() ?? '';
  if (descriptorWords.has(before)) nameAt = Math.max(nameAt, nameStartAfterSubject(prefix, nameAt));
  const roleAt = roleStart(prefix, roleWordAt);
  const name = withoutHonorifics(prefix.slice(nameAt).join(' '));
  // A surname alone counts only right after a title: "President Doe", "Secretary of State Doe".
  const surnameOnly =
    nameAt === prefix.length - 1 &&
    !descriptorWords.has(before) &&
    isNameWord(name) &&
    !lookupCountry(name) &&
    !lookupCity(name);
  if (nameAt <= roleAt || !(isPersonName(name) || surnameOnly)) return undefined;
  const phrase = readRolePhrase(prefix.slice(roleAt, nameAt).join(' '));
  const { country, organisation, city } = readLead(prefix.slice(0, roleAt));
  return {
    name,
    ...phrase,
    organisation: [organisation, phrase.organisation].filter(Boolean).join(', ') || null,
    city: trailingCity ?? city ?? phrase.city,
    country: trailingCountry ?? country ?? phrase.country,
  };
}

/** Words before a leading role: a country ("Australia's", "U.S."), then an organisation ("Danish Ministry of …"). */
function readLead(lead: string[]): { country: Country | null; organisation: string | null; city: string | null } {
  const [first = '', ...rest] = lead;
  const owner = first.replace(/[’']s$/u, '');
  const possessive = /[’']s$|^(?:\p{Lu}\.)+$/u.test(first) ? lookupCountry(first) : undefined;
  // "Bogotá's Finance Secretary", "Guadalajara Mayor": a city's office is in that city.
  const ownerCity = possessive || rest.length > 0 || !/^\p{Lu}\p{Ll}/u.test(owner) ? undefined : lookupCity(owner);
  if (ownerCity) return { country: ownerCity.country, organisation: null, city: ownerCity.name };
  const organisation = (possessive ? rest : lead).join(' ') || null;
  const whole = organisation ? lookupCountry(organisation) : undefined;
  if (whole) return { country: whole, organisation: null, city: null };
  return {
    country: possessive ?? (organisation ? (findCountry(organisation) ?? null) : null),
    organisation,
    city: null,
  };
}

export function afterOpeningClause(text: string): string | undefined {
  const comma = text.indexOf(', ');
  if (comma < 0) return undefined;
  const clause = words(text.slice(0, comma));
  if (!opensClause(text) || clause.length > maxOpeningWords) return undefined;
  return text.slice(comma + 2);
}

/**
 * Whether a sentence opens with a clause before its subject: a clause word ("In", "Today"), a
 * gerund ("Introducing the report, …", "Speaking for the Group, …") or "As"/"After"/"Following".
 */
export function opensClause(text: string): boolean {
  const first = (words(text)[0] ?? '').replace(/\P{L}+/gu, '');
  const lower = first.toLowerCase();
  return (
    openingClauseWords.has(lower) ||
    /^\p{Lu}\p{Ll}{3,}ing$/u.test(first) ||
    /^(?:as|after|before|following|with|for)$/u.test(lower)
  );
}
