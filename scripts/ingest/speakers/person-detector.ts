/**
 * The person detector the reader asks when its own rules cannot tell
 * whether capitalised words are a person's name: `compromise`'s people()
 * tagger. It is loaded on first use (its lexicon takes a third of a second
 * to load), so a run whose documents never need it never pays for it.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

let nlp: typeof nlpType | undefined;

function detector(): typeof nlpType {
  nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return nlp;
}

/** The names the detector reads as people's in a text, as printed (trailing punctuation and all). */
export function peopleIn(text: string): string[] {
  return detector()(text).people().out('array') as string[];
}

/** Whether the detector reads the text as (or as containing) a person's name. */
export function isPersonByDetector(text: string): boolean {
  return detector()(text).people().found;
}
