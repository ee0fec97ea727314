/**
 * `delegate-in-parentheses`: UN meetings-coverage style, a delegate with
 * their delegation in parentheses: "Mr. Doe (Kuwait) said …",
 * "Ms. Doe (Observer for Palestine) asked …", "Jane Doe (Chile) noted …".
 */
import { findCountry } from '../countries.ts';
import { honorifics } from '../lexicon.ts';
import { isNameWord, isPersonName, predicateAt } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

const form = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*)\s+\(([^)]{2,80})\),?\s+(.*)$/u;

export const delegateInParentheses: Recogniser = {
  name: 'delegate-in-parentheses',
  description: 'A delegate\'s name, their delegation in parentheses, then what they said ("Mr. Doe (Chile) said").',
  examples: [
    { text: 'Mr. Haddad (Lebanon) said that the text fell short.', speakers: [{ name: 'Haddad', country: 'LB' }] },
    { text: 'Ms. Nasser (Observer for Palestine) asked for a vote.', speakers: [{ name: 'Nasser', country: 'PS' }] },
    { text: 'Lucia Rojas (Chile) welcomed the report.', speakers: [{ name: 'Lucia Rojas', country: 'CL' }] },
    { text: 'Judge Tom Reed (OH) explained the docket.', speakers: [] },
  ],
  recognise({ sentence }) {
    const match = form.exec(sentence.text);
    if (!match?.[1] || !match[2] || !match[3] || predicateAt(match[3]) !== 0) return undefined;
    const country = findCountry(match[2]);
    if (!country) return undefined;
    const parts = match[1].split(/\s+/u);
    const titled = honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, ''));
    const name = (titled ? parts.slice(1) : parts).join(' ');
    const ok = titled ? name !== '' && name.split(' ').every((word) => isNameWord(word)) : isPersonName(name);
    return ok ? [person({ name, country, delegation: match[2].trim() })] : undefined;
  },
};
