/**
 * `bare-name`: a full name and straight away what the person did, with no
 * role: "Jane Doe said …", "Speaking on behalf of the European Union,
 * Jane Doe stressed …".
 */
import { findCountry } from '../countries.ts';
import { startsWithReportingVerb } from '../lexicon.ts';
import { isPersonName, withoutHonorifics } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

const form = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’.-]*)\s+(.*)$/u;
const onBehalf = /^speaking (?:on behalf of|for) (.+?), (.*)$/iu;

export const bareName: Recogniser = {
  name: 'bare-name',
  description: 'A full name followed by a reporting verb, maybe after "Speaking on behalf of X,".',
  examples: [
    { text: 'Lucia Rojas stressed the cost of inaction.', speakers: [{ name: 'Lucia Rojas' }] },
    {
      text: 'Speaking on behalf of the African Group, Amina Diallo said the text was a start.',
      speakers: [{ name: 'Amina Diallo' }],
    },
    { text: 'Climate Finance Week stressed nothing.', speakers: [] },
  ],
  recognise({ sentence }) {
    const behalf = onBehalf.exec(sentence.text);
    const text = behalf?.[2] ?? sentence.text;
    const match = form.exec(text);
    if (!match?.[1] || !match[2] || !startsWithReportingVerb(match[2])) return undefined;
    const name = withoutHonorifics(match[1]);
    if (!isPersonName(name)) return undefined;
    const delegation = behalf?.[1]?.replace(/^the\s+/iu, '') ?? null;
    return [person({ name, delegation, country: delegation ? (findCountry(delegation) ?? null) : null })];
  },
};
