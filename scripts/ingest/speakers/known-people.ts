/**
 * The people of one document as the attribution knows them: who has spoken
 * so far, who the text names as a person, and how a shorter form of a name
 * ("Doe", "Roe Doe", "Secretary Doe") finds the person it stands for.
 */
import type { Speech } from './recognisers/types.ts';
import { startsWithReportingVerb } from './lexicon.ts';
import { words } from '../shape/text.ts';

/** Speakers of a whole document, so a later session can refer back to them by name. */
export type KnownSpeakers = Map<string, Speech>;

/** The people of a whole document: its speakers so far, and everyone it names as a person. */
export interface DocumentPeople {
  speakers: KnownSpeakers;
  /** Named somewhere as a person (`mentioned-people.ts`): "Doe said …" makes them a speaker. */
  mentioned: Map<string, Speech>;
}

/** Words that may stand between the titles before a name ("Secretary of the Treasury Doe"). */
const linkWords = new Set(['of', 'the', 'for', 'and']);
/** Titles and words before a name named again, at most. */
const maxLeadWords = 8;

/**
 * "Doe noted …", "Secretary Doe chose …", "Mr. Doe (Chile) said …": a known speaker named again as the
 * subject: their surname among the sentence's first capitalised words, followed by a comma, a bracket or
 * a lowercase word.
 */
export function namedAgain(text: string, known: KnownSpeakers, speaks = false): Speech | undefined {
  const leading = words(text).slice(0, maxLeadWords + 2);
  for (const [index, word] of leading.entries()) {
    if (linkWords.has(word)) continue;
    if (!/^\p{Lu}/u.test(word) || index > maxLeadWords) return undefined;
    const next = leading[index + 1] ?? '';
    const bare = word.replace(/,$/u, '');
    // A person only mentioned so far must now be seen speaking: "Doe said", not "Doe's plan".
    const follows = speaks
      ? startsWithReportingVerb(leading.slice(index + 1).join(' '))
      : bare !== word || next.startsWith('(') || /^\p{Ll}/u.test(next);
    if (follows) {
      const found = bySurname(bare, known);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The known person a shorter form of their name names: "Doe" or "Roe Doe" for "Jane Roe Doe".
 * A full name that is no one's shorter form is a person of its own.
 */
export function samePerson(name: string, known: Map<string, Speech>): Speech | undefined {
  if (!name.includes(' ')) return bySurname(name, known);
  for (const speech of known.values())
    if (speech.kind === 'person' && (speech.name === name || speech.name.endsWith(` ${name}`))) return speech;
  return undefined;
}

/** The known person whose surname a surname alone ("Doe") names. */
function bySurname(surname: string, known: Map<string, Speech>): Speech | undefined {
  // The last word first; then any word after the first ("Echeverría" of "Beatriz Echeverría Solano").
  const people = [...known.values()].filter((speech) => speech.kind === 'person');
  return (
    people.find((speech) => speech.name.slice(speech.name.lastIndexOf(' ') + 1) === surname) ??
    people.find((speech) => speech.name.split(' ').slice(1).includes(surname))
  );
}
