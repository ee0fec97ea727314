/**
 * `bare-name`: a full name and straight away what the person did, with no
 * role: "Jane Doe said …", "Speaking on behalf of the European Union,
 * Jane Doe stressed …".
 */
import { isPersonByDetector } from '../person-detector.ts';
import { findCountry } from '../countries.ts';
import { honorifics, startsWithReportingVerb } from '../lexicon.ts';
import { isNameWord, isPersonName } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

const nameWords = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’.-]*`;
const orgWords = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}[\p{Lu}][\p{L}'’.-]*`;
const form = new RegExp(String.raw`^(${nameWords}(?:\s+of\s+(?:the\s+)?${orgWords})?)\s+(.*)$`, 'u');
/** "Jane Doe of the Danish Energy Agency presented …": the organisation after "of". */
const ofOrganisation = /^(.+?)\s+of\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}[\p{Lu}][\p{L}'’.-]*)$/u;
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
    {
      text: 'Mr. Lars Holm of the Danish Energy Agency presented new rules.',
      speakers: [{ name: 'Lars Holm', country: 'DK' }],
    },
    { text: 'Climate Finance Week stressed nothing.', speakers: [] },
  ],
  recognise({ sentence }) {
    const behalf = onBehalf.exec(sentence.text);
    const text = behalf?.[2] ?? sentence.text;
    const match = form.exec(text);
    if (!match?.[1] || !match[2] || !startsWithReportingVerb(match[2])) return undefined;
    const of = ofOrganisation.exec(match[1]);
    const printed = of?.[1] ?? match[1];
    const parts = printed.split(/\s+/u);
    // "Mr. Doe said", "Ms. Jane Doe noted": an honorific says a person follows, even a surname alone.
    const titled = honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, ''));
    const name = titled ? parts.slice(1).join(' ') : printed;
    const isName = titled
      ? parts.length === 2
        ? isNameWord(name)
        : isPersonName(name)
      : isPersonName(name) && (of !== null || isPersonByDetector(name));
    if (!isName) return undefined;
    const delegation = behalf?.[1]?.replace(/^the\s+/iu, '') ?? null;
    const organisation = of?.[2] ?? null;
    const country = findCountry(delegation ?? organisation ?? '') ?? null;
    return [person({ name, delegation, organisation: delegation ? null : organisation, country })];
  },
};
