/**
 * A piscina worker that renders citations (`citation-render.ts`) for the
 * build, so that citeproc's work runs on the machine's other cores while
 * Astro renders pages. Started by `citation.ts`; plain Node runs it (type
 * stripping), outside Vite: a CSL item in, its citation formats out.
 */
import type { CslItem } from '@citation-js/core';
import { workerData } from 'piscina';
import { registerStyles, renderCitationFormats, type CitationFormat, type VendoredStyles } from './citation-render.ts';

registerStyles((workerData as { styles: VendoredStyles }).styles);

export default function render(item: CslItem): CitationFormat[] {
  return renderCitationFormats(item);
}
