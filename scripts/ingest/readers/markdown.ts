/**
 * Markdown (and text) sources: the facts a sidecar can state may stand in
 * the document's own YAML front matter instead (`organisers:`, `kind:`,
 * `series:`, `links:` …), checked like a sidecar's, with their line and
 * column. The keys the front matter already means something by (`title`,
 * `date`, `subtitle`, `location`, `source_url`; see `front-matter.ts`)
 * keep that meaning. A sidecar file still wins over the front matter.
 */
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { isMap, parseDocument } from 'yaml';
import { sidecarSchema, type Sidecar } from '../editors/sidecar.ts';
import { frontMatterBlock } from './front-matter.ts';
import { readYaml } from '../editors/yaml-data.ts';

/** Sidecar keys read from front matter here; the others are read by `front-matter.ts`. */
const sidecarKeys = [
  'kind',
  'series',
  'time',
  'organisers',
  'coSponsors',
  'partners',
  'format',
  'language',
  'webcast',
  'links',
  'slug',
] as const;

const frontMatterSchema = z.object(
  Object.fromEntries(sidecarKeys.map((key) => [key, sidecarSchema.shape[key]])) as {
    [key in (typeof sidecarKeys)[number]]: (typeof sidecarSchema.shape)[key];
  },
);

/**
 * The sidecar facts in the front matter of `text` (the source's text), each
 * problem an error on `file` at its place; empty when there are none.
 */
export function frontMatterSidecar(file: VFile, text: string): Sidecar {
  const yaml = frontMatterBlock(text)?.yaml;
  if (yaml === undefined) return {};
  const document = parseDocument(yaml);
  // Broken front matter is reported (as a warning) by `front-matter.ts`, which then reads the document without it.
  if (document.errors.length > 0 || !isMap(document.contents)) return {};
  if (!sidecarKeys.some((key) => document.has(key))) return {};
  // The YAML on its own lines, as in the source, so that places are the source's.
  const scratch = new VFile({ path: file.path, value: `\n${yaml}` });
  const read = readYaml(scratch, frontMatterSchema, 'the front matter');
  file.messages.push(...scratch.messages);
  return read?.data ?? {};
}
