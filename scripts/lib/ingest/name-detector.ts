/**
 * The safety net under the recognisers: a sentence whose subject looks like
 * a person's name that no recogniser read ("Turning to financing, Jane Doe
 * — who leads … — pressed for …"). `compromise` detects the name; this
 * module only decides whether it stands as the subject and whether a
 * reporting verb follows it. The caller warns either way, so a form the
 * reader does not know is never silently given to the previous speaker.
 */
import nlp from 'compromise';
import { honorifics, isRoleWord, reportingVerbs } from './lexicon.ts';
import { person, type Speech } from './recognisers/types.ts';
import type { KnownSpeakers } from './attribution.ts';
import { isNameWord } from './speakers.ts';
import { words } from './text.ts';

/** The subject of a sentence stands within its first words (after a short opening clause). */
const subjectWords = 10;

export interface Detected {
  speech: Speech;
  /** Whether a reporting verb follows the name in the sentence: the person speaks. */
  speaks: boolean;
}

/** A detected name without the titles compromise keeps ("President", "Dr."), and only if it looks like a full name. */
function cleanName(found: string): string | undefined {
  const parts = words(found.replace(/[,;:—–]+$/u, '').replace(/[’']s$/u, ''));
  while (
    parts.length > 0 &&
    (isRoleWord(parts[0] ?? '') || honorifics.has((parts[0] ?? '').toLowerCase().replace(/\.$/u, '')))
  )
    parts.shift();
  if (parts.length < 2 || parts.length > 4 || !parts.every((part) => isNameWord(part))) return undefined;
  return parts.join(' ');
}

export function detectSpeaker(text: string, known: KnownSpeakers): Detected | undefined {
  const head = words(text).slice(0, subjectWords).join(' ');
  for (const found of nlp(head).people().out('array') as string[]) {
    const name = cleanName(found);
    if (!name || [...known.values()].some((speech) => speech.name === name)) continue;
    // The subject opens the sentence, maybe after a clause and its comma, and maybe after a title;
    // a name after a verb ("Participants cited Minister Jane Doe") is only mentioned.
    const before = text.slice(0, text.indexOf(name)).trim();
    const lead = before.includes(',') ? before.slice(before.lastIndexOf(',') + 1).trim() : before;
    if (!words(lead).every((word) => /^\p{Lu}/u.test(word))) continue;
    const after = text.slice(text.indexOf(name) + name.length);
    const speaks = words(after).some((word) => reportingVerbs.has(word.replace(/[^\p{L}]/gu, '')));
    // No country: a name the recognisers could not read has no descriptor to trust.
    return { speech: person({ name }), speaks };
  }
  return undefined;
}
