/**
 * Where the site reads records from. `KB_RECORDS_DIR` lets tests and the
 * benchmark build a site from another record set without touching
 * `content/records`.
 */
export const recordsDir: string = process.env['KB_RECORDS_DIR'] ?? './content/records';

/** The theme taxonomy the site reads; `KB_THEMES_FILE` points it elsewhere, like the ingest's `--themes`. */
export const themesFile: string = process.env['KB_THEMES_FILE'] ?? './content/themes.yaml';
