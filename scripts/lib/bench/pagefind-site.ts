/**
 * Pagefind alone over an already built site, through the same function the
 * Astro integration calls, writing to a scratch folder. The benchmark runs
 * it as a child process to time the Pagefind step of the build on its own.
 *
 * Usage: node pagefind-site.ts <siteDir> <outputPath>
 */
import { buildSearchIndex } from '../../../src/integrations/pagefind.ts';

const [siteDir, outputPath] = process.argv.slice(2);
if (!siteDir || !outputPath) throw new Error('Usage: node pagefind-site.ts <siteDir> <outputPath>');
await buildSearchIndex({ siteDir, outputPath, logger: { info: console.log, error: console.error } });
