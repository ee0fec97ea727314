/** Readable, stable slugs for record IDs (ASCII, lowercase, hyphenated). */
import { slug as githubSlug } from 'github-slugger';

/** Words left out of an event slug. */
const insignificant = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
/** Significant title words an event slug keeps. */
const eventSlugWords = 4;

export function slugify(text: string): string {
  const ascii = text.normalize('NFKD').replace(/\p{M}/gu, '');
  return githubSlug(ascii.replace(/[/–—_]/gu, ' '))
    .replace(/[^a-z0-9-]/gu, '')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** A few significant words of a title: "The Role of Cities in …" → "role-cities-…". */
export function titleSlug(title: string): string {
  const significant = slugify(title)
    .split('-')
    .filter((word) => word && !insignificant.has(word));
  return significant.slice(0, eventSlugWords).join('-');
}
