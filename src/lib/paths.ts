/**
 * Where the site reads records from. `KB_RECORDS_DIR` lets tests and the
 * benchmark build a site from another record set without touching
 * `content/records`.
 */
export const recordsDir: string = process.env['KB_RECORDS_DIR'] ?? './content/records';

/** The theme taxonomy the site reads; `KB_THEMES_FILE` points it elsewhere, like the ingest's `--themes`. */
export const themesFile: string = process.env['KB_THEMES_FILE'] ?? './content/themes.yaml';

/**
 * Astro's cache folder (`cacheDir` in `astro.config.mjs`); the site keeps its
 * own build caches under it. `KB_CACHE_DIR` gives every build its own.
 */
export const cacheDir: string = process.env['KB_CACHE_DIR'] ?? './node_modules/.astro';
