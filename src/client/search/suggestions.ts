/**
 * What to offer when a search finds no statement: a near spelling taken
 * from the index's own words, and the search without each of its filters
 * (the page adds the speaker and country lists). Each is offered only if it
 * finds statements.
 *
 * Pagefind suggests nothing itself, but it matches prefixes of words: a word
 * that finds nothing is cut back a letter at a time until a prefix finds
 * statements, and the words their excerpts mark are the candidates. The one
 * nearest the typed word (edit distance) is offered if it is near enough.
 */
import { kindFilter, statementKind } from './kinds.ts';
import type { Pagefind, ResultData } from './pagefind-api.ts';
import { pagefindFilters, termOf } from './query.ts';
import { facets, hasCriteria, type SearchState } from './state.ts';

export interface Suggestion {
  /** `spelling`: the query with a near word; `filter`: the search without one filter. */
  reason: 'spelling' | 'filter';
  /** The corrected query, or the dropped filter as "Country: Kenya, Albania". */
  label: string;
  state: SearchState;
  /** Statements the suggested search finds. */
  count: number;
}

/** Shortest prefix tried, and results read for candidate words. */
const minPrefix = 3;
const resultsRead = 10;

/** Letters and digits only, lower case. */
const normalise = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * The candidate nearest `typed`: fewest edits (at most one for words of up
 * to seven letters, two for longer ones), then the most frequent, then
 * alphabetical; undefined when none is near.
 */
export function nearestWord(typed: string, candidates: readonly string[]): string | undefined {
  const target = normalise(typed);
  const allowed = target.length < 8 ? 1 : 2;
  const counts = new Map<string, number>();
  for (const candidate of candidates.map(normalise)) {
    if (candidate && candidate !== target) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
  }
  const near = [...counts]
    .map(([word, count]) => ({ word, count, distance: editDistance(target, word) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word));
  return near[0]?.word;
}

/** The words Pagefind marked in a result's excerpts. */
export function markedWords(data: Pick<ResultData, 'excerpt' | 'sub_results'>): string[] {
  const html = [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].join(' ');
  return [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1] ?? '');
}

async function statementCount(pagefind: Pagefind, term: string | null, state: SearchState): Promise<number> {
  return (await pagefind.search(term, { filters: pagefindFilters(state.filters) }))?.results.length ?? 0;
}

/** A word of the index near `word`, from the statements found by its longest prefix that finds any. */
async function nearSpelling(pagefind: Pagefind, word: string): Promise<string | undefined> {
  const typed = normalise(word);
  for (let length = typed.length - 1; length >= minPrefix; length--) {
    const found = await pagefind.search(typed.slice(0, length), { filters: { [kindFilter]: statementKind } });
    const results = found?.results ?? [];
    if (results.length === 0) continue;
    const read = await Promise.all(results.slice(0, resultsRead).map((result) => result.data()));
    return nearestWord(typed, read.flatMap(markedWords));
  }
  return undefined;
}

/** Suggestions for a search that found no statement; `stale()` stops the work once the search has changed. */
export async function suggest(pagefind: Pagefind, state: SearchState, stale: () => boolean): Promise<Suggestion[]> {
  const suggestions: Suggestion[] = [];
  const words = (termOf(state) ?? '').split(/\s+/).filter(Boolean);
  const fixed: string[] = [];
  for (const word of words) {
    if (stale()) return [];
    const found = (await pagefind.search(word, { filters: { [kindFilter]: statementKind } }))?.results.length ?? 0;
    fixed.push(found > 0 ? word : ((await nearSpelling(pagefind, word)) ?? word));
  }
  const corrected = fixed.join(' ');
  if (fixed.some((word, i) => word !== words[i])) {
    const next = { ...state, q: corrected };
    const count = await statementCount(pagefind, corrected, next);
    if (count > 0) suggestions.push({ reason: 'spelling', label: corrected, state: next, count });
  }
  for (const { name, label } of facets) {
    const values = state.filters[name];
    if (values.length === 0 || stale()) continue;
    const next = { ...state, filters: { ...state.filters, [name]: [] } };
    if (!hasCriteria(next)) continue;
    const count = await statementCount(pagefind, termOf(next), next);
    if (count > 0) suggestions.push({ reason: 'filter', label: `${label}: ${values.join(', ')}`, state: next, count });
  }
  return stale() ? [] : suggestions;
}
