/**
 * Renders records to Markdown files (`record-file.ts`) and
 * writes them all at once: into a temporary folder next to the records
 * folder, swapped into place in one step only when everything was written. `check`
 * compares instead of writing.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { renderRecordFile } from './record-file.ts';
import { recordFolders } from '../../../src/schemas/records.ts';
import type { BuiltRecord } from './records.ts';

/** Relative path of a record's file: `<folder>/<id>.md`, the ID's slashes as folders. */
export function recordPath(record: BuiltRecord): string {
  return `${recordFolders[record.type]}/${record.id}.md`;
}

/** The file's full text: front matter in schema order, then the body. */
export function renderRecord(record: Pick<BuiltRecord, 'body' | 'data'>): string {
  return renderRecordFile(record.data, record.body);
}

/** Orders paths by code point: the same on every machine, whatever its locale, and cheap for 10,000 paths. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every record as `path → text`, sorted by path; a record's `text` is used when it was rendered already. */
export function renderAll(records: BuiltRecord[]): Map<string, string> {
  const rendered = records.map((record) => [recordPath(record), record.text ?? renderRecord(record)] as const);
  return new Map(rendered.sort(([a], [b]) => byCodePoint(a, b)));
}

/** Everything under `dir` but folders, as paths relative to it, sorted; undefined when `dir` cannot be read. */
function entriesUnder(dir: string): { path: string; isFile: boolean }[] | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({ path: relative(dir, join(entry.parentPath, entry.name)), isFile: entry.isFile() }))
    .sort((a, b) => byCodePoint(a.path, b.path));
}

/** Paths whose committed text differs from `files` (changed, missing or extra). */
export async function staleRecords(recordsDir: string, files: Map<string, string>): Promise<string[]> {
  const existing = (entriesUnder(recordsDir) ?? [])
    .filter(({ path, isFile }) => isFile && path.endsWith('.md'))
    .map(({ path }) => path);
  const stale = existing.filter((path) => !files.has(path));
  for (const [path, text] of files) {
    const current = await readFile(join(recordsDir, path), 'utf8').catch(() => undefined);
    if (current !== text) stale.push(path);
  }
  return stale.sort();
}

/**
 * Whether `dir` holds exactly `files` and nothing else, byte for byte:
 * writing them again would change nothing.
 */
function holdsExactly(dir: string, files: Map<string, string>): boolean {
  const held = entriesUnder(dir);
  return (
    held?.length === files.size &&
    held.every(({ path, isFile }) => {
      const text = files.get(path);
      return text !== undefined && isFile && readFileSync(join(dir, path), 'utf8') === text;
    })
  );
}

/** Whether a process is still running (a leftover of a live run is not touched). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Folders a killed run left beside the records: its half-written `.tmp` is removed; its `.old` (the
 * records it had moved aside) is put back when the records are missing, else removed.
 */
async function removeLeftovers(parent: string, recordsDir: string): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^\.records-(\d+)\.(tmp|old)$/u.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const leftover = join(parent, name);
    if (match[2] === 'old' && !existsSync(recordsDir)) await rename(leftover, recordsDir);
    else await rm(leftover, { recursive: true, force: true });
  }
}

/**
 * Swaps two folders in one step (Linux's renameat2 with RENAME_EXCHANGE, from the optional addon in
 * `native/rename-exchange`), or undefined where it could not be built: then the swap is two renames,
 * with an instant in which the records folder is missing.
 */
const exchange = ((): ((a: string, b: string) => number) | undefined => {
  try {
    return (createRequire(import.meta.url)('rename-exchange') as { exchange: (a: string, b: string) => number })
      .exchange;
  } catch {
    return undefined;
  }
})();

/** Whether the records are swapped in one step (the addon is built), for the docs' and tests' sake. */
export const swapsInOneStep = exchange !== undefined;

/** What a file system without RENAME_EXCHANGE answers. */
const cannotExchange = new Set(['EINVAL', 'ENOSYS', 'EOPNOTSUPP', 'ENOTSUP']);

/** An error like Node's own for an errno the addon returned. */
function errnoError(errno: number, from: string, to: string): NodeJS.ErrnoException {
  const code = Object.entries(osConstants.errno).find(([, value]) => value === errno)?.[0] ?? 'EIO';
  return Object.assign(new Error(`${code}: cannot swap '${from}' and '${to}'`), { code, errno: -errno, path: to });
}

/** Throws (EACCES) when the records folder or one inside it cannot be written: checked before anything is moved. */
function assertWritable(recordsDir: string): void {
  if (!existsSync(recordsDir)) return;
  accessSync(recordsDir, constants.W_OK);
  for (const entry of readdirSync(recordsDir, { recursive: true, withFileTypes: true }))
    if (entry.isDirectory()) accessSync(join(entry.parentPath, entry.name), constants.W_OK);
}

/** Writes `files` (`[path, text]`, paths relative to `dir`) into `dir`, making their folders first. */
export function writeFilesInto(dir: string, files: (readonly [string, string])[]): void {
  const folders = new Set(files.map(([path]) => dirname(join(dir, path))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
}

/**
 * Write every file into a temporary folder, then swap it in for `recordsDir`;
 * or nothing at all when `recordsDir` holds exactly these files already (a
 * rebuild over unchanged sources leaves ten thousand files as they were).
 */
export async function writeRecords(recordsDir: string, files: Map<string, string>): Promise<'written' | 'unchanged'> {
  const parent = dirname(recordsDir);
  await removeLeftovers(parent, recordsDir);
  if (holdsExactly(recordsDir, files)) return 'unchanged';
  assertWritable(recordsDir);
  const temporary = join(parent, `.records-${process.pid}.tmp`);
  const previous = join(parent, `.records-${process.pid}.old`);
  await rm(temporary, { recursive: true, force: true });
  let moved = false;
  let swapped = false;
  try {
    mkdirSync(temporary, { recursive: true });
    writeFilesInto(temporary, [...files]);
    if (existsSync(recordsDir) && exchange) {
      // One step: the records folder is never missing, never mixed; the old records end up in `temporary`.
      const errno = exchange(temporary, recordsDir);
      if (!errno) {
        swapped = true;
        return 'written';
      }
      const error = errnoError(errno, temporary, recordsDir);
      // A file system that cannot exchange (NFS, sshfs, some FUSE and Windows mounts): two renames instead.
      if (!cannotExchange.has(error.code ?? '')) throw error;
    }
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
  return 'written';
}
