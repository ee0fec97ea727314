/**
 * The ingest under random and mutated documents (fast-check): it never
 * throws, every message it gives has a place, and the records folder ends
 * either as it was or holding exactly what the run rendered, never half.
 * The documents are the fixtures' own, cut, spliced, sprinkled with odd
 * characters and bytes, or replaced by random text or bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ingest } from '../../scripts/ingest/run.ts';
import { readTree, root, temporaryProject } from '../ingest/support.ts';

const fixtureTexts = ['tests/fixtures/corpus', 'tests/fixtures/forms'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(root, dir, name))),
);

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\0',
    '\u202E',
    '\uFEFF',
    '---\n',
    '*',
    '**',
    '[',
    '](',
    '<script>',
    '\n\n\n\n',
    '1. ',
    '- ',
    '# ',
    ': ',
    '(',
    'é',
    '\uFFFD',
    '&&&',
  ),
);

/** A document: a fixture mutated at random places, random text, or random bytes. */
const documents = fc.oneof(
  fc
    .record({
      base: fc.constantFrom(...fixtureTexts),
      edits: fc.array(
        fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(400), insert: oddText }),
        {
          maxLength: 6,
        },
      ),
    })
    .map(({ base, edits }) => {
      let text = base.toString('utf8');
      for (const { at, cut, insert } of edits) {
        const index = Math.floor(at * text.length);
        text = text.slice(0, index) + insert + text.slice(index + cut);
      }
      return Buffer.from(text, 'utf8');
    }),
  fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => Buffer.from(text, 'utf8')),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
);

/** Runs the property `runs` times; the folder the records go to holds a record written before each run. */
export async function fuzzIngest(runs: number): Promise<void> {
  const project = temporaryProject('fuzz');
  const sources = path.join(project, 'content/sources');
  const records = path.join(project, 'content/records');
  await fc.assert(
    fc.asyncProperty(documents, async (bytes) => {
      rmSync(sources, { recursive: true, force: true });
      rmSync(records, { recursive: true, force: true });
      mkdirSync(sources, { recursive: true });
      mkdirSync(path.join(records, 'events'), { recursive: true });
      writeFileSync(path.join(records, 'events/before.md'), 'written before\n');
      writeFileSync(path.join(sources, 'input.txt'), bytes);
      const before = readTree(records);

      const result = await ingest({
        root: project,
        sourcesDir: sources,
        curationFile: path.join(project, 'none.yaml'),
        recordsDir: records,
      });

      for (const message of result.files.flatMap((file) => file.messages)) {
        expect(message.line ?? 0, String(message)).toBeGreaterThanOrEqual(1);
        expect(message.file, String(message)).not.toBe('');
      }
      expect(readTree(records)).toEqual(result.ok ? result.rendered : before);
    }),
    { numRuns: runs },
  );
}
