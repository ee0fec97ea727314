/**
 * Where the site reads records from. `KB_RECORDS_DIR` lets tests and the
 * benchmark build a site from another record set without touching
 * `content/records`.
 */
export const recordsDir: string = process.env['KB_RECORDS_DIR'] ?? './content/records';
