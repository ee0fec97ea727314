/**
 * The records are written into a temporary folder and swapped in only when
 * every file was written. When a write fails, the records folder keeps its
 * old files and no temporary folder is left behind. When the folder holds
 * exactly the new files already, it is not touched at all. On Linux the
 * swap is one step, so a reader never finds the folder missing.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { swapsInOneStep, writeRecords } from '../../scripts/ingest/records/write-records.ts';
import { readTree, temporaryProject } from './support.ts';

const files = new Map<string, string>(
  Array.from({ length: 40 }, (_, i) => [`events/e-${String(i).padStart(2, '0')}/record.md`, `text ${i}\n`]),
);

function existingRecords(): string {
  const recordsDir = path.join(temporaryProject('write'), 'content/records');
  mkdirSync(path.join(recordsDir, 'events'), { recursive: true });
  writeFileSync(path.join(recordsDir, 'events/old.md'), 'written before\n');
  return recordsDir;
}

describe('writing the records', () => {
  it('swaps in every file', async () => {
    const recordsDir = existingRecords();
    expect(await writeRecords(recordsDir, files)).toBe('written');
    expect(readTree(recordsDir)).toEqual(files);
    expect(readdirSync(path.dirname(recordsDir))).toEqual(['records', 'sources']);
  });

  it('leaves the old folder alone when a write fails', async () => {
    const recordsDir = existingRecords();
    const before = readTree(recordsDir);
    // A record whose path runs through another record's file: the write fails.
    const blocked = new Map(files).set('events/e-39/record.md/x.md', 'under a file\n');
    await expect(writeRecords(recordsDir, blocked)).rejects.toThrow(/EISDIR|ENOTDIR|EEXIST/u);
    expect(readTree(recordsDir)).toEqual(before);
    expect(readdirSync(path.dirname(recordsDir))).toEqual(['records', 'sources']);
  });

  it('leaves a folder that holds exactly these files as it is, and rewrites one that differs in any way', async () => {
    const recordsDir = existingRecords();
    await writeRecords(recordsDir, files);
    const inode = (): number => statSync(path.join(recordsDir, 'events/e-00/record.md')).ino;
    const first = inode();
    expect(await writeRecords(recordsDir, files)).toBe('unchanged');
    expect(inode()).toBe(first);

    const changed = new Map(files).set('events/e-39/record.md', 'text 39, corrected\n');
    const fewer = new Map(files);
    fewer.delete('events/e-39/record.md');
    for (const next of [changed, fewer, files]) {
      expect(await writeRecords(recordsDir, next)).toBe('written');
      expect(readTree(recordsDir)).toEqual(next);
    }
    // A file the records do not name is not kept either.
    writeFileSync(path.join(recordsDir, 'events/stray.txt'), 'left by hand\n');
    expect(await writeRecords(recordsDir, files)).toBe('written');
    expect(readTree(recordsDir)).toEqual(files);
  });
});

describe('swapping the records in', () => {
  it.runIf(process.platform === 'linux')(
    'never leaves the folder missing for a reader watching it',
    async () => {
      expect(swapsInOneStep, 'the addon in native/rename-exchange was not built by npm install').toBe(true);
      const recordsDir = existingRecords();
      const version = (n: number): Map<string, string> => new Map([...files].map(([file]) => [file, `version ${n}\n`]));
      await writeRecords(recordsDir, version(0));
      // Another thread reads a record over and over while the records are rewritten 50 times.
      const watcher = new Worker(
        `const { readFileSync } = require('node:fs');
       const { parentPort, workerData: dir } = require('node:worker_threads');
       let reads = 0, missing = 0, partial = 0, stop = false;
       parentPort.on('message', () => { stop = true; });
       (function poll() {
         for (let i = 0; i < 500; i++) {
           try {
             if (!/^version [0-9]+$/m.test(readFileSync(dir + '/events/e-00/record.md', 'utf8'))) partial++;
             reads++;
           } catch { missing++; }
         }
         if (stop) parentPort.postMessage({ reads, missing, partial }); else setImmediate(poll);
       })();`,
        { eval: true, workerData: recordsDir },
      );
      for (let n = 1; n <= 50; n++) await writeRecords(recordsDir, version(n));
      const seen = new Promise<{ reads: number; missing: number; partial: number }>((resolve) =>
        watcher.once('message', resolve),
      );
      watcher.postMessage('stop');
      const { reads, missing, partial } = await seen;
      await watcher.terminate();
      expect(reads).toBeGreaterThan(0);
      expect({ missing, partial }).toEqual({ missing: 0, partial: 0 });
    },
    60_000,
  );
});
