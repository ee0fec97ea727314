/**
 * Content collections over the generated records. Each collection uses the
 * same zod schema the ingest validated the file with, and takes its ID from
 * the record's own `id` field so that URLs follow the record, not the path.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  contributionSchema,
  eventSchema,
  keyPointSchema,
  personSchema,
  recordFolders,
  sessionSchema,
} from './schemas/records.ts';
import { themeSchema, themesFileSchema } from './schemas/themes.ts';
import { recordsDir, themesFile } from './lib/paths.ts';
import { parse } from 'yaml';

function records<S extends z.ZodType>(folder: string, schema: S) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: `${recordsDir}/${folder}`,
      generateId: ({ data, entry }) => (typeof data['id'] === 'string' ? data['id'] : entry),
    }),
    schema,
  });
}

export const collections = {
  events: records(recordFolders.event, eventSchema),
  sessions: records(recordFolders.session, sessionSchema),
  contributions: records(recordFolders.contribution, contributionSchema),
  keyPoints: records(recordFolders['key-point'], keyPointSchema),
  people: records(recordFolders.person, personSchema),
  /** The theme taxonomy, each with its position in the file; the ingest has validated it with positions. */
  themes: defineCollection({
    loader: file(themesFile, {
      parser: (text) => themesFileSchema.parse(parse(text)).themes.map((theme, order) => ({ ...theme, order })),
    }),
    schema: themeSchema.extend({ order: z.number().int() }),
  }),
};
