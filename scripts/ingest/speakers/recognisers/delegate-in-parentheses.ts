/**
 * `delegate-in-parentheses`: a speaker with their delegation or affiliation
 * in brackets: "Mr. Doe (Kuwait) said …" (UN meetings coverage), "Ms. Doe
 * (Observer for Palestine) asked …", "Jane Doe (EPP, PL) asked …"
 * (parliaments), "Prof. Jane Doe (Example University) presented …".
 */
import { countryInBrackets } from '../countries.ts';
import { honorifics, isRoleWord } from '../lexicon.ts';
import { isNameWord, isPersonName, predicateAt } from '../speakers.ts';
import { fromCapitals } from '../../shape/text.ts';
import { person, type Recogniser } from './types.ts';

const form = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*)\s+\(([^)]{2,80})\),?\s+(.*)$/u;

export const delegateInParentheses: Recogniser = {
  name: 'delegate-in-parentheses',
  description: 'A name, a delegation or affiliation in brackets, then what they said ("Mr. Doe (Chile) said").',
  examples: [
    { text: 'Mr. Haddad (Lebanon) said that the text fell short.', speakers: [{ name: 'Haddad', country: 'LB' }] },
    { text: 'Ms. Nasser (Observer for Palestine) asked for a vote.', speakers: [{ name: 'Nasser', country: 'PS' }] },
    { text: 'Mr. KARIMOV (Uzbekistan) said the draft was balanced.', speakers: [{ name: 'Karimov', country: 'UZ' }] },
    { text: 'Lucia Rojas (Chile) welcomed the report.', speakers: [{ name: 'Lucia Rojas', country: 'CL' }] },
    {
      text: 'Anna Kowalska (EPP, PL) asked about cohesion funds.',
      speakers: [{ name: 'Anna Kowalska', country: 'PL' }],
    },
    {
      text: 'Prof. Lena Brandt (Technical University of Munich) presented new data.',
      speakers: [{ name: 'Lena Brandt', country: null }],
    },
    { text: 'Judge Tom Reed (OH) explained the docket.', speakers: [{ name: 'Tom Reed', country: null }] },
    { text: 'The Committee (Second) adjourned.', speakers: [] },
  ],
  recognise({ sentence }) {
    const match = form.exec(sentence.text);
    if (!match?.[1] || !match[2] || !match[3] || predicateAt(match[3]) !== 0) return undefined;
    const inside = match[2].trim();
    const country = countryInBrackets(inside);
    const parts = match[1].split(/\s+/u);
    const titled = honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, ''));
    const rest = titled ? parts.slice(1) : parts;
    // A title before the name is no part of it ("Judge Tom Reed (OH)").
    while (rest.length > 2 && isRoleWord(rest[0] ?? '')) rest.shift();
    const name = rest.join(' ');
    if (country) {
      // After an honorific, a surname in capitals ("Mr. HASANLI") is a name as UN press releases print it.
      const ok = titled
        ? name !== '' && rest.every((word) => isNameWord(word) || isNameWord(fromCapitals(word)))
        : isPersonName(name);
      return ok ? [person({ name, country, delegation: inside })] : undefined;
    }
    // No country: a full name with their organisation in brackets ("Prof. Jane Doe (Example University)");
    // a two-letter code is a state or a party, not an organisation, and gives nothing.
    if (!isPersonName(name)) return undefined;
    return [person({ name, organisation: /^[A-Z]{2}$/u.test(inside) ? null : inside })];
  },
};
