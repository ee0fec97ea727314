/**
 * The theme taxonomy (`content/themes.yaml`): one schema for the ingest,
 * which validates the file with positions and tags records with it, and
 * for the site, which loads the same file as a content collection.
 */
import { z } from 'astro/zod';

/** A theme ID: one lowercase slug. */
export const themeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as `rehabilitation-reintegration`');

export const themeSchema = z.strictObject({
  /** Stable slug, used in URLs, records and exports. */
  id: themeId,
  /** The name readers see, also the value of the `theme` search filter. */
  label: z.string().min(1),
  /** One or two sentences shown on the theme's page. */
  description: z.string().min(1),
  /** Words or phrases that signal the theme, compared by stem, in order for phrases. */
  terms: z.array(z.string().min(1)).min(1),
  /** Term occurrences a text needs; by default one per 120 words, at least one. */
  minMatches: z.number().int().positive().optional(),
});

/** The whole file: `themes:` and the list. */
export const themesFileSchema = z.strictObject({
  themes: z
    .array(themeSchema)
    .min(1)
    .superRefine((themes, context) => {
      const first = new Map<string, number>();
      themes.forEach((theme, index) => {
        const earlier = first.get(theme.id);
        if (earlier === undefined) first.set(theme.id, index);
        else
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `an ID of its own, not the ID of \`themes.${earlier}\``,
          });
      });
    }),
});

export type Theme = z.infer<typeof themeSchema>;
