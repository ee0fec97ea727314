/**
 * Text as comparable terms: lower-cased words, possessive `'s` dropped,
 * reduced to their Porter stems (`returnees` and `returnee` both give
 * `returne`). Theme matching in the ingest and text similarity on the site
 * both read text through here, so a word counts the same way in both.
 */
import { stemmer } from 'stemmer';

/** The text's words in order, lower-cased; punctuation and hyphens separate words. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The stems of the text's words, in order. */
export function stems(text: string): string[] {
  return words(text).map((word) => stemmer(word));
}
