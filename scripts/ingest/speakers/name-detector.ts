/**
 * The safety net under the recognisers: a sentence that opens on a person
 * no recogniser read ("Turning to financing, Jane Doe — who leads … —
 * pressed for …", "For Jane Doe, chief economist at X, the answer lay …",
 * "Then it was the turn of Jane Doe, a planner with X, …"). A candidate is
 * a run of two to four name words near the start, before any reporting
 * verb; it counts as a person only with evidence: `compromise` reads it as
 * one, a descriptor with a role or institution word follows it, or the
 * document names its surname with an honorific ("Ms. Doe"). The caller
 * warns either way, so a form the reader does not know is never silently
 * given to the previous speaker.
 */
import { isPersonByDetector } from './person-detector.ts';
import { findCountry } from './countries.ts';
import { readDescriptor } from './descriptors.ts';
import { honorifics, isInstitutionWord, isRoleWord, reportingVerbs, sentenceStarters } from './lexicon.ts';
import { person, type Speech } from './recognisers/types.ts';
import type { KnownSpeakers } from './known-people.ts';
import { isPersonName, segments } from './speakers.ts';
import { words } from '../shape/text.ts';

/** The person stands within the sentence's first words. */
const leadWords = 10;
const nameRun = /(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*/gu;
/** "— who leads X —" or ", chief economist at X," right after the name. */
const dashAside = /^\s*[—–]\s*([^—–]+?)\s*[—–]/u;
const commaAside = /^,\s*([^,]+),/u;

export interface Detected {
  speech: Speech;
  /** How the name was told to be a person's, for the warning. */
  evidence: string;
}

function isReportingVerb(word: string): boolean {
  return reportingVerbs.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

function asideAfter(text: string): string | undefined {
  return dashAside.exec(text)?.[1] ?? commaAside.exec(text)?.[1];
}

/**
 * The person a sentence opens on, with the evidence; `opensParagraph` lets the person detector be asked too
 * (inside a paragraph, only a role, an affiliation or a titled surname counts).
 */
export function detectSpeaker(
  text: string,
  known: KnownSpeakers,
  documentText: string,
  opensParagraph: boolean,
): Detected | undefined {
  const lead = words(text).slice(0, leadWords).join(' ');
  for (const match of lead.matchAll(nameRun)) {
    // "For Jane Doe": words that only start sentences are not part of the name.
    const parts = match[0].trim().split(/\s+/u);
    const lead = (word: string) => word.toLowerCase().replace(/\.$/u, '');
    while (parts.length > 2 && (sentenceStarters.has(lead(parts[0] ?? '')) || honorifics.has(lead(parts[0] ?? ''))))
      parts.shift();
    const name = parts.join(' ');
    const at = match.index + match[0].indexOf(name);
    const before = text.slice(0, at);
    // A name after a reporting verb ("Participants cited Jane Doe") is mentioned, not speaking.
    if (words(before).some((word) => isReportingVerb(word)) || words(before).length > 8) return undefined;
    // Inside an organisation's name ("the Alliance of Small Island States"): not a person.
    if (/\p{Lu}\p{L}*\s+(?:of|for|and)\s+(?:the\s+)?$/u.test(before) || /\bthe\s+$/u.test(before)) continue;
    if (!isPersonName(name) || [...known.values()].some((speech) => speech.name === name)) continue;
    const aside = asideAfter(text.slice(at + name.length));
    const asideWords = aside ? words(aside) : [];
    const surname = name.split(/\s+/u).at(-1) ?? '';
    const titled = [...honorifics].some((title) =>
      new RegExp(`\\b${title.replace('.', '\\.')}\\.?\\s+${surname}\\b`, 'iu').test(documentText),
    );
    // The cheap kinds of evidence first; the person detector last.
    const evidence =
      asideWords.some((word) => isRoleWord(word)) ||
      (/^(?:of|with|at|from)\b/u.test(aside ?? '') && asideWords.some((word) => isInstitutionWord(word)))
        ? 'followed by a role or an affiliation'
        : titled
          ? `named elsewhere with a title before \`${surname}\``
          : opensParagraph && isPersonByDetector(name)
            ? 'read as a name by the person detector'
            : undefined;
    if (!evidence) continue;
    const descriptor = aside ? readDescriptor(segments(aside)) : undefined;
    // An aside paraphrases a role at best: only its organisation and place are taken.
    return {
      speech: person({
        name,
        organisation: descriptor?.organisation ?? null,
        city: descriptor?.city ?? null,
        country: descriptor?.country ?? (aside ? findCountry(aside) : undefined) ?? null,
      }),
      evidence,
    };
  }
  return undefined;
}
