/**
 * The floor: a bare Astro project with one Markdown page per record (same
 * title and text as our record, a minimal template) plus the Pagefind CLI
 * over its output. It uses this project's installed astro and pagefind, so
 * the ratio of ours to the floor measures what our site adds.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { discard } from './trash.ts';

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
  const speaker = data['speaker'] as { name?: unknown } | undefined;
  for (const value of [data['title'], data['name'], speaker?.name, data['id']]) {
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return 'Record';
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Writes the floor project for the records in `recordsDir` into `floorDir` (emptied first). Returns the page count. */
export async function writeFloor(recordsDir: string, floorDir: string): Promise<number> {
  await discard(floorDir);
  const pages = path.join(floorDir, 'src/pages/r');
  await mkdir(pages, { recursive: true });
  await mkdir(path.join(floorDir, 'src/layouts'), { recursive: true });
  await writeFile(path.join(floorDir, 'src/layouts/page.astro'), layout);
  await writeFile(
    path.join(floorDir, 'astro.config.mjs'),
    "export default { outDir: './dist', cacheDir: './cache', trailingSlash: 'always', build: { format: 'directory' } };\n",
  );
  await writeFile(path.join(floorDir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  const files = await markdownFiles(recordsDir);
  let i = 0;
  for (const file of files) {
    const { data, content } = matter(await readFile(file, 'utf8'));
    const front = matter.stringify(content, { layout: '../../layouts/page.astro', title: titleOf(data) });
    await writeFile(path.join(pages, `${i}.md`), front);
    i += 1;
  }
  return files.length;
}
