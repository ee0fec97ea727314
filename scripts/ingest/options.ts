/**
 * Command-line options of the ingest, with environment fallbacks so that
 * tests and the benchmark can point it at other folders:
 * `--sources` / `KB_SOURCES_DIR`, `--records` / `KB_RECORDS_DIR`,
 * `--curation` / `KB_CURATION_FILE`, `--themes` / `KB_THEMES_FILE`,
 * `--theme-curation` / `KB_THEME_CURATION_FILE`, plus `--check` and `--verbose`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  root: string;
  sourcesDir: string;
  recordsDir: string;
  curationFile: string;
  /** Theme taxonomy; a missing file means no theme tagging. */
  themesFile: string;
  /** Per-record theme corrections; a missing file means none. */
  themeCurationFile: string;
  /** Compare the committed records with the ingest's output instead of writing. */
  check: boolean;
  /** Also print repairs (page breaks joined, artifacts removed). */
  verbose: boolean;
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv, cwd: string): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sources: { type: 'string' },
      records: { type: 'string' },
      curation: { type: 'string' },
      themes: { type: 'string' },
      'theme-curation': { type: 'string' },
      check: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  return {
    root: cwd,
    sourcesDir: resolve(cwd, values.sources ?? (env['KB_SOURCES_DIR'] || 'content/sources')),
    recordsDir: resolve(cwd, values.records ?? (env['KB_RECORDS_DIR'] || 'content/records')),
    curationFile: resolve(cwd, values.curation ?? (env['KB_CURATION_FILE'] || 'content/people.yaml')),
    themesFile: resolve(cwd, values.themes ?? (env['KB_THEMES_FILE'] || 'content/themes.yaml')),
    themeCurationFile: resolve(
      cwd,
      values['theme-curation'] ?? (env['KB_THEME_CURATION_FILE'] || 'content/theme-curation.yaml'),
    ),
    check: values.check,
    verbose: values.verbose,
  };
}
