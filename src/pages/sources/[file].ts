/** `/sources/<file>`: each event's source document, exactly as received. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { records } from '../../lib/record-queries.ts';

export const getStaticPaths = (async () => {
  const files = new Set((await records()).events.map((event) => event.data.source.file));
  return [...files].map((file) => ({ params: { file: path.basename(file) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = String(props['file']);
  const type = file.endsWith('.md') ? 'text/markdown' : 'text/plain';
  return new Response(await readFile(path.resolve(file)), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
