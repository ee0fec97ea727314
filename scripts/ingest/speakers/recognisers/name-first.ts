/**
 * `name-first`: "Name, Role, Organisation, Country, said …" (also
 * "Name - Role …" and "Name, the Role of Organisation in Country, …"),
 * (after an opening clause, "Closing the session, Name, Role, …", as `recognise` retries every form).
 */
import { nameFirst } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

export const nameFirstRecogniser: Recogniser = {
  name: 'name-first',
  description: 'The name, then a descriptor between commas, then what the speaker said.',
  examples: [
    {
      text: 'Ana Silva, Director, Lisbon Prevention Office, Portugal, said that prevention starts locally.',
      speakers: [{ name: 'Ana Silva', country: 'PT', role: 'Director' }],
    },
    {
      text: 'Kwame Mensah, the Head of Outreach of the National Peace Council in Ghana, noted the gap.',
      speakers: [{ name: 'Kwame Mensah', country: 'GH' }],
    },
    { text: 'Cities, towns and regions were represented.', speakers: [] },
  ],
  recognise({ sentence }) {
    const found = nameFirst(sentence.text, false);
    return found ? [person(found)] : undefined;
  },
};
