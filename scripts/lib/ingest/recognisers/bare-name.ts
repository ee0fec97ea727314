/**
 * `bare-name`: a full name and straight away what the person did, with no
 * role: "Jane Doe said …", "Speaking on behalf of the European Union,
 * Jane Doe stressed …".
 */
import nlp from 'compromise';
import { findCountry } from '../countries.ts';
import { honorifics, startsWithReportingVerb } from '../lexicon.ts';
import { isNameWord, isPersonName, withoutHonorifics } from '../speakers.ts';
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
    { text: 'Ms. Rojas added that funds were short.', speakers: [{ name: 'Rojas' }] },
    { text: 'Climate Finance Week stressed nothing.', speakers: [] },
  ],
  recognise({ sentence }) {
    const behalf = onBehalf.exec(sentence.text);
    const text = behalf?.[2] ?? sentence.text;
    const match = form.exec(text);
    if (!match?.[1] || !match[2] || !startsWithReportingVerb(match[2])) return undefined;
    // "Mr. Doe said": a surname after an honorific is a name too.
    const parts = match[1].split(/\s+/u);
    const titled = parts.length === 2 && honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, ''));
    const name = titled ? (parts[1] ?? '') : withoutHonorifics(match[1]);
    // With no title or descriptor to go by, the person detector must also read it as a name.
    const isName = titled ? isNameWord(name) : isPersonName(name) && nlp(name).people().found;
    if (!isName) return undefined;
    const delegation = behalf?.[1]?.replace(/^the\s+/iu, '') ?? null;
    return [person({ name, delegation, country: delegation ? (findCountry(delegation) ?? null) : null })];
  },
};
