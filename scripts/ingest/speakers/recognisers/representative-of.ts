/**
 * `representative-of`: a delegation speaking through an unnamed
 * representative: "The representative of Brazil said …", "The delegate
 * of Chile, also speaking for Peru, said …", "China's representative said …".
 * The speaker is the delegation, not a person.
 */
import { lookupCountry } from '../countries.ts';
import { delegation, type Recogniser } from './types.ts';

const role = String.raw`(?:representative|delegate|delegation|observer|spokesperson|speaker)`;
const ofForm = new RegExp(
  String.raw`^(?:[Tt]he\s+)?${role}s?\s+(?:of|for|from)\s+(?:the\s+)?([\p{Lu}][^,]*?)(?:,|\s+(?=\p{Ll}))`,
  'u',
);
const possessiveForm = new RegExp(String.raw`^(?:[Tt]he\s+)?([\p{Lu}][\p{L} .'’-]*?)[’']s\s+${role}\b`, 'u');

export const representativeOf: Recogniser = {
  name: 'representative-of',
  description: 'An unnamed representative of a delegation ("The representative of Brazil said").',
  examples: [
    {
      text: 'The representative of Portugal, also speaking for Spain, said the draft was balanced.',
      speakers: [{ name: 'Portugal', kind: 'delegation', country: 'PT' }],
    },
    {
      text: "China's representative said the text was premature.",
      speakers: [{ name: 'China', kind: 'delegation', country: 'CN' }],
    },
    { text: 'The representatives exchanged views on the draft.', speakers: [] },
    {
      text: 'The representative of the Secretariat replied.',
      speakers: [{ name: 'Secretariat', kind: 'delegation', country: null }],
    },
  ],
  recognise({ sentence }) {
    const match = ofForm.exec(sentence.text) ?? possessiveForm.exec(sentence.text);
    const name = match?.[1]?.trim();
    if (!name) return undefined;
    return [delegation(name, lookupCountry(name) ?? null)];
  },
};
