/**
 * What a search costs in bytes, counted in Chromium as the server sent them:
 * every request a browser context finished, the Web Worker's too, with what
 * Chromium took from its own cache counting nothing.
 */
import type { BrowserContext, Request } from 'playwright-core';

/**
 * Bytes of one finished request as sent: headers and body. Chromium reports
 * a response taken from its own cache with headers and body that add up to
 * nothing, and one revalidated with a 304 with its headers and an empty
 * body: Pagefind's Web Worker asks again for files the page already has.
 * Only a Web Worker's script comes with an empty body although its body
 * was sent; its declared `content-length` is what was.
 */
async function sentBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
  if (sizes.responseBodySize !== 0 || bytes === 0 || request.resourceType() !== 'script') return Math.max(bytes, 0);
  const length = Number((await request.response())?.headers()['content-length'] ?? 0);
  return sizes.responseHeadersSize + (Number.isFinite(length) ? length : 0);
}

export interface Received {
  /** Bytes of every request finished since the last reset. */
  all: number;
  /** Of those, requests started before the given moment, and their /pagefind/ files. */
  before: number;
  pagefindBefore: number;
}

/**
 * Counts bytes received (response headers and body as sent) until reset.
 * Playwright's `requestfinished` also sees the requests of Pagefind's Web
 * Worker, which a page's own CDP session would miss. Sizes are asked for
 * only when the total is, after the search measured: asking for each as it
 * finishes would put the benchmark's own protocol traffic inside the time
 * it measures. A request whose sizes can no longer be read (the browser
 * closed first) counts as unknown, not as a crash of the whole run. Each
 * request keeps its start (ms since the epoch, the browser's clock), so
 * that those a search made before its results were on the page can be told
 * from the facet counts' after.
 */
export function byteCounter(context: BrowserContext): { total(before?: number): Promise<Received>; reset(): void } {
  let finished: Request[] = [];
  context.on('requestfinished', (request) => finished.push(request));
  return {
    total: async (before = Number.POSITIVE_INFINITY) => {
      const done = await Promise.all(
        finished.map(async (request) => ({
          url: request.url(),
          start: request.timing().startTime,
          bytes: await sentBytes(request).catch(() => 0),
        })),
      );
      const sum = (items: typeof done): number => items.reduce((total, item) => total + item.bytes, 0);
      const early = done.filter((item) => item.start < before);
      return {
        all: sum(done),
        before: sum(early),
        pagefindBefore: sum(early.filter((item) => new URL(item.url).pathname.includes('/pagefind/'))),
      };
    },
    reset: () => {
      finished = [];
    },
  };
}

/** Lets the last network events reach us before reading the counter (or before the next search starts from rest). */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));
