/**
 * Renders records to Markdown files (front matter by gray-matter) and
 * writes them all at once: into a temporary folder next to the records
 * folder, swapped into place only when everything was written. `check`
 * compares instead of writing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { recordFolders } from '../../../src/schemas/records.ts';
import type { BuiltRecord } from './records.ts';

/** Relative path of a record's file: `<folder>/<id>.md`, the ID's slashes as folders. */
export function recordPath(record: BuiltRecord): string {
  return `${recordFolders[record.type]}/${record.id}.md`;
}

/** The file's full text: front matter in schema order, then the body. */
export function renderRecord(record: Pick<BuiltRecord, 'body' | 'data'>): string {
  const body = record.body ? `\n${record.body}\n` : '';
  return matter.stringify(body, record.data, { lineWidth: -1 } as never);
}

/** Every record as `path → text`, sorted by path; `texts` are the records' rendered texts when already known. */
export function renderAll(records: BuiltRecord[], texts = records.map(renderRecord)): Map<string, string> {
  const rendered = records.map((record, index) => [recordPath(record), texts[index] ?? ''] as const);
  return new Map(rendered.sort(([a], [b]) => a.localeCompare(b)));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Paths whose committed text differs from `files` (changed, missing or extra). */
export async function staleRecords(recordsDir: string, files: Map<string, string>): Promise<string[]> {
  const existing = await listFiles(recordsDir);
  const stale = existing.filter((path) => !files.has(path));
  for (const [path, text] of files) {
    const current = await readFile(join(recordsDir, path), 'utf8').catch(() => undefined);
    if (current !== text) stale.push(path);
  }
  return stale.sort();
}

/**
 * Write every file into a temporary folder, then swap it in for `recordsDir`.
 * The files are written one after another, synchronously: thousands of small
 * writes through the thread pool cost more in scheduling and in the threads'
 * contention for the same folders than the writes themselves.
 */
export async function writeRecords(recordsDir: string, files: Map<string, string>): Promise<void> {
  const parent = dirname(recordsDir);
  const temporary = join(parent, `.records-${process.pid}.tmp`);
  const previous = join(parent, `.records-${process.pid}.old`);
  await rm(temporary, { recursive: true, force: true });
  let moved = false;
  let swapped = false;
  try {
    mkdirSync(temporary, { recursive: true });
    const folders = new Set([...files.keys()].map((path) => dirname(join(temporary, path))));
    for (const folder of folders) mkdirSync(folder, { recursive: true });
    for (const [path, text] of files) writeFileSync(join(temporary, path), text);
    moved = await rename(recordsDir, previous).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    await rename(temporary, recordsDir);
    swapped = true;
  } finally {
    if (moved && !swapped) await rename(previous, recordsDir);
    await rm(temporary, { recursive: true, force: true });
    if (swapped) await rm(previous, { recursive: true, force: true });
  }
}
