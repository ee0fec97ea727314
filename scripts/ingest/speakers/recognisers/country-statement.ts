/**
 * `country-statement`: a country (or several) speaking as a delegation
 * with no person named: "Australia noted …", "Brazil and Mexico stressed
 * …", "The European Union underlined …". Each country named is a
 * delegation; an organisation counts when its name says it is one.
 */
import { lookupCountry } from '../countries.ts';
import { honorifics, isInstitutionWord, startsWithReportingVerb } from '../lexicon.ts';
import { delegation, type Recogniser, type Speech } from './types.ts';

/** Capitalised words (with "of", "and", "the" between them) before a reporting verb. */
const subject =
  /^((?:The\s+)?[\p{Lu}][\p{L}.'’-]*(?:(?:\s+|,\s+)(?:and\s+|of\s+|the\s+|for\s+)*[\p{Lu}][\p{L}.'’-]*){0,8})\s+(.*)$/u;
/** Words in an organisation's name that make it one that can speak ("Union", "Nations"). */
const bodyWords = /\b(?:Union|Nations|Community|Bank|Fund|Organi[sz]ation|Commission|Council|Secretariat|Group)\b/u;

function speakers(text: string): Speech[] | undefined {
  const parts = text.split(/,\s+(?:and\s+)?|\s+and\s+/u).map((part) => part.trim());
  const found: Speech[] = [];
  for (const part of parts) {
    // "Mr. Jane Doe of the X Agency presented …" is a person, not the agency.
    if (honorifics.has((part.split(/\s+/u)[0] ?? '').toLowerCase().replace(/\.$/u, ''))) return undefined;
    const country = lookupCountry(part);
    if (country) found.push(delegation(part, country));
    else if (bodyWords.test(part) || part.split(/\s+/u).some((word) => isInstitutionWord(word)))
      found.push(delegation(part, null));
    else return undefined;
  }
  return found.length > 0 ? found : undefined;
}

export const countryStatement: Recogniser = {
  name: 'country-statement',
  description: 'Countries or an organisation as the subject of a reporting verb, no person named ("Australia noted").',
  examples: [
    {
      text: 'Australia noted that it had raised its target.',
      speakers: [{ name: 'Australia', kind: 'delegation', country: 'AU' }],
    },
    {
      text: 'Brazil and Mexico stressed the role of forests.',
      speakers: [
        { name: 'Brazil', kind: 'delegation', country: 'BR' },
        { name: 'Mexico', kind: 'delegation', country: 'MX' },
      ],
    },
    {
      text: 'The European Union underlined its pledge.',
      speakers: [{ name: 'European Union', kind: 'delegation', country: null }],
    },
    { text: 'Participants stressed the urgency.', speakers: [] },
  ],
  recognise({ sentence }) {
    const match = subject.exec(sentence.text);
    if (!match?.[1] || !match[2] || !startsWithReportingVerb(match[2])) return undefined;
    return speakers(match[1]);
  },
};
