/**
 * Curation of speakers (`content/people.yaml`): corrects a speaker's name
 * spelling, country, organisation, city or role, matching the name as
 * printed. Entries that match nobody are reported with their position.
 */
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { countryByCode, type Country } from '../speakers/countries.ts';
import { fail, warn } from '../diagnostics.ts';
import type { Introduction } from '../speakers/speakers.ts';
import { readYaml, type YamlData } from './yaml-data.ts';

const entrySchema = z.strictObject({
  /** The name exactly as printed in a source. */
  match: z.string().min(1),
  name: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  organisation: z.string().min(1).optional(),
  city: z.string().min(1).optional(),
  country: z
    .string()
    .refine(
      (code) => countryByCode(code) !== undefined,
      'an ISO 3166-1 alpha-2 country code known to world-countries, such as `KE`',
    )
    .optional(),
});

export const curationSchema = z.strictObject({ people: z.array(entrySchema).default([]) });

type Entry = z.infer<typeof entrySchema>;

export class Curation {
  readonly #entries = new Map<string, { entry: Entry; index: number }>();
  readonly #used = new Set<string>();
  readonly #source: YamlData<z.infer<typeof curationSchema>> | undefined;
  readonly file: VFile | undefined;

  constructor(file?: VFile) {
    this.file = file;
    this.#source = file ? readYaml(file, curationSchema, 'the curation file') : undefined;
    this.#source?.data.people.forEach((entry, index) => {
      const first = this.#entries.get(entry.match);
      if (!first) {
        this.#entries.set(entry.match, { entry, index });
        return;
      }
      const at = this.#source?.placeOf(['people', first.index]);
      if (file)
        fail(
          file,
          `Unexpected second curation entry for \`${entry.match}\` (first at line ${at?.line ?? '?'}), expected one entry per printed name; merge the two`,
          this.#source?.placeOf(['people', index]),
          'curation-duplicate',
        );
    });
  }

  /** The introduction with curated corrections applied. */
  apply<T extends Introduction>(introduction: T): T {
    const found = this.#entries.get(introduction.name);
    if (!found) return introduction;
    this.#used.add(introduction.name);
    const { entry } = found;
    const country: Country | null = entry.country ? (countryByCode(entry.country) ?? null) : introduction.country;
    return {
      ...introduction,
      name: entry.name ?? introduction.name,
      role: entry.role ?? introduction.role,
      organisation: entry.organisation ?? introduction.organisation,
      city: entry.city ?? introduction.city,
      country,
    };
  }

  /** Printed names that matched an entry so far. */
  get used(): string[] {
    return [...this.#used];
  }

  /** Count these names as matched (by a copy of the curation in another thread). */
  markUsed(names: string[]): void {
    for (const name of names) this.#used.add(name);
  }

  /** Warn about entries that matched no speaker. */
  reportUnused(): void {
    if (!this.file || !this.#source) return;
    for (const [name, { index }] of this.#entries) {
      if (this.#used.has(name)) continue;
      warn(
        this.file,
        `Unexpected curation entry \`${name}\` that matches no speaker, expected \`match\` to be a speaker's name exactly as printed in a source`,
        this.#source.placeOf(['people', index]),
        'curation-unused',
      );
    }
  }
}
