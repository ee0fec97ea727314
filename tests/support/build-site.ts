/**
 * Builds the site (Astro and Pagefind) into a folder of the caller's, with
 * its own cache and optionally another record set, and lists a built tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Records to build from (default: the committed `content/records`). */
  recordsDir?: string;
  /** The site's public address (`KB_SITE`; default: none, a local build). */
  site?: string;
}

/** A clean build: the output and cache folders are emptied first. Returns the seconds it took. */
export function buildSite({ outDir, cacheDir, recordsDir, site }: BuildOptions): number {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const started = performance.now();
  const env = {
    ...process.env,
    // The caller's address, or none: a developer's own KB_SITE or KB_PRODUCTION never reaches a test build.
    KB_SITE: site ?? '',
    KB_PRODUCTION: '',
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

/** Runs the real ingest CLI (`npm run ingest`) over `sourcesDir` into `recordsDir`, with no curation. */
export function ingestCli(
  sourcesDir: string,
  recordsDir: string,
): { status: number | null; stdout: string; stderr: string } {
  const noCuration = path.join(path.dirname(recordsDir), 'no-curation.yaml');
  return spawnSync(
    path.join(root, 'node_modules/.bin/node'),
    ['scripts/ingest.ts', '--sources', sourcesDir, '--records', recordsDir, '--curation', noCuration],
    { cwd: root, encoding: 'utf8' },
  );
}
