/**
 * `listed-introductions`: several speakers introduced in one sentence, as
 * a list: "Opening remarks were delivered by Jane Doe, Mayor of X, and
 * John Roe, Minister of Y.", "The task force was briefed by Commerce
 * Secretary Jane Doe and NOAA scientist Dr. John Roe on …",
 * "The panel featured …".
 */
import { isPersonName, nameFirst, roleFirst, segments, withoutHonorifics } from '../speakers.ts';
import { person, type Recogniser, type Speech } from './types.ts';

const lead =
  /\b(?:(?:delivered|given|made|presented|moderated|chaired|opened|briefed|joined|addressed|introduced|address|remarks|presentation|statement|briefing|keynote)\s+by|featured|included|comprised)\s+(.+?)(?:\s+on\s+\p{Ll}.*)?[.:]?$/u;
/** A sentence about speakers or remarks, not any list of names. */
const about =
  /\b(?:remarks|statements?|speakers?|panel(?:lists?)?|presentations?|briefed|brief(?:ing)?|moderated|chaired|keynote|addresses|address)\b/iu;

/** One listed person: "Name, Role, Organisation", "Role Name" or a bare name. */
function listed(item: string): Speech | undefined {
  const text = item.trim().replace(/^(?:and\s+)?(?:by\s+)?(?:the\s+)?/u, '');
  const first = nameFirst(text, true);
  if (first) return person(first);
  const role = roleFirst(`${text} spoke`);
  if (role) return person(role);
  const name = withoutHonorifics(text);
  return isPersonName(name) ? person({ name }) : undefined;
}

/** Whether a comma-separated piece of a list starts a new person: a name, maybe after a title. */
function startsPerson(piece: string): boolean {
  const text = piece.replace(/^(?:and\s+)?(?:by\s+)?/u, '');
  // A full name: a title and a surname alone ("Director for Development Policy") is not one in a list.
  return isPersonName(withoutHonorifics(text)) || (roleFirst(`${text} spoke`)?.name.includes(' ') ?? false);
}

/**
 * Items of the list: split at semicolons; else each comma-separated piece that
 * is a name starts an item ("X, Mayor of Y, Z, Director, W" → two items);
 * else at " and " ("Secretary X and scientist Y").
 */
function items(list: string): string[] {
  if (list.includes(';')) return list.split(/;\s*(?:and\s+)?/u);
  const grouped: string[][] = [];
  for (const piece of segments(list)) {
    if (grouped.length === 0 || startsPerson(piece)) grouped.push([piece.replace(/^(?:and\s+)?(?:by\s+)?/u, '')]);
    else grouped.at(-1)?.push(piece);
  }
  if (grouped.length > 1) return grouped.map((pieces) => pieces.join(', '));
  return list.split(/,?\s+and\s+(?=\p{Lu})/u);
}

export const listedIntroductions: Recogniser = {
  name: 'listed-introductions',
  description: 'Several speakers listed in one sentence about remarks, a panel or a briefing.',
  examples: [
    {
      text: 'Opening remarks were delivered by Ana Silva, Director, Lisbon Prevention Office, and Kofi Boateng, Mayor of Kumasi.',
      speakers: [{ name: 'Ana Silva' }, { name: 'Kofi Boateng', country: 'GH' }],
    },
    {
      text: 'The board was briefed by Energy Secretary Rosa Lind and NOAA scientist Dr. Omar Haddad on the drought.',
      speakers: [{ name: 'Rosa Lind' }, { name: 'Omar Haddad' }],
    },
    { text: 'The meeting was chaired by the European Union and Japan.', speakers: [] },
  ],
  recognise({ sentence }) {
    if (!about.test(sentence.text)) return undefined;
    const match = lead.exec(sentence.text);
    if (!match?.[1]) return undefined;
    // "… by Jane Doe, Mayor of X, who said …": the relative clause is what they said, not the list.
    const list = match[1].split(/,\s+(?:who|which|where)\b/u)[0] ?? match[1];
    const found = items(list).map((item) => listed(item));
    if (found.length === 0 || found.some((speech) => speech === undefined)) return undefined;
    return found.filter((speech): speech is Speech => speech !== undefined);
  },
};
