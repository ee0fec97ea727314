/**
 * Editors' corrections to theme tagging (`content/theme-curation.yaml`),
 * keyed by record ID: `add` themes the words miss, `remove` themes they
 * wrongly suggest. Unknown theme IDs are errors; record IDs that match no
 * contribution or key point are warnings; both with their position.
 */
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { recordId } from '../../../src/schemas/records.ts';
import { themeId } from '../../../src/schemas/themes.ts';
import { fail, warn } from '../diagnostics.ts';
import type { BuiltRecord } from '../records/records.ts';
import { themedTypes, type Taxonomy } from '../records/themes.ts';
import { readYaml } from './yaml-data.ts';

const changeSchema = z.strictObject({
  /** Themes to add to the record. */
  add: z.array(themeId).default([]),
  /** Themes to take off the record. */
  remove: z.array(themeId).default([]),
});

export const themeCurationSchema = z.strictObject({ records: z.record(recordId, changeSchema).default({}) });

/** Applies the curation file to tagged records; reports what it cannot apply. Returns the records it changed. */
export function applyThemeCuration(file: VFile, records: BuiltRecord[], taxonomy: Taxonomy): BuiltRecord[] {
  const source = readYaml(file, themeCurationSchema, 'the theme curation file');
  if (!source) return [];
  const changed: BuiltRecord[] = [];
  const byId = new Map(records.filter((record) => themedTypes.has(record.type)).map((record) => [record.id, record]));
  for (const [id, change] of Object.entries(source.data.records)) {
    for (const key of ['add', 'remove'] as const) {
      change[key].forEach((theme, index) => {
        if (taxonomy.ids.has(theme)) return;
        fail(
          file,
          `Unexpected theme \`${theme}\` in \`records.${id}.${key}\` of the theme curation file, expected one of the IDs in the themes file: ${[...taxonomy.ids].map((known) => `\`${known}\``).join(', ')}`,
          source.placeOf(['records', id, key, index]),
          'theme-curation-unknown-theme',
        );
      });
    }
    const record = byId.get(id);
    if (!record) {
      warn(
        file,
        `Unexpected record ID \`${id}\` that matches no contribution or key point, expected the ID of one (see its front matter in \`content/records/\`)`,
        source.keyPlaceOf(['records', id]),
        'theme-curation-unused',
      );
      continue;
    }
    const current = (record.data['themes'] as string[] | undefined) ?? [];
    const kept = new Set([...current, ...change.add].filter((theme) => !change.remove.includes(theme)));
    // Taxonomy order, so a curated record lists its themes like any other.
    record.data['themes'] = [...taxonomy.ids].filter((theme) => kept.has(theme));
    changed.push(record);
  }
  return changed;
}
