/**
 * Lists of people: a list whose items are mostly "Name, Affiliation" (or
 * "Title Name, Affiliation"). Under a lead-in that says they speak
 * ("Opening Speakers", "Panelists", "Public officials speaking … included:")
 * they are speakers, though the document may report nothing they said
 * beyond being listed. Any other list of people ("Participants", an agenda,
 * no lead-in at all) lists people present, recorded on the event: they
 * become speakers only where the text reports them speaking.
 */
import type { List, RootContent } from 'mdast';
import { readDescriptor, type Descriptor } from './descriptors.ts';
import { reportingVerbs, speakerListWords } from './lexicon.ts';
import { isPersonName, roleFirst, segments, withoutHonorifics } from './speakers.ts';
import { flatText, plainText, words } from '../shape/text.ts';

export interface Participant {
  name: string;
  /** Role, organisation or affiliation as listed, or null. */
  affiliation: string | null;
  /** The list's lead-in ("Participants"), or null. */
  list: string | null;
}

export interface PeopleList {
  kind: 'participants' | 'speakers';
  /** The lead-in as printed. */
  lead: string;
  /** One entry per list item, aligned with the items; undefined where an item is not a person. */
  entries: ((Participant & { descriptor: Descriptor }) | undefined)[];
}

/** Longest lead-in line, in words. */
const maxLeadWords = 12;
/** Longest list entry, in words ("Jane Doe, Deputy Director-General, Ministry of …, Country"). */
const maxEntryWords = 30;
/** Share of items that must read as people for a list to be a list of people. */
const minPeopleShare = 0.6;

/** The lead-in's last line: "**Government Participants**\n*Opening Speakers*" → "Opening Speakers". */
function leadLine(lead: RootContent | undefined): string | undefined {
  if (!lead || (lead.type !== 'paragraph' && lead.type !== 'heading')) return undefined;
  const line = plainText(lead)
    .split('\n')
    .map((part) => part.replace(/[*_]/gu, '').trim())
    .filter(Boolean)
    .at(-1);
  return line && words(line).length <= maxLeadWords ? line.replace(/:$/u, '') : undefined;
}

/** "President Jane Doe, Republic of X" → name and affiliation; undefined when the item does not start with a person. */
export function readListedPerson(
  text: string,
): { name: string; affiliation: string | null; descriptor: Descriptor } | undefined {
  const [head = '', ...rest] = segments(text.replace(/\s+/gu, ' '));
  const plain = withoutHonorifics(head);
  // The entry's head is only a name, maybe after a title ("President Jane Doe"): nothing after the name.
  const titled = roleFirst(`${head} spoke`)?.name;
  const name = isPersonName(plain) ? plain : titled && head.endsWith(titled) ? titled : undefined;
  if (!name) return undefined;
  const role = name === plain ? null : head.slice(0, head.lastIndexOf(name)).trim() || null;
  const affiliation = [role, ...rest].filter(Boolean).join(', ') || null;
  return { name, affiliation, descriptor: readDescriptor(role ? [role, ...rest] : rest) };
}

/** "Moderator: Jane Doe, Correspondent, X": a role label, then one person. */
const labelledPerson =
  /^(moderator|chair|chairperson|co-chair|facilitator|rapporteur|keynote speaker|host)\s*:\s*(.+)$/iu;

/** The person a labelled line names and the label, if the line is one. */
export function readLabelledPerson(
  text: string,
): (ReturnType<typeof readListedPerson> & { label: string }) | undefined {
  const match = labelledPerson.exec(text);
  const listed = match?.[2] ? readListedPerson(match[2]) : undefined;
  return listed && match?.[1] ? { ...listed, label: match[1] } : undefined;
}

export function peopleList(list: List, lead: RootContent | undefined): PeopleList | undefined {
  const line = leadLine(lead);
  const people = list.children.map((item) => {
    const text = flatText(item);
    // An entry names a person and their affiliation; an item that reports what someone said is no entry.
    const entry = words(text).length <= maxEntryWords && !words(text).some((word) => reportingVerbs.has(word));
    return entry ? readListedPerson(text) : undefined;
  });
  const found = people.filter((entry) => entry !== undefined);
  if (found.length < Math.max(1, list.children.length * minPeopleShare)) return undefined;
  // Only a lead-in that says so makes the people speakers; any other list of people lists them as present.
  const kind = line && speakerListWords.test(line) ? 'speakers' : 'participants';
  return { kind, lead: line ?? 'listed', entries: people.map((entry) => entry && { ...entry, list: line ?? null }) };
}
