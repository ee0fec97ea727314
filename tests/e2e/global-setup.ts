/**
 * Builds the site once into `.tmp/e2e/dist` (Astro and Pagefind, from the
 * committed records) and serves it on a free port for every browser test.
 * Set KB_E2E_DIST to test an existing build instead.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve/static-server.ts';
import { buildSite, root } from '../support/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  let distDir = process.env['KB_E2E_DIST'];
  if (!distDir) {
    distDir = path.join(root, '.tmp/e2e/dist');
    buildSite({ outDir: distDir, cacheDir: path.join(root, '.tmp/e2e/cache') });
  }
  const site = await serveStatic(distDir);
  project.provide('baseUrl', site.url);
  project.provide('distDir', distDir);
  return () => site.close();
}
