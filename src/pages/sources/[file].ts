/**
 * `/sources/<file>`: each event's source document exactly as received, with
 * its own media type; a saved web page as text (`x.html.txt`), so that no
 * host serves its markup as a page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { records } from '../../lib/record-queries.ts';
import { publishedName, publishedType } from '../../lib/source-files.ts';

export const getStaticPaths = (async () => {
  const files = new Set((await records()).events.map((event) => event.data.source.file));
  return [...files].map((file) => ({ params: { file: publishedName(file) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = String(props['file']);
  return new Response(await readFile(path.resolve(file)), { headers: { 'Content-Type': publishedType(file) } });
};
