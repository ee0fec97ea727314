/**
 * The optional sidecar `<source>.meta.yaml` next to a source states what
 * the text does not say, or says badly: organisers, location, series,
 * source URL, a corrected title, the document kind, the event slug. Its
 * values win over what the parser read.
 */
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { eventSchema } from '../../../src/schemas/records.ts';
import { readYaml } from './yaml-data.ts';

export const sidecarSchema = z
  .strictObject({
    ...eventSchema.pick({
      title: true,
      subtitle: true,
      date: true,
      time: true,
      location: true,
      series: true,
      kind: true,
      organisers: true,
      coSponsors: true,
      partners: true,
      format: true,
      language: true,
      webcast: true,
      sourceUrl: true,
      links: true,
    }).shape,
    /** Overrides the event slug taken from the title. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a lowercase slug such as `role-of-cities`'),
  })
  .partial();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Path of a source's sidecar: `x.txt` → `x.meta.yaml`. */
export function sidecarPathOf(sourcePath: string): string {
  return sourcePath.replace(/\.[^./]+$/u, '') + '.meta.yaml';
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith('.meta.yaml');
}

export function readSidecar(file: VFile): Sidecar | undefined {
  return readYaml(file, sidecarSchema, 'the sidecar')?.data;
}
