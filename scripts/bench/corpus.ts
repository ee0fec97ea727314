/**
 * The synthetic corpus: meeting summaries of the genre (a head with a date
 * line, an executive summary with numbered key points, an opening session
 * and numbered sessions of speakers, page breaks as PDF text has them),
 * written to a folder from a seed. Speakers are introduced in the forms the
 * ingest reads and, for a share of them, in forms it may not know, so that
 * the benchmark's recall figure can show a gap. Same seed, same bytes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRng, type Rng } from './prng.ts';
import { countries, fill, invented, person, sentences, type Person } from './prose.ts';

/** A speaker as generated: `name` null for a form that gives none. */
export interface GeneratedSpeaker {
  name: string | null;
  form: string;
}

export interface Corpus {
  dir: string;
  documents: number;
  /** Source text in bytes (UTF-8). */
  bytes: number;
  /** Records the ingest writes at least: those of the documents' head, sessions and key points and of every speaker introduced in a known form. */
  records: number;
  speakers: GeneratedSpeaker[];
}

/**
 * Forms of introduction: the template (which the report shows as the form's
 * name), its share of the speakers out of 100, and whether the ingest's
 * recognisers were written for it. A template without `{name}` introduces
 * a speaker without a name; `{names}` lists two or three people.
 */
const forms: [template: string, weight: number, known: boolean][] = [
  ['{name}, {role}, {org}, {country}, {predicate}', 20, true],
  ['{name}, Mayor of {capital}, {country}, {predicate}', 8, true],
  ["{country}'s {minister} {name} {predicate}", 8, true],
  ['{demonym} {ministry} {minister} {name} {predicate}', 6, true],
  ['{name} - {role}, {org}, {country} {predicate}', 8, true],
  ['{name}, {role}, {body}, {predicate}', 6, true],
  ['In {his} remarks, **{name}, the {role} of the {org}**, {predicate}', 6, true],
  ['Speaking next, the Mayor of {capital}, {name}, {predicate}', 5, false],
  ['{name} ({role}, {org}) took the floor to describe {clause}.', 5, false],
  ['“{Quote},” {name}, {role} of the {org}, told participants.', 5, false],
  ['According to {name}, {role} at the {org} ({country}), {said}', 5, false],
  ['{name}, who leads the {org} in {capital}, opened the discussion by describing {clause}.', 5, false],
  ['{name} — {role}, {ministry} — argued that {said}', 4, false],
  ['The {minister} of {country} stressed that {said}', 4, false],
  ['Interventions followed from {names}, who agreed that {said}', 5, false],
];

/** The forms, for the report. */
export const introductionForms = forms.map(([template, , known]) => ({ template, known }));

/** One introduction's paragraphs and the speakers it introduces. */
function introduce(rng: Rng, taken: Set<string>): { paragraphs: string[]; speakers: GeneratedSpeaker[] } {
  let roll = rng.int(1, 100);
  const [template] = forms.find(([, weight]) => (roll -= weight) <= 0) ?? ['{name}, {role}, {predicate}'];
  const people: Person[] = Array.from({ length: template.includes('{names}') ? rng.int(2, 3) : 1 }, () =>
    person(rng, taken),
  );
  const country = rng.pick(countries);
  const listed = people.map((p) => `${p.name} (${rng.pick(countries).name})`);
  const parts = {
    name: () => people[0]?.name ?? '',
    names: () => `${listed.slice(0, -1).join(', ')} and ${listed.at(-1) ?? ''}`,
    his: () => (people[0]?.pronoun === 'she' ? 'her' : 'his'),
    country: () => country.name,
    capital: () => country.capital,
    demonym: () => country.demonym,
    quote: () => fill(rng, '{said}').slice(0, -1),
  };
  const paragraphs = [`${fill(rng, template, parts)} ${sentences(rng, rng.int(2, 7))}`];
  const named = template.includes('{name');
  for (let i = rng.int(0, 2); i > 0; i -= 1) {
    const lead =
      named && people.length === 1 && rng.chance(0.7)
        ? `${people[0]?.pronoun === 'she' ? 'She' : 'He'} added that {said} `
        : '';
    paragraphs.push(`${fill(rng, lead)}${sentences(rng, rng.int(2, 5))}`);
  }
  return { paragraphs, speakers: people.map((p) => ({ name: named ? p.name : null, form: template })) };
}

/** Joins blocks with blank lines, with a page break (three blank lines) about every 4,000 characters, sometimes mid-sentence. */
function paginate(blocks: string[]): string {
  let onPage = 0;
  const pages = blocks.map((block) => {
    onPage += block.length;
    if (onPage < 4000) return block;
    onPage = 0;
    // A cut between two lower-case words after the first sentence, as a PDF's page break leaves prose.
    const cut = /^\d+\. /u.test(block) ? -1 : block.slice(0, -200).search(/(?<=\. .{40,}[a-z]) (?=[a-z])/u);
    return cut < 0 ? `${block}\n\n` : `${block.slice(0, cut)}\n\n\n\n${block.slice(cut + 1)}`;
  });
  return `${pages.join('\n\n')}\n`;
}

/** One meeting summary; `taken` holds the names and titles used so far in the corpus. */
function meetingSummary(rng: Rng, taken: Set<string>) {
  const date = new Date(Date.UTC(rng.int(2008, 2030), rng.int(0, 11), rng.int(1, 28)));
  const printed = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  let title: string;
  do {
    title = `${rng.pick(['Advancing', 'Strengthening', 'Rethinking', 'Financing'])} ${fill(rng, '{topic}')} in ${rng.pick(countries).capital}: ${invented(rng)} ${rng.pick(['Dialogue', 'Roundtable', 'Forum'])}`;
  } while (taken.has(`${printed} ${title}`));
  taken.add(`${printed} ${title}`);
  const host = fill(rng, '{org}');
  const keyPoints = rng.int(4, 10);
  const sessions = rng.int(2, 5);
  const blocks = [
    title,
    `${rng.pick(['Side Event', 'Regional Meeting', 'Expert Roundtable'])} of the ${host}`,
    `${printed} | Meeting Summary`,
    'Executive Summary',
    fill(
      rng,
      `On ${printed} the ${host} hosted a meeting on *${title}*. Participants from {count} countries discussed {clause}. Key points included:`,
    ),
    Array.from({ length: keyPoints }, (_, i) => `${i + 1}. ${sentences(rng, rng.int(1, 3))}`).join('\n'),
  ];
  const speakers: GeneratedSpeaker[] = [];
  for (let s = 0; s <= sessions; s += 1) {
    const lead = rng.pick(['Partnerships for', 'The Role of Cities in', 'From National Plans to Local Action on']);
    blocks.push(s === 0 ? 'Opening Session' : fill(rng, `Session ${s}: ${lead} {topic}`));
    for (let k = rng.int(2, 6); k > 0; k -= 1) {
      const introduced = introduce(rng, taken);
      blocks.push(...introduced.paragraphs);
      speakers.push(...introduced.speakers);
    }
  }
  const known = speakers.filter(({ form }) =>
    forms.some(([template, , isKnown]) => isKnown && template === form),
  ).length;
  const words = (title.toLowerCase().match(/[a-z0-9]+/gu) ?? []).slice(0, 6);
  return {
    fileName: `${date.toISOString().slice(0, 10)}-${words.join('-')}-meeting-summary.txt`,
    text: paginate(blocks),
    // An event, its sessions, its key points, and a contribution and a person for each speaker of a known form.
    records: 1 + (sessions + 1) + keyPoints + 2 * known,
    speakers,
  };
}

/** Generates documents from `seed` until they hold at least `records` records; writes them to `dir`, emptied first. */
export async function writeCorpus(dir: string, records: number, seed: number): Promise<Corpus> {
  const rng = createRng(seed);
  const taken = new Set<string>();
  const corpus: Corpus = { dir, documents: 0, bytes: 0, records: 0, speakers: [] };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  while (corpus.records < records) {
    const doc = meetingSummary(rng.fork(`document-${corpus.documents}`), taken);
    await writeFile(path.join(dir, doc.fileName), doc.text);
    corpus.documents += 1;
    corpus.bytes += Buffer.byteLength(doc.text);
    corpus.records += doc.records;
    corpus.speakers.push(...doc.speakers);
  }
  return corpus;
}
