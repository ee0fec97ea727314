/**
 * One synthetic meeting summary: a title block with date and "Meeting
 * Summary", an executive summary with numbered key points, an opening
 * session and numbered sessions of speakers, with the page breaks of a PDF
 * turned into text. Returns the text and the records it should yield.
 */
import { countries } from './countries.ts';
import { inventName, organisation } from './names.ts';
import type { Rng } from './prng.ts';
import { openingClause, sentences, theme } from './prose.ts';
import { contribution } from './speakers.ts';

export interface RecordCounts {
  events: number;
  sessions: number;
  contributions: number;
  keyPoints: number;
  people: number;
}

export interface SyntheticDocument {
  /** File name: `<date>-<slug>-meeting-summary.txt`. */
  fileName: string;
  text: string;
  expected: RecordCounts;
  /** ISO codes of the countries the speakers' introductions name, one per contribution that names one. */
  countries: string[];
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function sessionTitle(rng: Rng): string {
  return rng.pick([
    `Role of Cities in ${theme(rng)}`,
    `What Are National Governments Doing to Support ${theme(rng)}?`,
    `${theme(rng)} and ${theme(rng)}: Lessons from the Field`,
    `Partnerships for ${theme(rng)}`,
    `From National Plans to Local Action on ${theme(rng)}`,
  ]);
}

/**
 * Where to cut a prose paragraph across a page, as PDF text has it: after
 * its first sentence, before a lower-case word, not after punctuation.
 * Lists and short paragraphs are not cut. Returns -1 for no cut.
 */
function pageCut(rng: Rng, block: string): number {
  const firstSentence = block.indexOf('. ') + 2;
  if (/^\d+\. /.test(block) || block.includes('\n') || firstSentence < 2 || block.length - firstSentence < 300)
    return -1;
  const cut = block.indexOf(' ', rng.int(firstSentence + 40, block.length - 200));
  return cut > 0 && /[a-z]/.test(block.charAt(cut + 1)) && !/[.,;:!?]/.test(block.charAt(cut - 1)) ? cut : -1;
}

/** Joins blocks with blank lines, inserting a page break (three blank lines) about every `pageChars`, sometimes mid-paragraph. */
function paginate(rng: Rng, blocks: string[], pageChars = 3800): string {
  const out: string[] = [];
  let onPage = 0;
  for (const block of blocks) {
    onPage += block.length;
    if (onPage < pageChars) {
      out.push(block, '\n\n');
      continue;
    }
    onPage = 0;
    const cut = pageCut(rng, block);
    if (cut > 0) out.push(block.slice(0, cut), '\n\n\n\n', block.slice(cut + 1), '\n\n');
    else out.push(block, '\n\n\n\n');
  }
  return out.join('').trimEnd() + '\n';
}

/** A meeting summary; `taken` carries speaker names and event slugs already used in the corpus. */
export function meetingSummary(rng: Rng, taken: Set<string>): SyntheticDocument {
  const year = rng.int(2008, 2030);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const printed = `${day} ${months[month - 1] ?? ''} ${year}`;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let title: string;
  do {
    title = `${rng.pick(['Advancing', 'Strengthening', 'Rethinking', 'Localising', 'Financing'])} ${theme(rng)} in ${rng.pick(countries).capital}: ${inventName(rng)} ${rng.pick(['Dialogue', 'Roundtable', 'Forum', 'Exchange'])}`;
  } while (taken.has(`${iso}/${title}`));
  taken.add(`${iso}/${title}`);
  const host = organisation(rng, false);
  const keyPoints = rng.int(5, 12);
  const blocks = [
    '\n\n',
    title,
    `${rng.pick(['Side Event', 'Regional Meeting', 'Expert Roundtable', 'Annual Forum'])} of the ${host}`,
    `${printed} | Meeting Summary\n\n`,
    'Executive Summary',
    `On ${printed} the ${host} hosted a meeting on *${title}*. Co-sponsored by the ${organisation(rng, true)}, participants included mayors, national officials and practitioners from ${rng.int(5, 60)} countries. Speakers discussed ${openingClause(rng)}. Key points included:`,
    Array.from({ length: keyPoints }, (_, i) => `${i + 1}. ${sentences(rng, rng.int(1, 4))}`).join('\n'),
  ];
  const sessionCount = rng.int(2, 5);
  let speakers = 0;
  const named: string[] = [];
  for (let s = 0; s <= sessionCount; s += 1) {
    if (s === 0) blocks.push('Opening Session');
    else {
      const heading = `Session ${s}: ${sessionTitle(rng)}${s === sessionCount && rng.chance(0.4) ? ', and Concluding Remarks' : ''}`;
      blocks.push(rng.chance(0.3) ? `[${heading}](#)` : heading);
    }
    const count = s === 0 ? rng.int(2, 4) : rng.int(3, 8);
    for (let k = 0; k < count; k += 1) {
      const said = contribution(rng, taken, s === 0 && k === 0);
      blocks.push(...said.paragraphs);
      if (said.country) named.push(said.country);
    }
    speakers += count;
  }
  return {
    fileName: `${iso}-${slugify(title).split('-').slice(0, 6).join('-')}-meeting-summary.txt`,
    text: paginate(rng, blocks),
    expected: { events: 1, sessions: sessionCount + 1, contributions: speakers, keyPoints, people: speakers },
    countries: named,
  };
}
