/**
 * Dates as meeting documents print them, read into ISO days:
 * "30 September 2021", "29–30 September 2021" (the first day),
 * "Thursday, 30 September 2021", "September 30, 2021", "Sept. 30",
 * "June 30<sup>th</sup>", "January 20-21", "2021-09-30"; and relative
 * dates ("Today", "Yesterday", "On Tuesday"), resolved against the day
 * the document was published. A date without a year takes the
 * publication's year.
 */

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "September", "Sept.", "Sep" → 1-based month, or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  if (lower.length < 3) return 0;
  return monthNames.findIndex((name) => name.startsWith(lower)) + 1;
}

const month = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const ordinal = String.raw`(?:<sup>)?(?:st|nd|rd|th)?(?:<\/sup>)?`;
const range = String.raw`(?:\s*[-–—]\s*\d{1,2}${ordinal})?`;
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
/** "13.09.2024": day, month, year, as Europe prints them. */
const dottedPattern = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u;
const dayFirst = new RegExp(String.raw`\b(\d{1,2})${ordinal}${range}\s+${month}(?:\s+|,\s*)(\d{4})\b`, 'u');
const monthFirst = new RegExp(String.raw`\b${month}\s+(\d{1,2})${ordinal}${range}(?:,?\s+(\d{4}))?(?![\d:])`, 'u');
const relative = new RegExp(
  String.raw`(?:^|[\s,(])(?:(today|yesterday|this (?:morning|afternoon|evening|week))|on (${weekdays.join('|')}))\b`,
  'iu',
);

export interface FoundDate {
  /** ISO day. */
  date: string;
  /** The text that says it, as printed. */
  text: string;
  /** Where that text starts in the searched text. */
  index: number;
}

function iso(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function yearOf(reference: string | undefined): number | undefined {
  const year = reference ? Number(reference.slice(0, 4)) : Number.NaN;
  return Number.isNaN(year) ? undefined : year;
}

/** The first absolute date in a text ("30 September 2021", "Sept. 30"), the year from `reference` when not printed. */
export function findDate(printed: string, reference?: string): FoundDate | undefined {
  // Months printed in capitals ("17 OCTOBER 2024") read as written in Title Case; offsets stay the same.
  const text = printed.replace(
    /\b(\p{Lu})(\p{Lu}{2,})\b/gu,
    (_, first: string, rest: string) => first + rest.toLowerCase(),
  );
  const candidates: FoundDate[] = [];
  const dotted = dottedPattern.exec(text);
  if (dotted)
    candidates.push({
      date: iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])),
      text: printed.slice(dotted.index, dotted.index + dotted[0].length),
      index: dotted.index,
    });
  const isoMatch = isoPattern.exec(text);
  if (isoMatch)
    candidates.push({
      date: iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])),
      text: isoMatch[0],
      index: isoMatch.index,
    });
  const day = dayFirst.exec(text);
  if (day)
    candidates.push({
      date: iso(Number(day[3]), monthNumber(day[2] ?? ''), Number(day[1])),
      text: printed.slice(day.index, day.index + day[0].length),
      index: day.index,
    });
  const named = monthFirst.exec(text);
  const year = named?.[3] ? Number(named[3]) : yearOf(reference);
  if (named && year !== undefined)
    candidates.push({
      date: iso(year, monthNumber(named[1] ?? ''), Number(named[2])),
      text: printed.slice(named.index, named.index + named[0].length),
      index: named.index,
    });
  return candidates.sort((a, b) => a.index - b.index)[0];
}

/** The day a relative date ("Today", "On Tuesday") names, counted back from the publication day `reference`. */
export function findRelativeDate(text: string, reference: string): FoundDate | undefined {
  const match = relative.exec(text);
  const published = new Date(`${reference}T00:00:00Z`);
  if (!match || Number.isNaN(published.getTime())) return undefined;
  const day = new Date(published);
  if (match[1]?.toLowerCase() === 'yesterday') day.setUTCDate(day.getUTCDate() - 1);
  if (match[2]) {
    const back = (published.getUTCDay() - weekdays.indexOf(match[2].toLowerCase()) + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
  }
  return { date: day.toISOString().slice(0, 10), text: match[0].trim(), index: match.index };
}
