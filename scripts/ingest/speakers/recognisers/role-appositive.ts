/**
 * `role-appositive`: the role first, the name set off by commas:
 * "The Mayor of Montreal, Jane Doe, said …", "The Office of X's (OX)
 * Director, Jane Doe, announced …".
 */
import { readRolePhrase } from '../descriptors.ts';
import { lookupCity } from '../cities.ts';
import { countryInBrackets, lookupCountry } from '../countries.ts';
import { descriptorWords, isRoleWord } from '../lexicon.ts';
import { isPersonName, predicateAt, segments, withoutHonorifics } from '../speakers.ts';
import { words } from '../../shape/text.ts';
import { person, type Recogniser, type Speech } from './types.ts';

/** Longest role phrase before the name, in words. */
const maxRoleWords = 14;
const possessive = /^(.+?)[’']s\s+(?:(\([^)]+\))\s+)?(.+)$/u;

function roleOf(phrase: string): Pick<Speech, 'role' | 'organisation' | 'city' | 'country'> {
  const owner = possessive.exec(phrase);
  if (
    owner?.[1] &&
    owner[3] &&
    words(owner[3])
      .slice(0, 3)
      .some((word) => isRoleWord(word))
  ) {
    // "Kenya's Minister", "Lyon's Deputy Mayor", "the Office's Director".
    const country = lookupCountry(owner[1]);
    const city = country ? undefined : lookupCity(owner[1]);
    if (country || city)
      return {
        role: owner[3],
        organisation: null,
        city: city?.name ?? null,
        country: country ?? city?.country ?? null,
      };
    return { role: owner[3], organisation: [owner[1], owner[2]].filter(Boolean).join(' '), city: null, country: null };
  }
  return readRolePhrase(phrase);
}

export const roleAppositive: Recogniser = {
  name: 'role-appositive',
  description: 'A role phrase, then the name between commas, then what the speaker said.',
  examples: [
    {
      text: 'The Mayor of Montreal, Jeanne Tremblay, said the city had acted.',
      speakers: [{ name: 'Jeanne Tremblay', country: 'CA', role: 'Mayor' }],
    },
    {
      text: 'The Office of Drug Policy’s (ODP) Director, Sam Reyes, opened the meeting.',
      speakers: [{ name: 'Sam Reyes', role: 'Director' }],
    },
    { text: 'The Mayor of Montreal, in a video message, said thanks.', speakers: [] },
  ],
  recognise({ sentence }) {
    const [rolePart, namePart] = segments(sentence.text);
    if (!rolePart || !namePart) return undefined;
    const phrase = rolePart.replace(/^the\s+/iu, '');
    const roleWords = words(phrase);
    if (!/^\p{Lu}/u.test(phrase) || roleWords.length > maxRoleWords || !roleWords.some((word) => isRoleWord(word)))
      return undefined;
    // A role phrase is a title, not a clause: its lowercase words are role words or joining words
    // ("Mayor of X", "Secretary at the Ministry"), never a verb ("She regretted that the rapporteur").
    if (!roleWords.every((word) => /^[\p{Lu}(&]/u.test(word) || isRoleWord(word) || descriptorWords.has(word)))
      return undefined;
    // "The Chair, Jane Doe (EPP, PL), opened …": the bracket gives the country.
    const bracket = /^(.+?)\s*\(([^)]+)\)$/u.exec(namePart);
    const name = withoutHonorifics(bracket?.[1] ?? namePart);
    if (!isPersonName(name)) return undefined;
    const after = sentence.text.slice(sentence.text.indexOf(namePart) + namePart.length).replace(/^,\s*/u, '');
    if (predicateAt(after) !== 0) return undefined;
    const role = roleOf(phrase);
    const country = bracket?.[2] ? countryInBrackets(bracket[2]) : undefined;
    return [person({ name, ...role, country: country ?? role.country })];
  },
};
