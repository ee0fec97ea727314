// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { siteAddress } from './src/lib/site-address.ts';

/**
 * Settings read from the environment:
 * - KB_SITE: the site's public address, the one place it is set (`src/lib/site-address.ts`):
 *   unset, a local build with site-relative links; KB_PRODUCTION=1 makes it required;
 * - KB_OUT_DIR: where the built site goes (default `dist/`);
 * - KB_CACHE_DIR: Astro's cache, so that parallel builds do not share one.
 */
const site = siteAddress(process.env);

export default defineConfig({
  ...(site ? { site } : {}),
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // No inline scripts or styles: a Content Security Policy without 'unsafe-inline' must be possible.
  // Several pages in flight, so that the cite blocks' citations render in worker threads
  // (src/lib/citation.ts) while this thread renders other pages.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: {
    build: { assetsInlineLimit: 0 },
    define: {
      'import.meta.env.KB_CITATION_WORKER': JSON.stringify(
        fileURLToPath(new URL('./src/lib/citation-worker.ts', import.meta.url)),
      ),
    },
  },
  devToolbar: { enabled: false },
  // Record bodies are rendered by src/lib/record-text.ts; no code is highlighted (Shiki's inline styles would break the CSP).
  markdown: { syntaxHighlight: false },
  // Every page carries a Content Security Policy as a <meta> tag. Astro adds `script-src` and
  // `style-src` with 'self' and the hash of anything it inlines; no 'unsafe-inline' anywhere.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') in a Web Worker loaded from the site
  // (worker-src 'self') and fetches its index (connect-src 'self'). A <meta> policy cannot
  // carry frame-ancestors: set that as an HTTP header where the site is hosted.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No integrations: the search index is built after `astro build` exits (`scripts/index-site.ts`).
});
