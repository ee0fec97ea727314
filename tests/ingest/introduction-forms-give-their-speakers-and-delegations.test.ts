/**
 * Documents in the forms the corpus lacks (`tests/fixtures/forms/`, each
 * with a gold reading) give their speakers: every named speaker found with
 * no false one, UN-style delegations with their countries, participants not
 * taken for speakers. A form no recogniser reads is found by the name
 * detector, with a warning, and its words are never given to another speaker.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../scripts/eval/gold.ts';
import { runDocument } from '../../scripts/eval/run-document.ts';
import { scoreDocument } from '../../scripts/eval/score.ts';
import { ingestProject, root, temporaryProject } from './support.ts';

const formsDir = path.join(root, 'tests/fixtures/forms');

async function read(name: string) {
  const goldPath = path.join(formsDir, `${name}.gold.json`);
  const gold = await readGold(goldPath);
  const found = await runDocument(goldPath, gold);
  return { gold, found, score: scoreDocument(gold, found) };
}

describe('introduction forms', () => {
  it.each([
    'un-press-summary',
    'list-introductions',
    'mayor-of-city-appositive',
    'delegation-statements',
    'participants-list',
    'yaml-front-matter-relative-date',
  ])('%s: every speaker found, none invented, in the right session', async (name) => {
    const { score } = await read(name);
    expect(score.accepted).toBe(true);
    expect({ falsePositives: score.falsePositives.map((item) => item.name), misses: score.misses }).toEqual({
      falsePositives: [],
      misses: [],
    });
    if (score.session) expect(score.session.correct).toBe(score.session.of);
  });

  it('UN style: delegations with no person named are delegations of their countries', async () => {
    const project = temporaryProject('un-press-summary');
    cpSync(path.join(formsDir, 'un-press-summary.txt'), path.join(project, 'content/sources/un-press-summary.txt'));
    const { records } = await ingestProject(project);
    const delegations = new Map(
      records
        .map((record) => record.data.speaker as { kind: string; name: string; country: string | null } | undefined)
        .filter((speaker) => speaker?.kind === 'delegation')
        .map((speaker) => [speaker?.name, speaker?.country]),
    );
    expect([...delegations].sort()).toEqual([
      ['China', 'CN'],
      ['Portugal', 'PT'],
    ]);
  });

  it('a person introduced in an unusual form is found with a warning to check it, and no one is invented', async () => {
    const { score } = await read('unknown-form-warns');
    expect(score.falsePositives).toEqual([]);
    expect(score.misses).toEqual([]);
    // The forms no recogniser reads are read by the name detector, which always warns.
    expect(score.warnings).toBeGreaterThanOrEqual(3);
  });
});
