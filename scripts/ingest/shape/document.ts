/**
 * One source document → its records. Checks the input is text, parses it
 * with remark, repairs PDF artifacts, splits head and sections, and builds
 * event, session, contribution and key-point records.
 */
import type { Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { eventSchema, type SessionRecord, type Speaker } from '../../../src/schemas/records.ts';
import { attributeSession, type AttributedSession } from '../speakers/attribution.ts';
import type { DocumentPeople } from '../speakers/known-people.ts';
import { mentionedPeople } from '../speakers/mentioned-people.ts';
import { isProse } from './blocks.ts';
import { framingHeadings } from '../speakers/lexicon.ts';
import { findDate, findRelativeDate } from './dates.ts';
import { readFrontMatter, type FrontMatter } from '../readers/front-matter.ts';
import type { Participant } from '../speakers/people-lists.ts';
import { checkCoverage } from './coverage.ts';
import type { Curation } from '../editors/curation.ts';
import { fail, note, warn } from '../diagnostics.ts';
import { buildEvent } from './event.ts';
import { readFraming } from './framing.ts';
import { readHead, type Head } from './head.ts';
import {
  contributionRecord,
  eventRecord,
  keyPointRecord,
  sessionRecord,
  type BuiltRecord,
} from '../records/records.ts';
import remarkGluedCapitals from '../repair/remark-glued-capitals.ts';
import remarkBulletLines from '../repair/remark-bullet-lines.ts';
import remarkHashLinks from '../repair/remark-hash-links.ts';
import remarkLabelledLines from '../repair/remark-labelled-lines.ts';
import remarkNoIndentedCode from '../repair/remark-no-indented-code.ts';
import remarkPageBreaks from '../repair/remark-page-breaks.ts';
import remarkRunningFooters from '../repair/remark-running-footers.ts';
import type { Sidecar } from '../editors/sidecar.ts';
import { slugify, titleSlug } from '../records/slug.ts';
import { checkText } from '../readers/source-text.ts';
import { splitStructure, type Section } from './structure.ts';
import { flatText } from './text.ts';

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
  .use(remarkNoIndentedCode)
  .use(remarkHashLinks)
  .use(remarkBulletLines)
  .use(remarkLabelledLines)
  .use(remarkGluedCapitals)
  .use(remarkRunningFooters)
  .use(remarkPageBreaks);

/** How long before a document's dateline the meeting it reports may have taken place. */
const maxDaysBeforeIssue = 31;

/** A title from the file's name, as a last resort: "2021-09-30-city-forum.txt" → "City Forum". */
function titleFromFileName(path: string): string {
  const base =
    path
      .split('/')
      .at(-1)
      ?.replace(/\.[^.]+$/u, '') ?? path;
  const text = base
    .replace(/\d{4}-\d{2}-\d{2}/gu, ' ')
    .replace(/[_-]+/gu, ' ')
    .trim();
  return (text || base).replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}

interface Dated {
  date: string;
  position: Position | undefined;
  /** Where it came from, for the message when it is not stated plainly. */
  how: string | undefined;
}

/**
 * The meeting's date, in order: the sidecar, the front matter's event date,
 * the document's dateline, a date (or a relative one) in its first paragraph,
 * the publication date, a date in the file's name.
 */
function meetingDate(
  file: VFile,
  sidecar: Sidecar,
  front: FrontMatter,
  head: Head,
  first: RootContent | undefined,
): Dated | undefined {
  if (sidecar.date) return { date: sidecar.date, position: undefined, how: undefined };
  if (front.eventDate) return { date: front.eventDate, position: undefined, how: undefined };
  const text = first ? flatText(first) : '';
  const published = front.published ?? head.date ?? undefined;
  const absolute = findDate(text, published);
  if (head.date) {
    // A dateline can be the day of issue: the meeting the opening sentence dates a few days before it wins.
    const days = absolute ? (Date.parse(head.date) - Date.parse(absolute.date)) / 86_400_000 : Number.NaN;
    if (absolute && days > 0 && days <= maxDaysBeforeIssue)
      return {
        date: absolute.date,
        position: first?.position,
        how: `\`${absolute.text}\` in the first paragraph, before the dateline ${head.date}`,
      };
    return { date: head.date, position: head.datePosition, how: undefined };
  }
  const relative = front.published ? findRelativeDate(text, front.published) : undefined;
  const found = [absolute, relative].filter((date) => date !== undefined).sort((a, b) => a.index - b.index)[0];
  if (found)
    return {
      date: found.date,
      position: first?.position,
      how:
        found === relative ? `\`${found.text}\` counted from the publication date ${front.published ?? ''}` : undefined,
    };
  if (front.published)
    return { date: front.published, position: undefined, how: 'the publication date in the front matter' };
  const named = /(\d{4}-\d{2}-\d{2})/u.exec(file.path.split('/').at(-1) ?? '')?.[1];
  return named ? { date: named, position: undefined, how: 'the date in the file name' } : undefined;
}

/** Blocks of a document with no session headings: one session named after the event holds all its text. */
function implicitSession(title: string, headBlocks: RootContent[], sections: Section[]): Section | undefined {
  const blocks = [...headBlocks, ...sections.flatMap((section) => [section.heading, ...section.blocks])];
  const heading = blocks[0];
  if (!heading) return undefined;
  return { heading, title, session: undefined, blocks };
}

export function readDocument(file: VFile, bytes: Uint8Array, sidecar: Sidecar, curation: Curation): DocumentResult {
  const result: DocumentResult = { records: [], appearances: [] };
  if (!checkText(file, bytes)) return result;
  const front = readFrontMatter(file);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const { head: headBlocks, sections } = splitStructure(tree);
  const printedHead = readHead(headBlocks);
  const path = file.path;
  // With its title from front matter and no dateline, the document's first lines are its text, not a head.
  const headIsBody = !printedHead.date && (sidecar.title ?? front.title) !== undefined;
  const head: Head = headIsBody
    ? { ...printedHead, title: null, subtitle: front.subtitle ?? null, series: null, logos: [], prose: headBlocks }
    : printedHead;

  const title = sidecar.title ?? front.title ?? head.title ?? titleFromFileName(path);
  if (!sidecar.title && !front.title && !head.title)
    warn(
      file,
      `Unexpected document without a title, expected a title line at the top (or \`title:\` in its front matter or sidecar); used \`${title}\` from the file name`,
      { line: 1, column: 1 },
      'missing-title',
    );
  const firstProse = [...head.prose, ...sections.flatMap((section) => section.blocks)].find(
    (node) => node.type === 'paragraph' && isProse(node),
  );
  const dated = meetingDate(file, sidecar, front, head, firstProse);
  if (!dated) {
    fail(
      file,
      'Unexpected document without a date, expected a date line such as `30 September 2021 | Meeting Summary`, a date in its first paragraph, or `date:` in its front matter or sidecar',
      head.titlePosition?.start ?? { line: 1, column: 1 },
      'missing-date',
    );
    return result;
  }
  const date = dated.date;
  if (dated.how) note(file, `Dated the meeting ${date} from ${dated.how}`, dated.position, 'date-inferred');
  if (!eventSchema.shape.date.safeParse(date).success) {
    fail(
      file,
      `Unexpected date \`${date}\`, a day that does not exist, expected a real date such as \`30 September 2021\`; correct the date line or set \`date:\` in the sidecar`,
      dated.position?.start ?? { line: 1, column: 1 },
      'invalid-date',
    );
    return result;
  }

  const kind = sidecar.kind ?? head.kind ?? 'document';
  const people: DocumentPeople = {
    speakers: new Map(),
    mentioned: mentionedPeople([...headBlocks, ...sections.flatMap((section) => [section.heading, ...section.blocks])]),
  };
  // A section in which someone speaks is a session, whatever its heading says ("Opening Remarks",
  // "The scale of the problem"), unless the heading names the document's own framing ("Background").
  const sessionLike = sections.filter(
    (section) => section.session ?? (!framingHeadings.test(section.title) && someoneSpeaks(section, people)),
  );
  const framing = readFraming(
    sections.filter((section) => !sessionLike.includes(section)),
    file,
  );
  const eventId = `${date}-${sidecar.slug ?? titleSlug(title)}`;
  const sessionSections = mergeRepeatedSessions(sessionLike);
  // Text before the first heading in which someone speaks ("The Chair, Jane Doe, opened the hearing …")
  // opens the first session rather than standing as the event's own text.
  const [firstSession] = sessionSections;
  const openingSpeech =
    firstSession !== undefined &&
    head.prose.length > 0 &&
    someoneSpeaks(
      { heading: head.prose[0] ?? firstSession.heading, title: title, session: undefined, blocks: head.prose },
      people,
    );
  if (firstSession && openingSpeech) firstSession.blocks.unshift(...head.prose);
  const implicit = sessionSections.length === 0 ? implicitSession(title, head.prose, sections) : undefined;
  const implicitRead = implicit ? attributeSession(implicit, file, people) : undefined;
  // Without session headings, the document is one session when someone speaks in it.
  const sessions = implicitRead && implicitRead.contributions.length > 0 ? [implicitRead] : [];
  const event = buildEvent({
    id: eventId,
    title,
    date,
    kind,
    head,
    framing,
    sidecar: {
      ...sidecar,
      subtitle: sidecar.subtitle ?? front.subtitle,
      sourceUrl: sidecar.sourceUrl ?? front.sourceUrl,
      location: sidecar.location ?? front.location,
    },
    file,
  });
  if (sessions.length === 0) {
    for (const section of sessionSections) sessions.push(attributeSession(section, file, people));
  }
  event.participants = dedupeParticipants(
    sessions.flatMap((session) => session.participants),
    sessions,
  );
  const eventBody =
    (sessions.length > 0 && implicit) || openingSpeech ? framing.body : [...head.prose, ...framing.body];
  result.records.push(eventRecord(event, eventBody));
  for (const point of framing.keyPoints) result.records.push(keyPointRecord(eventId, point, path));
  if (sessionSections.length === 0 && sessions.length === 0)
    note(
      file,
      'Unexpected document in which no speaker is introduced, expected introductions such as `Name, Role, Organisation, said …`; kept its whole text as the event\u2019s',
      firstProse?.position?.start ?? { line: 1, column: 1 },
      'no-speakers',
    );

  sessions.forEach((session, index) => {
    const built = sessionRecord(eventId, session, index + 1, path);
    result.records.push(built);
    session.contributions.forEach((contribution, position) => {
      const introduction = curation.apply(contribution.introduction);
      const speaker: Speaker = {
        kind: introduction.kind,
        id:
          contribution.slug === slugify(contribution.introduction.name)
            ? slugify(introduction.name)
            : contribution.slug,
        name: introduction.name,
        delegation: introduction.delegation,
        role: introduction.role,
        organisation: introduction.organisation,
        city: introduction.city,
        country: introduction.country?.code ?? null,
        countryName: introduction.country?.name ?? null,
      };
      const record = contributionRecord(built.data as SessionRecord, contribution, speaker, position + 1, path);
      result.records.push(record);
      if (speaker.kind === 'person')
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
  const checked = implicit && sessions.length > 0 ? [implicit] : sections;
  if (!file.messages.some((message) => message.fatal === true)) checkCoverage(file, checked, result.records);
  return result;
}

/**
 * A session numbered again without a title of its own ("Segment one" in the summary after
 * "Segment one — Opening remarks" in the agenda) is the same session: the later section's heading
 * and text join the first's.
 */
function mergeRepeatedSessions(sections: Section[]): Section[] {
  const byNumber = new Map<string, Section>();
  const merged: Section[] = [];
  for (const section of sections) {
    const number = section.session?.number;
    const key = number ? `${section.session?.word.toLowerCase() ?? ''} ${number.toLowerCase()}` : undefined;
    const first = key ? byNumber.get(key) : undefined;
    // Only a bare repeat ("Segment one") or a repeat of an agenda (a heading and lists) is the same
    // session; two titled sessions with one number are a mistake the duplicate-ID check reports.
    const bare = section.session?.title === section.title;
    const agenda = first?.blocks.every((block) => block.type !== 'paragraph');
    if (first && (bare || agenda)) {
      first.blocks.push(section.heading, ...section.blocks);
      continue;
    }
    const copy = { ...section, blocks: [...section.blocks] };
    if (key) byNumber.set(key, copy);
    merged.push(copy);
  }
  return merged;
}

/** Whether reading the section as a session gives it a speaker (read on the side: no message is kept). */
function someoneSpeaks(section: Section, people: DocumentPeople): boolean {
  const trial = { speakers: new Map(people.speakers), mentioned: people.mentioned };
  return attributeSession(section, new VFile(), trial).contributions.length > 0;
}

/** People listed as present, once each, leaving out those the document reports speaking. */
function dedupeParticipants(participants: Participant[], sessions: AttributedSession[]): Participant[] {
  const speakers = new Set(sessions.flatMap((session) => session.contributions.map((item) => item.introduction.name)));
  const seen = new Set<string>();
  return participants.filter((participant) => {
    if (speakers.has(participant.name) || seen.has(participant.name)) return false;
    seen.add(participant.name);
    return true;
  });
}
