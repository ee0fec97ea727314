/**
 * A worker thread that renders citations (`citation-render.ts`) for the
 * build, so citeproc's work runs on the machine's other cores while Astro
 * renders pages. Started by `citation.ts`; plain Node runs it (type
 * stripping), outside Vite. Messages follow `worker-pool.ts`: a CSL item
 * in, its citation formats out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '@citation-js/core';
import { registerStyles, renderCitationFormats, type VendoredStyles } from './citation-render.ts';

registerStyles((workerData as { styles: VendoredStyles }).styles);

parentPort?.on('message', ({ id, input }: { id: number; input: CslItem }) => {
  try {
    parentPort?.postMessage({ id, output: renderCitationFormats(input) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
