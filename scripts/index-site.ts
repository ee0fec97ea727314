/**
 * `npm run build`'s last step: index the built site with Pagefind, after
 * `astro build` has exited. The site folder is `KB_OUT_DIR` (default
 * `dist/`), as for the build; the index goes to its `pagefind/` folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from './index/search-index.ts';

const siteDir = path.resolve(process.env['KB_OUT_DIR'] ?? 'dist');
if (!existsSync(siteDir)) {
  console.error(`${siteDir} does not exist: run \`astro build\` first (\`npm run build\` runs both).`);
  process.exit(1);
}
try {
  await buildSearchIndex({
    siteDir,
    outputPath: path.join(siteDir, 'pagefind'),
    logger: { info: (message) => console.log(`[search index] ${message}`), error: console.error },
  });
} catch (error) {
  console.error(`[search index] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
