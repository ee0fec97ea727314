/**
 * Every form of introduction the reader knows, tried in this order on each
 * sentence; the first that matches wins. Specific forms come before
 * general ones, so "Mr. Doe (Chile) said" is read as a delegate before a
 * bare name could be.
 */
import { bareName } from './bare-name.ts';
import { boldNameFirst } from './bold-name-first.ts';
import { countryStatement } from './country-statement.ts';
import { delegateInParentheses } from './delegate-in-parentheses.ts';
import { listedIntroductions } from './listed-introductions.ts';
import { nameFirstRecogniser } from './name-first.ts';
import { quoteThenSpeaker } from './quote-then-speaker.ts';
import { representativeOf } from './representative-of.ts';
import { roleAppositive } from './role-appositive.ts';
import { roleFirstRecogniser } from './role-first.ts';
import type { Recogniser, SentenceContext, Speech } from './types.ts';

export const recognisers: Recogniser[] = [
  boldNameFirst,
  delegateInParentheses,
  representativeOf,
  nameFirstRecogniser,
  roleAppositive,
  listedIntroductions,
  roleFirstRecogniser,
  bareName,
  quoteThenSpeaker,
  countryStatement,
];

export interface Recognised {
  recogniser: string;
  speakers: Speech[];
}

/** The speakers a sentence introduces, and which recogniser read them. */
export function recognise(context: SentenceContext): Recognised | undefined {
  for (const recogniser of recognisers) {
    const speakers = recogniser.recognise(context);
    if (speakers && speakers.length > 0) return { recogniser: recogniser.name, speakers };
  }
  return undefined;
}
