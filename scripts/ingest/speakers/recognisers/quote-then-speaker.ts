/**
 * `quote-then-speaker`: a quotation first, the speaker after it:
 * "“We must act now,” said Director Doe." or "“…,” said Jane Doe, Mayor of X."
 */
import { isPersonName, nameFirst, roleFirst, withoutHonorifics } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

const form =
  /^["“‘].+?[,!?…]["”’]\s+(?:said|added|noted|stressed|explained|asked|continued|concluded|remarked|declared)\s+(.+?)\.?$/u;

export const quoteThenSpeaker: Recogniser = {
  name: 'quote-then-speaker',
  description: 'A quotation, then "said" and the speaker ("“…,” said Director Doe.").',
  examples: [
    { text: '“The crisis is a priority,” said Director Okafor.', speakers: [{ name: 'Okafor', role: 'Director' }] },
    {
      text: '“We will not wait,” said Lucia Rojas, Mayor of Valparaíso.',
      speakers: [{ name: 'Lucia Rojas', country: 'CL' }],
    },
    { text: '“We will not wait,” said the mayor.', speakers: [] },
  ],
  recognise({ sentence }) {
    // "… said Jane Doe, Mayor of X, who added …": the relative clause is not part of the descriptor.
    const speaker = form
      .exec(sentence.text)?.[1]
      ?.split(/,\s+(?:who|which|adding|noting|as)\b/u)[0]
      ?.trim();
    if (!speaker) return undefined;
    const found = nameFirst(speaker, true) ?? roleFirst(`${speaker} spoke`);
    if (found) return [person(found)];
    const name = withoutHonorifics(speaker);
    return isPersonName(name) ? [person({ name })] : undefined;
  },
};
