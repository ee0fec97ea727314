// @ts-check
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/**
 * Settings that tests and the benchmark override through the environment:
 * - KB_SITE: the public base URL used in permalinks and citations;
 * - KB_OUT_DIR: where the built site goes (default `dist/`);
 * - KB_CACHE_DIR: Astro's cache, so that parallel builds do not share one.
 */
export default defineConfig({
  site: process.env.KB_SITE ?? 'https://meeting-kb.example.org',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // No inline scripts or styles: a Content Security Policy without 'unsafe-inline' must be possible.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Last, so that it indexes the pages every other integration has written.
  integrations: [pagefind()],
});
