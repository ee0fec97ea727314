/** Values `astro.config.mjs` defines for the site's code at build time. */
interface ImportMetaEnv {
  /** Absolute path of `src/lib/citation-worker.ts`, for the citation worker threads. */
  readonly KB_CITATION_WORKER?: string;
}
