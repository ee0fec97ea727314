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

/** Longest slug: a file name stays far below the 255 bytes file systems allow, whatever the text. */
const maxSlugLength = 80;

export function slugify(text: string): string {
  const ascii = text.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = githubSlug(ascii.replace(/[/–—_]/gu, ' '))
    .replace(/[^a-z0-9-]/gu, '')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
  if (slug.length <= maxSlugLength) return slug;
  // Cut at a word's end, never inside one.
  const cut = slug.slice(0, maxSlugLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxSlugLength);
}

/** A few significant words of a title: "The Role of Cities in …" → "role-cities-…". */
export function titleSlug(title: string): string {
  const significant = slugify(title)
    .split('-')
    .filter((word) => word && !insignificant.has(word));
  return significant.slice(0, eventSlugWords).join('-');
}
