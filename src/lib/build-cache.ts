/**
 * A content-addressed cache of values computed at build time, kept between
 * builds in Astro's cache folder, for work that is slow and depends only on
 * its input (rendering a citation through citeproc takes milliseconds; a
 * site has thousands). An entry's file name is the hash of the input and of
 * a fingerprint of everything else the result depends on (library versions,
 * style files), so a changed input or library simply misses. A damaged or
 * unreadable entry is computed again; the cache never changes a result.
 * Entries live in a folder per fingerprint, and the folders of other
 * fingerprints are removed when the cache is first used, so a library
 * upgrade does not leave the old entries behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildCache<T> {
  /** The cached value for `input`, or the value `compute` gives, stored for next time. */
  get(input: unknown, compute: () => T | Promise<T>): Promise<T>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Removes the entries of every other fingerprint; a failure only leaves them in place. */
function removeOthers(parent: string, keep: string): void {
  try {
    for (const entry of readdirSync(parent)) {
      if (entry !== keep) rmSync(path.join(parent, entry), { recursive: true, force: true });
    }
  } catch {
    // No folder yet, or not ours to clean: nothing to do.
  }
}

/** A cache in `<folder>/<name>/`, its entries valid while `fingerprint` stays the same. */
export function buildCache<T>(folder: string, name: string, fingerprint: string): BuildCache<T> {
  const salt = sha256(fingerprint);
  const root = path.join(folder, name, salt.slice(0, 16));
  let cleaned = false;
  return {
    async get(input, compute) {
      if (!cleaned) removeOthers(path.dirname(root), path.basename(root));
      cleaned = true;
      const key = sha256(`${salt}\n${JSON.stringify(input)}`);
      const file = path.join(root, key.slice(0, 2), `${key.slice(2)}.json`);
      try {
        return (JSON.parse(readFileSync(file, 'utf8')) as { value: T }).value;
      } catch {
        // Missing or damaged: compute it again.
      }
      const value = await compute();
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        // Written whole, then renamed: a build stopped half-way leaves no half-written entry.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ value }));
        renameSync(partial, file);
      } catch {
        // A read-only or full disk costs only the cache, never the build.
      }
      return value;
    },
  };
}
