/**
 * The cite block's formats for one CSL-JSON item (`citation-render.ts` does
 * the rendering), kept in a build cache between builds and, on a miss,
 * rendered in worker threads (piscina) so that citeproc, the costliest part
 * of a cold build, uses the machine's other cores while Astro renders pages
 * (`build.concurrency` in `astro.config.mjs` keeps several pages in flight).
 * On 3,800 records a cold build took 22 s with one worker, 30 s without.
 * Where no worker can run (unit tests, or a worker fails), the item is
 * rendered in this thread: the result is the same either way.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import type { CslItem } from '@citation-js/core';
import bibtexPackage from '@citation-js/plugin-bibtex/package.json';
import cslPackage from '@citation-js/plugin-csl/package.json';
import risPackage from '@citation-js/plugin-ris/package.json';
import corePackage from '@citation-js/core/package.json';
import citeprocPackage from 'citeproc/package.json';
import { buildCache } from './build-cache.ts';
import {
  registerStyles,
  renderCitationFormats,
  rendererFingerprint,
  type CitationFormat,
  type VendoredStyles,
} from './citation-render.ts';
import { cacheDir } from './paths.ts';
import { Piscina } from 'piscina';
import chicago from '../citation-styles/chicago-author-date.csl?raw';
import mla from '../citation-styles/modern-language-association.csl?raw';

export type { CitationFormat } from './citation-render.ts';
export { pinpointToken, renderCitationFormats } from './citation-render.ts';

const vendored: VendoredStyles = { 'chicago-author-date': chicago, 'modern-language-association': mla };
registerStyles(vendored);

/**
 * Rendered citations kept between builds: a rebuild renders only the items
 * that changed. Entries are valid while the libraries, the style files and
 * the rendering code (its source text) stay the same, so editing any of
 * them starts afresh without anyone having to remember to.
 */
const cache = buildCache<CitationFormat[]>(
  cacheDir,
  'kb-citations',
  JSON.stringify({
    versions: [corePackage, cslPackage, bibtexPackage, risPackage, citeprocPackage].map(
      ({ name, version }) => `${name}@${version}`,
    ),
    renderer: rendererFingerprint(),
  }),
);

/**
 * Worker threads: `KB_CITATION_WORKERS`, else one per core besides this one
 * (at least one); 0 renders in this thread. Each holds its own citeproc
 * engines, about 260 MB for the three styles, so more workers than spare
 * cores cost memory without saving time.
 */
function workerCount(): number {
  const wanted = Number(process.env['KB_CITATION_WORKERS'] ?? Math.max(1, os.availableParallelism() - 1));
  return Number.isInteger(wanted) && wanted > 0 ? wanted : 0;
}

let pool: Piscina | null | undefined;
function citationPool(): Piscina | null {
  if (pool === undefined) {
    // Set by astro.config.mjs for the site's build; absent where this module runs outside it.
    const file = import.meta.env.KB_CITATION_WORKER;
    const size = workerCount();
    pool =
      file && size > 0
        ? new Piscina({
            filename: pathToFileURL(file).href,
            minThreads: size,
            maxThreads: size,
            workerData: { styles: vendored },
            // Room for the engines and their garbage: a tighter heap makes citeproc collect all the time.
            resourceLimits: { maxOldGenerationSizeMb: 512 },
          })
        : null;
  }
  return pool;
}

/** A citation from a worker, or from this thread when there is none or it failed (said once). */
async function render(item: CslItem): Promise<CitationFormat[]> {
  const workers = citationPool();
  if (workers) {
    try {
      return (await workers.run(item)) as CitationFormat[];
    } catch (error) {
      // Same result, only slower: say so once, so a slow build has an explanation.
      console.warn(`Citation worker failed (${String(error)}); rendering citations in the main thread.`);
      pool = null;
    }
  }
  return renderCitationFormats(item);
}

/** Every citation format for one item, prose styles first: from the build cache, or rendered. */
export function citationFormats(item: CslItem): Promise<CitationFormat[]> {
  return cache.get(item, () => render(item));
}
