/**
 * Builds the site (Astro and Pagefind) into a folder of the caller's, with
 * its own cache and optionally another record set, and lists a built tree.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Records to build from (default: the committed `content/records`). */
  recordsDir?: string;
}

/** A clean build: the output and cache folders are emptied first. Returns the seconds it took. */
export function buildSite({ outDir, cacheDir, recordsDir }: BuildOptions): number {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const started = performance.now();
  const env = {
    ...process.env,
    KB_OUT_DIR: outDir,
    KB_CACHE_DIR: cacheDir,
    ...(recordsDir ? { KB_RECORDS_DIR: recordsDir } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The two steps of `npm run build` after the ingest: the site, then its search index.
  for (const [script, ...args] of [['node_modules/astro/bin/astro.mjs', 'build'], ['scripts/index-site.ts']]) {
    execFileSync(process.execPath, [path.join(root, script ?? ''), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
  return (performance.now() - started) / 1000;
}

/** Every file under a folder as `relative path → SHA-256`, sorted by path. */
export function treeHashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}
