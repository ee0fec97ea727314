/**
 * Attributes a session's text to its speakers, sentence by sentence:
 * - a sentence a recogniser reads as an introduction (`recognisers/`) opens
 *   (or continues) that speaker's contribution;
 * - a sentence that names a speaker already introduced ("Doe noted …")
 *   goes to that speaker;
 * - a sentence opening with a pronoun ("She added …") goes to the last
 *   speaker, when the pronoun fits them; otherwise it is a warning;
 * - the rest of a paragraph follows its first sentence; a paragraph that
 *   introduces nobody follows the last speaker only when it shows it is
 *   reported speech ("…, she said, …"), else it is the session's own text;
 * - a paragraph whose subject is a person no recogniser read is a warning,
 *   and, when a name can be read, a new contribution marked as detected.
 * Lists under "Participants" are people present, not speakers; lists under
 * "Opening Speakers" are speakers. Every stretch of a contribution records
 * how it was attributed, so an editor can audit it.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { AttributionStep } from '../../../src/schemas/records.ts';
import { quote, warn } from '../diagnostics.ts';
import { reportingVerbs } from './lexicon.ts';
import { namedAgain, samePerson, type DocumentPeople, type KnownSpeakers } from './known-people.ts';
import { detectSpeaker } from './name-detector.ts';
import { peopleList, readLabelledPerson, type Participant } from './people-lists.ts';
import { recognise } from './recognisers/index.ts';
import { person, type Speech } from './recognisers/types.ts';
import { paragraphOfRuns, splitSentences, type SentenceRun } from './sentences.ts';
import { slugify } from '../records/slug.ts';
import type { Section } from '../shape/structure.ts';
import { flatText, words } from '../shape/text.ts';

export interface Contribution {
  /** Speaker slug: the person's ID (a delegation's is `delegation-<slug>`). */
  slug: string;
  /** The speaker as introduced. */
  introduction: Speech;
  /** Where the speaker was introduced. */
  introducedAt: Position | undefined;
  blocks: RootContent[];
  attribution: AttributionStep[];
}

export interface AttributedSession {
  section: Section;
  /** Text of the session that belongs to no speaker. */
  body: RootContent[];
  contributions: Contribution[];
  /** People listed as present who are not reported speaking. */
  participants: Participant[];
}

type Gender = 'he' | 'she';
const pronouns: Record<string, Gender | 'they' | 'it'> = {
  he: 'he',
  his: 'he',
  him: 'he',
  she: 'she',
  her: 'she',
  they: 'they',
  their: 'they',
  it: 'it',
  its: 'it',
};
/** Reported speech inside a paragraph: "…, she said, …", "He added …": a pronoun, then a reporting verb. */
function isReportedSpeech(text: string): boolean {
  for (const match of text.matchAll(/(?:^|[\s,;])(?:he|she|they)\s+(?:(?:also|further|then)\s+)?(\p{Ll}+)/giu))
    if (reportingVerbs.has(match[1] ?? '') || match[1] === 'continued') return true;
  return false;
}
const genderWords: [RegExp, Gender][] = [
  [/\b(?:his|him|he|mr\.?)\b/iu, 'he'],
  [/\b(?:her|she|ms\.?|mrs\.?)\b/iu, 'she'],
];

function firstWord(text: string): string {
  return (words(text)[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** The gender a text's first pronoun gives its speaker, if it names one. */
function genderIn(text: string): Gender | undefined {
  const hits = genderWords
    .map(([pattern, gender]) => ({ gender, at: pattern.exec(text)?.index ?? -1 }))
    .filter((hit) => hit.at >= 0)
    .sort((a, b) => a.at - b.at);
  return hits[0]?.gender;
}

function linesOfRuns(runs: SentenceRun[], fallback: Position | undefined): [number, number] {
  const start = runs[0]?.position?.start.line ?? fallback?.start.line ?? 1;
  const end = runs.at(-1)?.position?.end.line ?? fallback?.end.line ?? start;
  return [start, Math.max(start, end)];
}

interface Target {
  contribution: Contribution;
  how: AttributionStep['how'];
  by: string | null;
}

class SessionReader {
  readonly session: AttributedSession;
  private readonly bySlug = new Map<string, Contribution>();
  private current: Contribution | undefined;
  /** Speakers introduced together ("… delivered by X and Y"): "They …" goes to all of them. */
  private group: Contribution[] = [];
  private readonly genders = new Map<Contribution, Gender>();

  private readonly file: VFile;
  private readonly known: KnownSpeakers;
  private readonly mentioned: Map<string, Speech>;

  constructor(section: Section, file: VFile, people: DocumentPeople) {
    this.file = file;
    this.known = people.speakers;
    this.mentioned = people.mentioned;
    this.session = { section, body: [], contributions: [], participants: [] };
  }

  /** The speaker's contribution in this session, created on first use; a surname alone joins the full name. */
  contributionFor(speech: Speech, at: Position | undefined): Contribution {
    // A shorter form of a speaker's name is that speaker, as first introduced; of a person only
    // named so far, it is that person, with what this introduction says first.
    const spoke = speech.kind === 'person' ? samePerson(speech.name, this.known) : undefined;
    const named = spoke || speech.kind !== 'person' ? undefined : samePerson(speech.name, this.mentioned);
    const speaker = spoke
      ? { ...spoke, role: spoke.role ?? speech.role, country: spoke.country ?? speech.country }
      : named
        ? {
            ...speech,
            name: named.name,
            role: speech.role ?? named.role,
            organisation: speech.organisation ?? named.organisation,
            city: speech.city ?? named.city,
            country: speech.country ?? named.country,
          }
        : speech;
    const slug = speaker.kind === 'delegation' ? `delegation-${slugify(speaker.name)}` : slugify(speaker.name);
    this.known.set(slug, this.known.get(slug) ?? speaker);
    let contribution = this.bySlug.get(slug);
    if (!contribution) {
      contribution = {
        slug,
        introduction: this.known.get(slug) ?? speaker,
        introducedAt: at,
        blocks: [],
        attribution: [],
      };
      this.bySlug.set(slug, contribution);
      this.session.contributions.push(contribution);
    }
    return contribution;
  }

  private give(target: Target, block: RootContent, lines: [number, number]): void {
    const { contribution } = target;
    contribution.blocks.push(block);
    const last = contribution.attribution.at(-1);
    // Consecutive stretches attributed the same way are one step.
    if (last && last.how === target.how && last.by === target.by && last.lines[1] >= lines[0] - 1)
      last.lines = [last.lines[0], Math.max(last.lines[1], lines[1])];
    else contribution.attribution.push({ lines, how: target.how, by: target.by });
  }

  /** Whether "he"/"she" fits the current speaker; learns the speaker's pronoun on first use. */
  private fits(contribution: Contribution, pronoun: Gender | 'they' | 'it'): boolean {
    if (pronoun === 'it') return contribution.introduction.kind === 'delegation';
    if (pronoun === 'they') return true;
    // A delegation speaks through a representative, who may be "he" or "she".
    if (contribution.introduction.kind === 'delegation') return contribution.attribution[0]?.by === 'representative-of';
    const known = this.genders.get(contribution);
    if (!known) this.genders.set(contribution, pronoun);
    return !known || known === pronoun;
  }

  private introduce(speakers: Speech[], recogniser: string, run: SentenceRun, paragraph: Paragraph): Target[] {
    const targets = speakers.map((speech) => ({
      contribution: this.contributionFor(speech, paragraph.position),
      how: 'introduction' as const,
      by: recogniser,
    }));
    this.group = targets.length > 1 ? targets.map((target) => target.contribution) : [];
    this.current = targets.length === 1 ? targets[0]?.contribution : undefined;
    const only = targets[0]?.contribution;
    const gender = genderIn(run.text);
    if (only && targets.length === 1 && gender && !this.genders.has(only)) this.genders.set(only, gender);
    return targets;
  }

  /** Who a sentence that introduces nobody belongs to: [] for the session's own text. */
  private followOn(run: SentenceRun, index: number, previous: Target[], paragraph: Paragraph): Target[] {
    const again = namedAgain(run.text, this.known);
    if (again) {
      const contribution = this.contributionFor(again, paragraph.position);
      this.current = contribution;
      this.group = [];
      return [{ contribution, how: 'name', by: again.name }];
    }
    const earlier = namedAgain(run.text, this.mentioned, true);
    if (earlier) {
      const contribution = this.contributionFor(earlier, paragraph.position);
      this.current = contribution;
      this.group = [];
      return [{ contribution, how: 'introduction', by: 'named-earlier' }];
    }
    // Before pronouns: "It fell to Jane Doe, …" opens on a person, not on "it".
    const detected = detectSpeaker(run.text, this.known, String(this.file.value), index === 0);
    if (detected) {
      warn(
        this.file,
        `Unexpected ${quote(run.text)} that opens on ${detected.speech.name} (${detected.evidence}) in a form no recogniser reads, expected a form such as \`Name, Role, said …\`; made it a new speaker marked \`name-detector\`, check it`,
        run.position,
        'unrecognised-speaker',
      );
      const contribution = this.contributionFor(detected.speech, paragraph.position);
      this.current = contribution;
      this.group = [];
      return [{ contribution, how: 'introduction', by: 'name-detector' }];
    }
    const word = firstWord(run.text);
    const pronoun = pronouns[word];
    if (pronoun && (index === 0 || previous.length === 0)) {
      if (pronoun === 'they' && this.group.length > 0)
        return this.group.map((contribution) => ({ contribution, how: 'pronoun', by: word }));
      if (this.current && this.fits(this.current, pronoun))
        return [{ contribution: this.current, how: 'pronoun', by: word }];
      if (pronoun !== 'it' && pronoun !== 'they')
        warn(
          this.file,
          `Unexpected ${quote(run.text)} that refers to a speaker with \`${word}\` where ${this.current ? `the last speaker, ${this.current.introduction.name}, does not fit it` : 'nobody has been introduced yet in this session'}, expected an introduction such as \`Name, Role, Organisation, said …\`; left it as the session's text`,
          run.position,
          'unattributed-paragraph',
        );
      return [];
    }
    if (index > 0)
      return previous.map((target) => ({ ...target, how: 'follows', by: target.contribution.introduction.name }));
    if (this.current && isReportedSpeech(flatText(paragraph)))
      return [{ contribution: this.current, how: 'follows', by: this.current.introduction.name }];
    return [];
  }

  paragraph(paragraph: Paragraph): void {
    const labelled = readLabelledPerson(flatText(paragraph));
    if (labelled) {
      const speech = person({ name: labelled.name, ...labelled.descriptor });
      const contribution = this.contributionFor(speech, paragraph.position);
      this.give({ contribution, how: 'listed', by: labelled.label }, paragraph, [
        paragraph.position?.start.line ?? 1,
        paragraph.position?.end.line ?? 1,
      ]);
      this.current = contribution;
      return;
    }
    const runs = splitSentences(paragraph);
    const assigned: Target[][] = [];
    let previous: Target[] = [];
    runs.forEach((run, index) => {
      const found = recognise({ sentence: run, first: index === 0, paragraph });
      previous = found
        ? this.introduce(found.speakers, found.recogniser, run, paragraph)
        : this.followOn(run, index, previous, paragraph);
      assigned.push(previous);
    });
    // Consecutive sentences with the same speakers become one paragraph of theirs.
    let start = 0;
    for (let index = 1; index <= runs.length; index += 1) {
      const key = (targets: Target[] | undefined) =>
        (targets ?? []).map((target) => target.contribution.slug).join(' ');
      if (index < runs.length && key(assigned[index]) === key(assigned[start])) continue;
      const piece = runs.slice(start, index);
      const block = start === 0 && index === runs.length ? paragraph : paragraphOfRuns(piece, paragraph);
      const targets = assigned[start] ?? [];
      if (targets.length === 0) this.session.body.push(block);
      for (const target of targets) this.give(target, block, linesOfRuns(piece, paragraph.position));
      start = index;
    }
  }

  list(list: List, lead: RootContent | undefined): boolean {
    const people = peopleList(list, lead);
    if (people?.kind === 'participants') {
      for (const entry of people.entries)
        if (entry)
          this.session.participants.push({ name: entry.name, affiliation: entry.affiliation, list: entry.list });
      this.session.body.push(list);
      return true;
    }
    if (people?.kind === 'speakers') {
      list.children.forEach((item, index) => {
        const participant = people.entries[index];
        if (!participant) {
          this.session.body.push({ ...list, start: null, children: [item] });
          return;
        }
        const speech = person({ name: participant.name, ...participant.descriptor });
        const contribution = this.contributionFor(speech, item.position);
        const single: List = { ...list, start: null, children: [item] };
        this.give({ contribution, how: 'listed', by: people.lead }, single, [
          item.position?.start.line ?? 1,
          item.position?.end.line ?? 1,
        ]);
      });
      this.current = undefined;
      return true;
    }
    return false;
  }

  /** A list whose items introduce speakers ("1. Secretary Doe announced …"): item by item, as paragraphs. */
  listItems(list: List): boolean {
    const opens = (item: ListItem) => {
      const first = item.children[0];
      const run = first?.type === 'paragraph' ? splitSentences(first)[0] : undefined;
      return (
        run !== undefined &&
        first?.type === 'paragraph' &&
        recognise({ sentence: run, first: true, paragraph: first }) !== undefined
      );
    };
    if (!list.children.some((item) => opens(item))) return false;
    for (const item of list.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph') this.paragraph(child);
        else if (child.type === 'list') this.otherList(child);
        else this.session.body.push(child);
      }
    }
    return true;
  }

  /** A list of quotations ("- “We must act …”") right after a speaker is theirs; other lists are the session's. */
  otherList(list: List): void {
    const quoted = list.children.every((item) => /^["“‘]/u.test(flatText(item)));
    if (quoted && this.current) {
      this.give({ contribution: this.current, how: 'follows', by: this.current.introduction.name }, list, [
        list.position?.start.line ?? 1,
        list.position?.end.line ?? 1,
      ]);
    } else this.session.body.push(list);
  }
}

export function attributeSession(
  section: Section,
  file: VFile,
  people: DocumentPeople = { speakers: new Map(), mentioned: new Map() },
): AttributedSession {
  const reader = new SessionReader(section, file, people);
  const blocks = section.blocks;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.type === 'list') {
      // A list's lead-in is the block before it, or the section's heading ("Panellists", "Segment one — …").
      const lead = blocks[index - 1] ?? section.heading;
      if (!reader.list(block, lead) && !reader.listItems(block)) reader.otherList(block);
    } else if (next?.type === 'list' && peopleList(next, block)) {
      // The lead-in of a list of people ("Participants included:") is the session's own text.
      reader.session.body.push(block);
    } else if (block.type === 'paragraph') reader.paragraph(block);
    else reader.session.body.push(block);
  });
  return reader.session;
}
