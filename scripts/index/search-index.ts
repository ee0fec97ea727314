/**
 * Indexes the built site with Pagefind, through its Node API. The bundle
 * goes to `<outDir>/pagefind/`. Every Pagefind response carries an `errors`
 * array: each error is logged, and any error fails the build with the errors
 * as the thrown error's `cause`.
 *
 * It runs as the build's last step (`scripts/index-site.ts`), after
 * `astro build` has exited, rather than inside Astro's `astro:build:done`
 * hook: there, Pagefind's memory came on top of everything the Astro
 * process still held, and for a large site the two together passed 2.5 GB.
 */
import { mkdir } from 'node:fs/promises';
import * as pagefind from 'pagefind';

/** The part of Astro's integration logger the indexer uses. */
export interface IndexLogger {
  info(message: string): void;
  error(message: string): void;
}

export interface IndexOptions {
  /** Folder of built HTML to index. */
  siteDir: string;
  /** Where to write the Pagefind bundle, usually `<siteDir>/pagefind`. */
  outputPath: string;
  /** Which files under `siteDir` to index (default: every HTML file). */
  glob?: string;
  logger: IndexLogger;
}

/** Throws when a Pagefind response reports errors, after logging each one. */
function assertNoErrors<T extends { errors: string[] }>(step: string, response: T, logger: IndexLogger): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`Pagefind ${step}: ${error}`);
  throw new Error(`Pagefind ${step} failed with ${response.errors.length} error(s); see the log above.`, {
    cause: response.errors,
  });
}

/** Builds the index for `siteDir` and writes it to `outputPath`. Returns the number of pages indexed. */
export async function buildSearchIndex({
  siteDir,
  outputPath,
  glob = '**/*.html',
  logger,
}: IndexOptions): Promise<number> {
  // Pagefind's binary panics, and its promise never settles, if it cannot create the
  // output folder; creating it here turns that into an ordinary error.
  await mkdir(outputPath, { recursive: true });
  try {
    const created = assertNoErrors('createIndex', await pagefind.createIndex({}), logger);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index and no errors.');
    const added = assertNoErrors('addDirectory', await index.addDirectory({ path: siteDir, glob }), logger);
    if (added.page_count === 0) {
      throw new Error(`Pagefind found no HTML pages to index in ${siteDir}.`);
    }
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath }), logger);
    logger.info(`Indexed ${added.page_count} pages into ${outputPath}.`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
