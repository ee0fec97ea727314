/**
 * Reads what Pagefind stored for each indexed page: its URL, text, filters,
 * metadata and anchors. Fragments are gzipped JSON behind a short signature.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { id: string; element: string; title?: string }[];
}

/** Every page in the Pagefind bundle at `bundleDir` (a folder holding `fragment/`). */
export async function readFragments(bundleDir: string): Promise<Fragment[]> {
  const folder = path.join(bundleDir, 'fragment');
  const files = (await readdir(folder)).sort();
  return Promise.all(
    files.map(async (file) => {
      const raw = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
    }),
  );
}
