/**
 * One source document → its records. Checks the input is text, parses it
 * with remark, repairs PDF artifacts, splits head and sections, and builds
 * event, session, contribution and key-point records.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { eventSchema, type SessionRecord, type Speaker } from '../../../src/schemas/records.ts';
import { attributeSession } from './attribution.ts';
import { checkCoverage } from './coverage.ts';
import type { Curation } from './curation.ts';
import { fail, warn } from './diagnostics.ts';
import { buildEvent } from './event.ts';
import { readFraming } from './framing.ts';
import { readHead } from './head.ts';
import { contributionRecord, eventRecord, keyPointRecord, sessionRecord, type BuiltRecord } from './records.ts';
import remarkGluedCapitals from './remark-glued-capitals.ts';
import remarkHashLinks from './remark-hash-links.ts';
import remarkPageBreaks from './remark-page-breaks.ts';
import remarkRunningFooters from './remark-running-footers.ts';
import type { Sidecar } from './sidecar.ts';
import { slugify, titleSlug } from './slug.ts';
import { checkText } from './source-text.ts';
import { splitStructure } from './structure.ts';

/** A speaker's appearance, for building person records across sources. */
export interface Appearance {
  speaker: Speaker;
  contributionId: string;
  date: string;
  sessionOrder: number;
  order: number;
  file: string;
  lines: [number, number];
}

export interface DocumentResult {
  records: BuiltRecord[];
  appearances: Appearance[];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkHashLinks)
  .use(remarkGluedCapitals)
  .use(remarkRunningFooters)
  .use(remarkPageBreaks);

export function readDocument(file: VFile, bytes: Uint8Array, sidecar: Sidecar, curation: Curation): DocumentResult {
  const result: DocumentResult = { records: [], appearances: [] };
  if (!checkText(file, bytes)) return result;
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const { head: headBlocks, sections } = splitStructure(tree);
  const head = readHead(headBlocks);
  const path = file.path;

  const title = sidecar.title ?? head.title;
  const date = sidecar.date ?? head.date;
  if (!title)
    fail(
      file,
      'Unexpected document without a title, expected a title line at the top of the document (or `title:` in its sidecar)',
      { line: 1, column: 1 },
      'missing-title',
    );
  if (!date)
    fail(
      file,
      'Unexpected document head without a date, expected a line such as `30 September 2021 | Meeting Summary` before the first section (or `date:` in its sidecar)',
      head.titlePosition?.start ?? { line: 1, column: 1 },
      'missing-date',
    );
  const realDay = !date || eventSchema.shape.date.safeParse(date).success;
  if (!realDay)
    fail(
      file,
      `Unexpected date \`${date}\`, a day that does not exist, expected a real date such as \`30 September 2021\`; correct the date line or set \`date:\` in the sidecar`,
      head.datePosition?.start ?? { line: 1, column: 1 },
      'invalid-date',
    );
  if (sections.length === 0)
    fail(
      file,
      'Unexpected document without sections, expected section headings such as `Executive Summary` or `Session 1: Title`, each followed by its text',
      tree.children[0]?.position?.start,
      'missing-sections',
    );
  if (!title || !date || !realDay || sections.length === 0) return result;

  const kind = sidecar.kind ?? head.kind;
  if (!kind)
    warn(
      file,
      'Unexpected document head without a kind, expected `Date | Meeting Summary` or `kind:` in the sidecar; using `document`',
      head.datePosition?.start,
      'missing-kind',
    );

  const framing = readFraming(
    sections.filter((section) => !section.session),
    file,
  );
  const eventId = `${date}-${sidecar.slug ?? titleSlug(title)}`;
  const event = buildEvent({ id: eventId, title, date, kind: kind ?? 'document', head, framing, sidecar, file });
  result.records.push(eventRecord(event, [...head.prose, ...framing.body]));
  for (const point of framing.keyPoints) result.records.push(keyPointRecord(eventId, point, path));

  sections
    .filter((section) => section.session)
    .forEach((section, index) => {
      const session = attributeSession(section, file);
      const built = sessionRecord(eventId, session, index + 1, path);
      result.records.push(built);
      session.contributions.forEach((contribution, position) => {
        const introduction = curation.apply(contribution.introduction);
        const speaker: Speaker = {
          id: slugify(introduction.name),
          name: introduction.name,
          role: introduction.role,
          organisation: introduction.organisation,
          city: introduction.city,
          country: introduction.country?.code ?? null,
          countryName: introduction.country?.name ?? null,
        };
        const record = contributionRecord(built.data as SessionRecord, contribution, speaker, position + 1, path);
        result.records.push(record);
        result.appearances.push({
          speaker,
          contributionId: record.id,
          date,
          sessionOrder: index + 1,
          order: position + 1,
          file: path,
          lines: [contribution.introducedAt?.start.line ?? 1, contribution.introducedAt?.end.line ?? 1],
        });
      });
    });
  // A file with errors writes nothing, and its errors already name the text they could not place.
  if (!file.messages.some((message) => message.fatal === true)) checkCoverage(file, sections, result.records);
  return result;
}
