/**
 * The floor: a bare Astro project with one Markdown page per record (its
 * title and text, a minimal template), to be built with the same installed
 * Astro and indexed with the Pagefind CLI. What our pipeline takes beyond
 * it is what the site adds.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRecordFile, renderRecordFile } from '../ingest/records/record-file.ts';

const layout = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body><main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body>
</html>
`;

/** A record's display title, whatever its type. */
function titleOf(data: Record<string, unknown>): string {
  const speaker: unknown = data['speaker'];
  const speakerName = typeof speaker === 'object' && speaker !== null && 'name' in speaker ? speaker.name : undefined;
  const title = [data['title'], data['name'], speakerName, data['id']].find((value) => typeof value === 'string');
  return typeof title === 'string' && title !== '' ? title : 'Record';
}

/** Writes the floor project for the records in `recordsDir` into `dir` (emptied first); returns its page count. */
export async function writeFloor(recordsDir: string, dir: string): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'src/pages/r'), { recursive: true });
  await mkdir(path.join(dir, 'src/layouts'));
  await writeFile(path.join(dir, 'src/layouts/page.astro'), layout);
  await writeFile(path.join(dir, 'astro.config.mjs'), "export default { outDir: './dist', cacheDir: './cache' };\n");
  await writeFile(path.join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  const files = (await readdir(recordsDir, { recursive: true })).filter((file) => file.endsWith('.md')).sort();
  for (const [i, file] of files.entries()) {
    const { data, body: content } = parseRecordFile(await readFile(path.join(recordsDir, file), 'utf8'));
    const page = renderRecordFile({ layout: '../../layouts/page.astro', title: titleOf(data) }, content.trim());
    await writeFile(path.join(dir, `src/pages/r/${i}.md`), page);
  }
  return files.length;
}
