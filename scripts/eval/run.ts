/**
 * The whole eval: every `*.gold.json` in the corpus folder, in name order,
 * ingested one at a time and scored; then the totals.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readGold } from './gold.ts';
import { runDocument } from './run-document.ts';
import { scoreDocument, totalScores, type DocScore, type Totals } from './score.ts';

export async function runEval(corpusDir: string): Promise<{ scores: DocScore[]; totals: Totals }> {
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.gold.json')).sort();
  const scores: DocScore[] = [];
  for (const name of names) {
    const path = join(corpusDir, name);
    const gold = await readGold(path);
    scores.push(scoreDocument(gold, await runDocument(path, gold)));
  }
  return { scores, totals: totalScores(scores) };
}
