/**
 * `role-first`: the title before the name ("Agriculture Secretary Jane Doe
 * announced …", "Kenya's Interior Minister Jane Doe said …", "President
 * Jane Doe of Ghana, representing X, stressed …", "President Doe noted …"),
 * maybe after an opening clause ("Today, Climate Adviser Jane Doe convened …").
 */
import { openingClauseWords } from '../lexicon.ts';
import { words } from '../text.ts';
import { roleFirst } from '../speakers.ts';
import { person, type Recogniser } from './types.ts';

/** Opening clauses are short: an introduction is looked for after at most this many commas. */
const maxClauses = 2;

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
    {
      text: 'Today, ahead of the summit, Climate Adviser Lena Vos convened the task force.',
      speakers: [{ name: 'Lena Vos' }],
    },
    { text: 'The President of the Council welcomed the decision.', speakers: [] },
  ],
  recognise({ sentence }) {
    let text = sentence.text;
    // Only a sentence that opens with a clause word ("Today, …", "In response, …") is read past its commas.
    const clauses = openingClauseWords.has((words(text)[0] ?? '').toLowerCase().replace(/\P{L}+/gu, ''))
      ? maxClauses
      : 0;
    for (let clause = 0; clause <= clauses; clause += 1) {
      const found = roleFirst(text);
      if (found) return [person(found)];
      const comma = text.indexOf(', ');
      if (comma < 0 || words(text.slice(0, comma)).length > 10) return undefined;
      text = text.slice(comma + 2);
    }
    return undefined;
  },
};
