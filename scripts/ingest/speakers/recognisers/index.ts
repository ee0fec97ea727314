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
import { jointSubject } from './joint-subject.ts';
import { listedIntroductions } from './listed-introductions.ts';
import { nameFirstRecogniser } from './name-first.ts';
import { quoteThenSpeaker } from './quote-then-speaker.ts';
import { representativeOf } from './representative-of.ts';
import { roleAppositive } from './role-appositive.ts';
import { roleFirstRecogniser } from './role-first.ts';
import { opensClause, segments } from '../speakers.ts';
import type { Recogniser, SentenceContext, Speech } from './types.ts';

export const recognisers: Recogniser[] = [
  boldNameFirst,
  delegateInParentheses,
  representativeOf,
  nameFirstRecogniser,
  roleAppositive,
  listedIntroductions,
  jointSubject,
  roleFirstRecogniser,
  bareName,
  quoteThenSpeaker,
  countryStatement,
];

export interface Recognised {
  recogniser: string;
  speakers: Speech[];
}

function first(context: SentenceContext): Recognised | undefined {
  for (const recogniser of recognisers) {
    const speakers = recogniser.recognise(context);
    if (speakers && speakers.length > 0) return { recogniser: recogniser.name, speakers };
  }
  return undefined;
}

/** Opening clauses are short: an introduction is looked for after at most this many of their commas. */
const maxClauseCommas = 2;

/**
 * The speakers a sentence introduces, and which recogniser read them; a sentence
 * that opens with a clause ("Introducing the report, Jane Doe, …", "Speaking for
 * the Group, the representative of X said …") is read again after it.
 */
export function recognise(context: SentenceContext): Recognised | undefined {
  const found = first(context);
  if (found || !opensClause(context.sentence.text)) return found;
  const pieces = segments(context.sentence.text);
  for (let commas = 1; commas <= maxClauseCommas && commas < pieces.length; commas += 1) {
    const text = pieces.slice(commas).join(', ');
    const again = first({ ...context, sentence: { ...context.sentence, text, nodes: [] } });
    if (again) return again;
  }
  return undefined;
}
