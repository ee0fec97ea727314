/**
 * What an introduction recogniser is: a named, documented rule that reads
 * one sentence and says who it introduces as speaking, with examples that
 * the test suite runs (`tests/ingest/recognisers-read-their-own-examples.test.ts`). Adding a
 * form of introduction means adding a module here, listing it in
 * `index.ts`, and giving it examples and a fixture.
 */
import type { Paragraph } from 'mdast';
import type { Country } from '../countries.ts';
import type { SentenceRun } from '../sentences.ts';
import { fromCapitals } from '../../shape/text.ts';

/** A speaker as a recogniser reads them. */
export interface Speech {
  /** `delegation`: a country or organisation speaking with no person named. */
  kind: 'person' | 'delegation';
  /** The person's name without honorifics, or the delegation's name as printed. */
  name: string;
  role: string | null;
  organisation: string | null;
  city: string | null;
  country: Country | null;
  /** The delegation a named person speaks for, as printed ("Kuwait"), or null. */
  delegation: string | null;
}

export interface SentenceContext {
  sentence: SentenceRun;
  /** Whether the sentence opens its paragraph. */
  first: boolean;
  paragraph: Paragraph;
}

/** What an example sentence should give: the speakers' names (and countries, when given), or none. */
export interface Example {
  text: string;
  speakers: { name: string; kind?: Speech['kind']; country?: string | null; role?: string | null }[];
}

export interface Recogniser {
  /** kebab-case, recorded on each contribution it introduces. */
  name: string;
  /** One line: the form it reads. */
  description: string;
  examples: Example[];
  /** The speakers the sentence introduces (several for "… were delivered by X and Y"), or undefined. */
  recognise: (context: SentenceContext) => Speech[] | undefined;
}

/** A person speech from parts, with the defaults; a name printed in capitals is given in Title Case. */
export function person(parts: Partial<Speech> & { name: string }): Speech {
  return {
    kind: 'person',
    role: null,
    organisation: null,
    city: null,
    country: null,
    delegation: null,
    ...parts,
    name: fromCapitals(parts.name),
  };
}

/** A delegation as a speaker: a country or organisation speaking with no person named. */
export function delegation(name: string, country: Country | null): Speech {
  const printed = name.replace(/^the\s+/iu, '');
  return {
    kind: 'delegation',
    name: printed,
    role: null,
    organisation: country ? null : printed,
    city: null,
    country,
    delegation: null,
  };
}
