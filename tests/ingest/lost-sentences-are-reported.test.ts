/**
 * The ingest's own nothing-lost check: a sentence of a section that no
 * record holds is reported with its place, and a section whose every
 * sentence is in a record (body or field) gets no message.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../scripts/ingest/shape/coverage.ts';
import type { BuiltRecord } from '../../scripts/ingest/records/records.ts';
import { splitStructure } from '../../scripts/ingest/shape/structure.ts';

const source = [
  'Background',
  '',
  'Harbour towns along the coast have shared one outreach team since the floods. The team visits each town twice a month.',
  '',
  'Details:',
  '',
  '1. **Organisers:** Coastal Towns Office and the Regional Youth Service',
  '',
].join('\n');

function record(id: string, body: string, data: Record<string, unknown> = {}): BuiltRecord {
  return { type: 'event', id, data: { id, ...data }, body, place: undefined };
}

function messages(records: BuiltRecord[], text = source): string[] {
  const file = new VFile({ path: 'content/sources/towns.txt', value: text });
  const tree = unified().use(remarkParse).parse(file);
  checkCoverage(file, splitStructure(tree).sections, records);
  return file.messages.map(String);
}

describe('lost sentences', () => {
  it('are reported at their block when no record holds them', () => {
    const records = [
      record('a', 'Harbour towns along the coast have shared one *outreach team* since the floods.', {
        organisers: ['Coastal Towns Office', 'Regional Youth Service'],
      }),
    ];
    expect(messages(records)).toEqual([
      'content/sources/towns.txt:3:1: Unexpected sentence `The team visits each town twice a month.` that no record holds, expected every sentence of the source in a record; check the source here for a page break or layout the ingest misread',
    ]);
  });

  it('are not reported when bodies and fields hold every sentence', () => {
    const records = [
      record('a', 'Harbour towns along the coast have shared one outreach team since the floods.'),
      record('b', 'The team visits each town twice a month.', {
        organisers: ['Coastal Towns Office', 'Regional Youth Service'],
      }),
    ];
    expect(messages(records)).toEqual([]);
  });

  it('are looked for with a short sentence joined to the next, as one', () => {
    const short = source.replace('The team visits', 'All agreed. The team visits');
    const first = 'Harbour towns along the coast have shared one outreach team since the floods.';
    const organisers = { organisers: ['Coastal Towns Office', 'Regional Youth Service'] };
    const holding = [record('a', `${first} All agreed. The team visits each town *twice* a month.`, organisers)];
    expect(messages(holding, short)).toEqual([]);
    const missing = [record('a', `${first} The team visits each town twice a month.`, organisers)];
    expect(messages(missing, short)).toEqual([
      'content/sources/towns.txt:3:1: Unexpected sentence `All agreed. The team visits each town t…` that no record holds, expected every sentence of the source in a record; check the source here for a page break or layout the ingest misread',
    ]);
  });
});
