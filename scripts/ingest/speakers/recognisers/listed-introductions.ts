/**
 * `listed-introductions`: several speakers introduced in one sentence, as
 * a list: "Opening remarks were delivered by Jane Doe, Mayor of X, and
 * John Roe, Minister of Y.", "The task force was briefed by Commerce
 * Secretary Jane Doe and NOAA scientist Dr. John Roe on …",
 * "The panel featured …".
 */
import { isPersonByDetector } from '../person-detector.ts';
import { descriptorWords } from '../lexicon.ts';
import { isPersonName, nameFirst, roleFirst, withoutHonorifics } from '../speakers.ts';
import { words } from '../../shape/text.ts';
import { person, type Recogniser, type Speech } from './types.ts';

const lead =
  /\b(?:(?:delivered|given|made|presented|moderated|chaired|opened|briefed|joined|addressed|introduced|address|remarks|presentation|statement|briefing|keynote)\s+by|featured|included|comprised)\s+(.+?)(?:\s+on\s+\p{Ll}.*)?[.:]?$/u;
const dashAside = /\s[—–]\s+([^—–]+?)\s+[—–]\s/u;
/** A sentence about speakers or remarks, not any list of names. */
const about =
  /\b(?:remarks|statements?|speakers?|panel(?:lists?)?|presentations?|briefed|brief(?:ing)?|moderated|chaired|keynote|addresses|address)\b/iu;

/** "the IDB’s Jane Doe": the owner before a possessive, and the rest. */
const owned = /^(?:the\s+)?((?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*)[’']s\s+(.+)$/u;
/** "journalist Jane Doe of Example News": the organisation after "of". */
const ofOrganisation = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;

function readPerson(text: string): Speech | undefined {
  const first = nameFirst(text, true);
  if (first) return person(first);
  const role = roleFirst(`${text} spoke`);
  if (role) return person(role);
  const name = withoutHonorifics(text);
  return isPersonName(name) ? person({ name }) : undefined;
}

/** One listed person: "Name, Role, Organisation", "Role Name", "Org’s Name", "Name of Org" or a bare name. */
function listed(item: string): Speech | undefined {
  const text = item.trim().replace(/^(?:and\s+)?(?:by\s+)?(?:the\s+)?/u, '');
  // "journalist Jane Doe of Example News" (no descriptor commas): the organisation after "of".
  const of = text.includes(',') ? undefined : ofOrganisation.exec(text);
  const member = of?.[1] ? readPerson(of[1]) : undefined;
  if (member?.name.includes(' ') && of?.[2]) return { ...member, organisation: member.organisation ?? of[2] };
  const owner = owned.exec(text);
  const staff = owner?.[2] ? readPerson(owner[2]) : undefined;
  if (staff && owner?.[1]) return { ...staff, organisation: staff.organisation ?? owner[1] };
  return readPerson(text);
}

/** Whether a piece of a list starts a new person: a full name, maybe after a title or an owner. */
function startsPerson(piece: string): boolean {
  const text = piece.replace(/^(?:and\s+)?(?:by\s+)?(?:the\s+)?/u, '');
  const own = owned.exec(text)?.[2];
  // A full name: a title and a surname alone ("Director for Development Policy") is not one in a list.
  const full = (candidate: string) => {
    if (isPersonName(withoutHonorifics(candidate))) return true;
    const name = roleFirst(`${candidate} spoke`)?.name;
    if (!name?.includes(' ')) return false;
    // Right after "of" the words may be the role's subject ("Manager of Climate Change"): a person detector must agree.
    const before = words(candidate.slice(0, candidate.lastIndexOf(name))).at(-1) ?? '';
    return !descriptorWords.has(before) || isPersonByDetector(name);
  };
  return full(text) || (own !== undefined && full(own));
}

/**
 * Items of the list: split at semicolons; else each piece between commas or
 * "and" that starts with a person starts an item, and the others belong to
 * the item before ("X, Mayor of Y, Z, Director of A and B, and W" → three).
 */
function items(list: string): string[] {
  if (list.includes(';')) return list.split(/;\s*(?:and\s+)?/u);
  const pieces = list.split(/(,\s+(?:and\s+)?|\s+and\s+)/u);
  const grouped: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const piece = pieces[index] ?? '';
    if (grouped.length === 0 || startsPerson(piece)) grouped.push(piece);
    else grouped[grouped.length - 1] += `${pieces[index - 1] ?? ' '}${piece}`;
  }
  return grouped;
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
    // "The panel — X, Y and Z — was moderated by W": the aside lists people too.
    const aside = dashAside.exec(sentence.text);
    const text = aside ? sentence.text.replace(aside[0], ' ') : sentence.text;
    const match = lead.exec(text);
    // "… by Jane Doe, Mayor of X, who said …": the relative clause is what they said, not the list.
    const lists = [aside?.[1], match?.[1]?.split(/,\s+(?:who|which|where)\b/u)[0]].filter(
      (list): list is string => list !== undefined,
    );
    if (lists.length === 0 || (!match && !aside)) return undefined;
    const found = lists.flatMap((list) => items(list)).map((item) => listed(item));
    if (found.length === 0 || found.some((speech) => speech === undefined)) return undefined;
    return found.filter((speech): speech is Speech => speech !== undefined);
  },
};
