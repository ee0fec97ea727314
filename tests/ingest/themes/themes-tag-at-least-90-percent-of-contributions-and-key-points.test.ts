/**
 * Theme coverage, computed from the committed records and the taxonomy:
 * at least 90% of contributions and key points carry a theme, every theme
 * a record names exists, and every theme tags at least one record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { themesFileSchema } from '../../../src/schemas/themes.ts';
import { readRecords, root } from '../../support/records.ts';

const themed = readRecords().filter(
  (record) => record.data.type === 'contribution' || record.data.type === 'key-point',
);
const taxonomy = themesFileSchema.parse(parse(readFileSync(path.join(root, 'content/themes.yaml'), 'utf8')));
const themesOf = (record: (typeof themed)[number]) => (record.data['themes'] as string[] | undefined) ?? [];

test('at least 90% of contributions and key points carry a theme', () => {
  const tagged = themed.filter((record) => themesOf(record).length > 0);
  expect(themed.length).toBeGreaterThan(0);
  expect(tagged.length / themed.length).toBeGreaterThanOrEqual(0.9);
});

test('every theme a record names is in the taxonomy, and every theme tags some record', () => {
  const ids = taxonomy.themes.map((theme) => theme.id);
  const used = new Set(themed.flatMap(themesOf));
  expect([...used].filter((id) => !ids.includes(id))).toEqual([]);
  expect(ids.filter((id) => !used.has(id))).toEqual([]);
});
