/**
 * The whole ingest as a function: read every source (with its sidecar),
 * the curation file, build and validate all records, check IDs are unique.
 * Returns the files with their messages and the rendered records, and
 * writes them into `recordsDir` when it is given and nothing failed.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { sourcePageUrl, sourceUrl } from '../../src/lib/source-files.ts';
import { VFileMessage } from 'vfile-message';
import type { RecordType } from '../../src/schemas/records.ts';
import { Curation } from './editors/curation.ts';
import { fail, hasErrors, messageSource, warn } from './diagnostics.ts';
import { personRecords } from './records/people.ts';
import { readVFile } from './read-source.ts';
import { readSources } from './read-sources.ts';
import { formatOfName, readableExtensions } from './readers/detect.ts';
import type { PagedAppearance } from './readers/source-map.ts';
import type { BuiltRecord } from './records/records.ts';
import { isSidecarPath, sidecarPathOf } from './editors/sidecar.ts';
import { applyThemeCuration } from './editors/theme-curation.ts';
import { readTaxonomy, type Taxonomy } from './records/themes.ts';
import { validateRecord } from './records/validate.ts';
import { yamlText } from './editors/yaml-data.ts';
import { renderAll, renderRecord, writeRecords } from './records/write-records.ts';

export interface IngestOptions {
  /** Paths in records and messages are relative to this folder. */
  root: string;
  sourcesDir: string;
  /** Curation file; a missing file means no curation. */
  curationFile: string;
  /** Theme taxonomy; missing (or not given) means records carry no themes. */
  themesFile?: string | undefined;
  /** Per-record theme corrections; missing means none. */
  themeCurationFile?: string | undefined;
  /** Where to write the records when nothing failed (see `writeRecords`); not given, nothing is written. */
  recordsDir?: string | undefined;
}

export interface SourceSummary {
  file: VFile;
  counts: Partial<Record<RecordType, number>>;
}

export interface IngestResult {
  /** Every file read, with its messages: sources, sidecars, the curation file. */
  files: VFile[];
  sources: SourceSummary[];
  records: BuiltRecord[];
  /** Rendered record files, `path → text`, sorted by path. */
  rendered: Map<string, string>;
  /** What became of `recordsDir`, when given and nothing failed. */
  written?: 'written' | 'unchanged' | undefined;
  ok: boolean;
}

/** An editor's text file (YAML), or undefined when the path is not given or the file is missing. */
function readTextFile(root: string, path: string | undefined): VFile | undefined {
  const input = path === undefined ? undefined : readVFile(root, path);
  if (input) input.file.value = yamlText(input.file, input.bytes);
  return input?.file;
}

interface Themes {
  /** The themes file and the theme curation file, when there are. */
  files: VFile[];
  taxonomy: Taxonomy | undefined;
  curationFile: VFile | undefined;
}

/** The theme taxonomy (records are tagged with it as their source is read) and the editors' corrections. */
function readThemes(options: IngestOptions): Themes {
  const themesFile = readTextFile(options.root, options.themesFile);
  if (!themesFile) return { files: [], taxonomy: undefined, curationFile: undefined };
  const taxonomy = readTaxonomy(themesFile);
  const curationFile = readTextFile(options.root, options.themeCurationFile);
  return { files: curationFile ? [themesFile, curationFile] : [themesFile], taxonomy, curationFile };
}

/** The source types the ingest reads, as a list for messages; any other file is never read. */
const sourceTypes = readableExtensions.map((extension) => `\`${extension}\``).join(', ');

/** Characters a URL path cannot carry as they are: a source named with them would be published behind a broken link. */
const unsafeName = /[#?%\\]/u;

function ignoredSource(options: IngestOptions, name: string): VFile {
  const file = new VFile({ path: relative(options.root, join(options.sourcesDir, name)), value: '' });
  const reason = unsafeName.test(name)
    ? `Unexpected \`${unsafeName.exec(name)?.[0] ?? ''}\` in a source's name, expected letters, digits, \`-\`, \`_\` and \`.\`; rename the file (it would be published behind a broken link). Left it out for now`
    : `Unexpected source type \`${name.slice(name.lastIndexOf('.'))}\`, expected a document in one of the formats the ingest reads (${sourceTypes}); left it out: nothing of it is read or published`;
  warn(file, reason, { line: 1, column: 1 }, unsafeName.test(name) ? 'unsafe-source-name' : 'unknown-source-type');
  return file;
}

/**
 * The sources whose published file and page of numbered lines (`src/lib/source-files.ts`) no earlier
 * source (by name) has; each other one is an error: its citations would open another document.
 */
function withOwnAddresses(options: IngestOptions, names: string[]): { names: string[]; clashing: VFile[] } {
  const taken = new Map<string, string>();
  const kept: string[] = [];
  const clashing: VFile[] = [];
  for (const name of names) {
    const addresses = [sourceUrl(name), sourcePageUrl(name)];
    const shared = addresses.find((address) => taken.has(address));
    if (shared === undefined) {
      for (const address of addresses) taken.set(address, name);
      kept.push(name);
      continue;
    }
    const file = new VFile({ path: relative(options.root, join(options.sourcesDir, name)), value: '' });
    fail(
      file,
      `Unexpected source published at \`${shared}\`, the address of \`${taken.get(shared) ?? ''}\` already, expected each source its own (citations would open the other); rename one of them`,
      { line: 1, column: 1 },
      'source-address-clash',
    );
    clashing.push(file);
  }
  return { names: kept, clashing };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** A sources folder that is missing or cannot be listed: one message, nothing read, nothing written. */
function unreadableFolder(options: IngestOptions, error: unknown): IngestResult {
  const file = new VFile({ path: relative(options.root, options.sourcesDir) || '.', value: '' });
  const code = errorCode(error);
  fail(
    file,
    `Unexpected ${code === 'ENOENT' ? 'missing' : 'unreadable'} sources folder (${code}), expected a folder of documents here; create it (or point \`--sources\` at one) and put the documents in it`,
    { line: 1, column: 1 },
    'sources-folder',
  );
  return { files: [file], sources: [], records: [], rendered: new Map(), written: undefined, ok: false };
}

/** Records that could not be written: a message on the records folder; `writeRecords` left it as it was. */
function unwritableFolder(options: IngestOptions, recordsDir: string, error: unknown): VFile {
  const file = new VFile({ path: relative(options.root, recordsDir) || '.', value: '' });
  fail(
    file,
    `Unexpected failure to write the records (${errorCode(error)}), expected a writable folder with room for them; the folder was left as it was. Free some space or fix the folder's permissions and run \`npm run ingest\` again`,
    { line: 1, column: 1 },
    'records-unwritable',
  );
  return file;
}

/** Sidecars whose source is missing: their facts would be silently lost. */
function orphanSidecars(options: IngestOptions, entries: string[], names: string[]): VFile[] {
  const owned = new Set(names.map(sidecarPathOf));
  return entries
    .filter((name) => isSidecarPath(name) && !owned.has(name))
    .map((name) => {
      const file = new VFile({ path: relative(options.root, join(options.sourcesDir, name)), value: '' });
      fail(
        file,
        `Unexpected sidecar without a source, expected a document \`${name.replace(/\.meta\.yaml$/u, '')}.txt\` (or \`.md\`, \`.pdf\`, \`.html\`, \`.docx\`) next to it; rename the sidecar after its source or remove it`,
        { line: 1, column: 1 },
        'orphan-sidecar',
      );
      return file;
    });
}

/** Reports duplicate IDs, on the record's file (each record was validated as its source was read). */
function reportDuplicates(records: BuiltRecord[], owners: Map<BuiltRecord, VFile>): void {
  const seen = new Map<string, { record: BuiltRecord; file: VFile }>();
  for (const record of records) {
    const file = owners.get(record);
    if (!file) continue;
    const first = seen.get(record.id);
    if (!first) {
      seen.set(record.id, { record, file });
      continue;
    }
    const at = `${first.file.path}:${first.record.place?.line ?? 1}:${first.record.place?.column ?? 1}`;
    const cause = new VFileMessage(`First \`${record.id}\` defined here`, {
      place: first.record.place,
      ruleId: 'duplicate-id',
      source: messageSource,
    });
    cause.file = first.file.path;
    cause.name = at;
    fail(
      file,
      `Unexpected duplicate ${record.type} ID \`${record.id}\` (first at ${at}), expected every record to have its own ID; number or rename one, or set \`slug:\` in a sidecar`,
      record.place,
      'duplicate-id',
      cause,
    );
  }
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  let listed: Dirent[];
  try {
    listed = await readdir(options.sourcesDir, { withFileTypes: true });
  } catch (error) {
    return unreadableFolder(options, error);
  }
  const entries = listed
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const documents = entries.filter((name) => !isSidecarPath(name));
  const readable = documents.filter((name) => formatOfName(name) !== undefined && !unsafeName.test(name));
  const ignored = documents.filter((name) => !readable.includes(name)).map((name) => ignoredSource(options, name));
  const { names, clashing } = withOwnAddresses(options, readable);
  ignored.push(...clashing);
  const curation = new Curation(readTextFile(options.root, options.curationFile));
  const files: VFile[] = [];
  const sources: SourceSummary[] = [];
  const records: BuiltRecord[] = [];
  const appearances: PagedAppearance[] = [];
  const owners = new Map<BuiltRecord, VFile>();

  const themes = readThemes(options);
  const read = await readSources(options.root, options.sourcesDir, names, curation, themes.taxonomy);
  for (const source of read) {
    if (source.sidecar) files.push(source.sidecar);
    files.push(source.file);
    const counts: Partial<Record<RecordType, number>> = {};
    for (const record of source.records) {
      counts[record.type] = (counts[record.type] ?? 0) + 1;
      owners.set(record, source.file);
    }
    sources.push({ file: source.file, counts });
    records.push(...source.records);
    appearances.push(...source.appearances);
  }
  files.push(...orphanSidecars(options, entries, names), ...ignored);
  const byPath = new Map(sources.map(({ file }) => [file.path, file]));
  // A person's provenance is their first appearance's: from a PDF, with its pages.
  const pagesOf = new Map(appearances.map((appearance) => [appearance.contributionId, appearance.pages]));
  for (const person of personRecords(appearances)) {
    const pages = pagesOf.get(String((person.data['contributions'] as string[])[0]));
    if (pages) Object.assign(person.data['source'] as object, { pages });
    const file = byPath.get(String((person.data.source as { file: string }).file));
    if (file) {
      owners.set(person, file);
      validateRecord(person, file);
    }
    records.push(person);
  }
  curation.reportUnused();
  if (curation.file) files.push(curation.file);
  if (themes.taxonomy && themes.curationFile) {
    // A curated record's themes changed after it was rendered: rendered again (taxonomy IDs only, so still valid).
    for (const record of applyThemeCuration(themes.curationFile, records, themes.taxonomy))
      record.text = renderRecord(record);
  }
  files.push(...themes.files);

  reportDuplicates(records, owners);
  const ok = !hasErrors(files);
  const rendered = ok ? renderAll(records) : new Map<string, string>();
  if (!ok || options.recordsDir === undefined) return { files, sources, records, rendered, written: undefined, ok };
  try {
    const written = await writeRecords(options.recordsDir, rendered);
    return { files, sources, records, rendered, written, ok };
  } catch (error) {
    files.push(unwritableFolder(options, options.recordsDir, error));
    return { files, sources, records, rendered, written: undefined, ok: false };
  }
}
