/**
 * `bold-name-first`: a paragraph opening with the speaker in bold, name
 * first ("**Jane Doe, Mayor of Lyon**, said …"), maybe after an opening
 * clause ("In her welcoming remarks, **Jane Doe, …**, …").
 */
import { afterOpeningClause, nameFirst } from '../speakers.ts';
import { flatText } from '../../shape/text.ts';
import { person, type Recogniser } from './types.ts';

export const boldNameFirst: Recogniser = {
  name: 'bold-name-first',
  description: 'A bold "Name, Role, Organisation" at the start of a paragraph, maybe after an opening clause.',
  examples: [
    {
      text: '**Ana Silva, Director, Lisbon Prevention Office**, highlighted the network.',
      speakers: [{ name: 'Ana Silva', role: 'Director' }],
    },
    {
      text: 'In her welcoming remarks, **Ana Silva, the founder of the Lisbon Forum**, said …',
      speakers: [{ name: 'Ana Silva' }],
    },
    { text: '**Key points** of the session follow.', speakers: [] },
  ],
  recognise({ sentence, first }) {
    if (!first) return undefined;
    const [lead, second] = sentence.nodes;
    const opening = lead?.type === 'text' && afterOpeningClause(lead.value) === '' ? second : undefined;
    const strong = lead?.type === 'strong' ? lead : opening?.type === 'strong' ? opening : undefined;
    const found = strong && nameFirst(flatText(strong), true);
    return found ? [person(found)] : undefined;
  },
};
