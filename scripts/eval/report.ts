/**
 * The eval's report: one row of cells per document and one for the totals,
 * rendered as a padded console table (false positives and misses listed
 * under each document) and as the Markdown of docs/fidelity.md. Nothing in
 * it depends on time or machine, so the file changes only when results do.
 */
import { metrics, ratio, type Counts, type DocScore, type Share, type Totals } from './score.ts';

const header = ['doc', 'accepted', 'gold/found', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'country', 'session', 'date ok'];
const tail = ['deleg.', 'err/warn'];

const fixed = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
const share = (value: Share | null): string =>
  value === null || value.of === 0 ? '–' : `${fixed(ratio(value.correct, value.of))} (${value.correct}/${value.of})`;

function scoreCells(counts: Counts): string[] {
  const { precision, recall, f1 } = metrics(counts);
  const gold = counts.uncertain > 0 ? `${counts.gold} (${counts.uncertain}?)` : String(counts.gold);
  return [
    `${gold}/${counts.found}`,
    ...[counts.tp, counts.fp, counts.fn].map(String),
    fixed(precision),
    fixed(recall),
  ].concat(fixed(f1), share(counts.country), share(counts.session));
}

export function documentCells(score: DocScore): string[] {
  const accepted = score.crashed !== null ? 'crashed' : score.accepted ? 'yes' : 'no';
  return [score.doc.replace(/\.[^.]+$/u, ''), accepted, ...scoreCells(score), score.dateOk ? 'yes' : 'no'].concat(
    String(score.delegations),
    `${score.errors}/${score.warnings}`,
  );
}

export function totalCells(totals: Totals): string[] {
  const crashed = totals.crashed > 0 ? `, ${totals.crashed} crashed` : '';
  return [`total (${totals.docs})`, `${totals.accepted}/${totals.docs}${crashed}`, ...scoreCells(totals)].concat(
    `${totals.datesOk}/${totals.docs}`,
    String(totals.delegations),
    `${totals.errors}/${totals.warnings}`,
  );
}

const marked = ({ name, listed }: DocScore['falsePositives'][number]): string =>
  listed === 'listedOnly' ? `${name} [listed only]` : listed === 'notSpeakers' ? `${name} [not a speaker]` : name;

/** The lines under a document: crash message, false positives, misses, wrong countries (empty when there are none). */
export function findings(score: DocScore): string[] {
  return [
    ...(score.crashed !== null ? [`crashed: ${score.crashed.split('\n')[0] ?? ''}`] : []),
    ...(score.falsePositives.length > 0 ? [`false positives: ${score.falsePositives.map(marked).join('; ')}`] : []),
    ...(score.misses.length > 0 ? [`misses: ${score.misses.join('; ')}`] : []),
    ...(score.wrongCountries.length > 0 ? [`wrong countries: ${score.wrongCountries.join('; ')}`] : []),
  ];
}

export function consoleReport(scores: DocScore[], totals: Totals): string {
  const rows = [[...header, ...tail], ...scores.map(documentCells), totalCells(totals)];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(rows[0] ?? [])];
  scores.forEach((score, i) => {
    out.push(line(rows[i + 1] ?? []), ...findings(score).map((text) => `    ${text}`));
  });
  out.push(line(rows.at(-1) ?? []));
  return out.join('\n');
}

const cell = (text: string): string => text.replace(/\|/gu, '\\|');
const table = (head: string[], rows: string[][]): string[] => [
  `| ${head.join(' | ')} |`,
  `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
  ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
];

/** What each fixture set is, for the report. */
export const setDescriptions: Record<string, string> = {
  corpus:
    'Real, public-domain meeting readouts and chair\u2019s summaries with hand-made gold readings, and the two samples (`tests/fixtures/corpus/`). Its floor is in `docs/fidelity-floor.json`.',
  forms: 'Documents written for forms of introduction the corpus lacks (`tests/fixtures/forms/`).',
  genre:
    'Documents of the genre written without knowledge of the reader\u2019s rules, to see how it does on shapes nobody tuned for (`tests/fixtures/genre/`).',
};

/** One fixture set's section of `docs/fidelity.md`. */
export function markdownSection(set: string, scores: DocScore[], totals: Totals): string[] {
  const lines = [
    `## ${set}`,
    '',
    setDescriptions[set] ?? '',
    '',
    ...table(['documents', ...header.slice(1), ...tail], [totalCells(totals)]),
    '',
    ...table([...header, ...tail], scores.map(documentCells)),
    '',
    '### False positives, misses and wrong countries',
  ];
  for (const score of scores) {
    const found = findings(score);
    if (found.length > 0) lines.push('', `- ${score.doc}: ${found.join('; ')}`);
  }
  return lines;
}

export function markdownReport(sections: string[][]): string {
  const lines = [
    '# Ingest fidelity',
    '',
    'How well the ingest reads documents: each document of a fixture set is ingested on its own and the speakers (matched by name), their countries and sessions, and the event date are scored against its hand-made gold reading; regenerate this file with `npm run eval` (`npm run eval -- --check` also fails when a figure falls below `docs/fidelity-floor.json`).',
    '',
    'Person speakers only: delegations are counted apart. Gold speakers marked uncertain (`n?`) count when found and are not misses when not. P, R and F1 are micro-averaged in the totals; country and session accuracy are over matched speakers (session only for documents with two or more sessions); err/warn are the messages on the source.',
    '',
    ...sections.flatMap((section) => [...section, '']),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
