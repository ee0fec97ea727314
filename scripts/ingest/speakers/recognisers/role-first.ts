/**
 * `role-first`: the title before the name ("Agriculture Secretary Jane Doe
 * announced …", "Kenya's Interior Minister Jane Doe said …", "President
 * Jane Doe of Ghana, representing X, stressed …", "President Doe noted …").
 * After an opening clause ("Today, Climate Adviser Jane Doe convened …") it is
 * tried again by `recognise` in `index.ts`, as every recogniser is.
 */
import { roleFirst } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

export const roleFirstRecogniser: Recogniser = {
  name: 'role-first',
  description: 'A title or role, then the name (or a surname after a title), then what the speaker did.',
  examples: [
    {
      text: "Kenya's Interior Minister Grace Wambui said the plan works.",
      speakers: [{ name: 'Grace Wambui', country: 'KE', role: 'Interior Minister' }],
    },
    {
      text: 'President Ama Owusu of Ghana, representing the regional forum, stressed the cost of delay.',
      speakers: [{ name: 'Ama Owusu', country: 'GH', role: 'President' }],
    },
    { text: 'Prime Minister Okafor opened the meeting.', speakers: [{ name: 'Okafor', role: 'Prime Minister' }] },
    { text: 'The President of the Council welcomed the decision.', speakers: [] },
  ],
  recognise({ sentence }) {
    const found = roleFirst(sentence.text);
    return found ? [person(found)] : undefined;
  },
};
