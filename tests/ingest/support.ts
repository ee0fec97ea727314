/**
 * Helpers for the ingest tests: run the ingest as a library or as the real
 * CLI against a temporary copy of a content folder, and read records back.
 * Nothing here touches the project's own `content/records`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRecordFile } from '../../scripts/ingest/records/record-file.ts';
import { afterAll } from 'vitest';
import { ingest, type IngestResult } from '../../scripts/ingest/run.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixturesDir = path.join(root, 'tests/fixtures/ingest');
const node = path.join(root, 'node_modules/.bin/node');
const cli = path.join(root, 'scripts/ingest.ts');

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project folder with `content/sources`, `content/records` and maybe `content/people.yaml`. */
export function temporaryProject(label: string): string {
  const base = path.join(root, '.tmp/ingest-tests');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, `${label}-`));
  temporary.push(dir);
  mkdirSync(path.join(dir, 'content/sources'), { recursive: true });
  mkdirSync(path.join(dir, 'content/records'), { recursive: true });
  return dir;
}

/** Editors' files a fixture case may hold, copied to `content/`; every other input is a source. */
const editorFiles = new Set(['people.yaml', 'themes.yaml', 'theme-curation.yaml']);

/** Copy every input of a fixture case into a temporary project (`people.yaml`, `themes.yaml` and `theme-curation.yaml` go to `content/`). */
export function projectFromFixture(caseName: string): string {
  const dir = temporaryProject(caseName);
  const caseDir = path.join(fixturesDir, caseName);
  for (const name of readdirSync(caseDir)) {
    if (name.startsWith('expected')) continue;
    const target = editorFiles.has(name) ? `content/${name}` : `content/sources/${name}`;
    cpSync(path.join(caseDir, name), path.join(dir, target));
  }
  return dir;
}

/** Run the ingest as a library over a project folder. */
export function ingestProject(dir: string): Promise<IngestResult> {
  return ingest({
    root: dir,
    sourcesDir: path.join(dir, 'content/sources'),
    curationFile: path.join(dir, 'content/people.yaml'),
    themesFile: path.join(dir, 'content/themes.yaml'),
    themeCurationFile: path.join(dir, 'content/theme-curation.yaml'),
  });
}

/** Run the real CLI with `cwd` as the project folder. */
export function runCli(cwd: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const name of [
    'KB_RECORDS_DIR',
    'KB_SOURCES_DIR',
    'KB_CURATION_FILE',
    'KB_THEMES_FILE',
    'KB_THEME_CURATION_FILE',
  ])
    delete env[name];
  const result = spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder as `relative path → text`, sorted. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

export interface ParsedRecord {
  path: string;
  data: Record<string, unknown> & { type: string; id: string };
  body: string;
}

/** Rendered record files parsed back as the site reads them. */
export function parseRendered(rendered: Map<string, string>): ParsedRecord[] {
  return [...rendered].map(([file, text]) => {
    const parsed = parseRecordFile(text);
    return { path: file, data: parsed.data as ParsedRecord['data'], body: parsed.body.trim() };
  });
}

/** Messages that are errors or warnings (not repairs), as `file:line:col: reason` strings, with their cause if any. */
export function problems(result: IngestResult): string[] {
  return result.files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal !== undefined)
      .map((message) =>
        message.cause ? `${String(message)} [cause: ${String(message.cause as Error | string)}]` : String(message),
      ),
  );
}

/** The ingest over the project's real sources and curation (read only: nothing is written). */
export async function realRecords(): Promise<ParsedRecord[]> {
  const result = await ingest({
    root,
    sourcesDir: path.join(root, 'content/sources'),
    curationFile: path.join(root, 'content/people.yaml'),
    themesFile: path.join(root, 'content/themes.yaml'),
    themeCurationFile: path.join(root, 'content/theme-curation.yaml'),
  });
  if (!result.ok) throw new Error(problems(result).join('\n'));
  return parseRendered(result.rendered);
}

/** Paragraphs of a record body. */
export function paragraphs(record: ParsedRecord): string[] {
  return record.body.split(/\n{2,}/u).filter(Boolean);
}
