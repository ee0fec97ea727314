/**
 * On a record page opened from a search result, marks the searched terms.
 * Pagefind puts them in the `pagefind-highlight` query parameter of every
 * result link; Pagefind's own highlight script (written into the bundle by
 * the build) does the marking inside `data-pagefind-body`. Pages opened any
 * other way load nothing.
 */
import { bundleUrl, highlightParam } from './pagefind-api.ts';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

async function highlight(): Promise<void> {
  if (!new URLSearchParams(location.search).has(highlightParam)) return;
  const { default: PagefindHighlight } = (await import(
    /* @vite-ignore */ bundleUrl('pagefind-highlight.js')
  )) as HighlightModule;
  // Styles come from the site's stylesheet (`mark`), so no inline style element is added.
  new PagefindHighlight({ highlightParam, addStyles: false });
}

void highlight();
