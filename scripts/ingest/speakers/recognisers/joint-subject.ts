/**
 * `joint-subject`: two or more people as the subject of one verb: "Latvian
 * State Secretary Jane Doe and Lithuanian Vice-Minister John Roe both
 * underlined …", "Jane Doe and John Roe agreed …". Each is introduced with
 * what their own part of the subject says.
 */
import { startsWithReportingVerb } from '../lexicon.ts';
import { isPersonName, predicateAt, roleFirst, withoutHonorifics } from '../speakers.ts';
import { person, type Recogniser, type Speech } from './types.ts';

function one(part: string): Speech | undefined {
  const titled = roleFirst(`${part} spoke`);
  if (titled?.name.includes(' ')) return person(titled);
  const name = withoutHonorifics(part);
  return isPersonName(name) ? person({ name }) : undefined;
}

export const jointSubject: Recogniser = {
  name: 'joint-subject',
  description: 'Two or more people, each maybe with a title, joined by "and" before one reporting verb.',
  examples: [
    {
      text: 'Latvian State Secretary Anna Ozola and Lithuanian Vice-Minister Rasa Petraitė both underlined the risks.',
      speakers: [
        { name: 'Anna Ozola', country: 'LV' },
        { name: 'Rasa Petraitė', country: 'LT' },
      ],
    },
    { text: 'Brazil and Mexico stressed the role of forests.', speakers: [] },
  ],
  recognise({ sentence }) {
    const at = predicateAt(sentence.text);
    if (at <= 0) return undefined;
    const rest = sentence.text.slice(at).replace(/^(?:both|jointly|together)\s+/u, '');
    if (!startsWithReportingVerb(rest)) return undefined;
    const parts = sentence.text
      .slice(0, at)
      .trim()
      .split(/,\s+(?:and\s+)?|\s+and\s+/u);
    if (parts.length < 2) return undefined;
    const found = parts.map((part) => one(part));
    return found.every((speech) => speech !== undefined) ? found : undefined;
  },
};
