/**
 * A child process of the "past one machine" measurement: indexes `records`
 * synthetic records (or one shard of them) with Pagefind's Node API, as
 * custom records with the site's filters, and prints one JSON line of
 * figures, including the peak memory of the Pagefind binary alone.
 *
 * Usage: node pagefind-job.ts <records> <seed> <outputPath> [<shard> <shards>]
 */
import * as pagefind from 'pagefind';
import { withPagefind } from '../search-index.ts';
import { countries } from './countries.ts';
import { meetingSummary } from './document.ts';
import { invent } from './names.ts';
import { createRng } from './prng.ts';
import { sampleTree } from './proc-tree.ts';

const [records = '1000', seed = '1', outputPath = '.tmp/bench/pagefind', shard = '0', shards = '1'] =
  process.argv.slice(2);
const total = Number(records);
const started = performance.now();

interface Block {
  text: string;
  event: string;
  year: string;
}

const rng = createRng(Number(seed));
const taken = new Set<string>();
const blocks: Block[] = [];
for (let d = 0; blocks.length < total; d += 1) {
  const doc = meetingSummary(rng.fork(`document-${d}`), taken);
  const event = doc.fileName.replace(/-meeting-summary\.txt$/, '');
  for (const text of doc.text.split(/\n{2,}/)) {
    if (text.trim().length >= 80 && blocks.length < total)
      blocks.push({ text: text.trim(), event, year: event.slice(0, 4) });
  }
}
const types = ['Contribution', 'Contribution', 'Speaker', 'Key point', 'Session', 'Event'];
const generated = performance.now();

const sampler = sampleTree(process.pid, 100, true);
const check = <T extends { errors: string[] }>(response: T): T => {
  if (response.errors.length > 0)
    throw new Error(`Pagefind: ${response.errors.join('; ')}`, { cause: response.errors });
  return response;
};
// Closed through withPagefind: the binary ends before this process does, so its CPU time is counted.
await withPagefind(async () => {
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'en' }));
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let pages = 0;
  for (const [i, block] of blocks.entries()) {
    if (i % Number(shards) !== Number(shard)) continue;
    const speaker = invent(rng, taken).name;
    check(
      await index.addCustomRecord({
        url: `/r/${i}/`,
        content: block.text,
        language: 'en',
        meta: { title: block.text.split(' ').slice(0, 8).join(' '), speaker, event: block.event },
        filters: {
          type: [types[i % types.length] ?? 'Contribution'],
          country: [rng.pick(countries).name],
          speaker: [speaker],
          event: [block.event],
          year: [block.year],
        },
      }),
    );
    pages += 1;
  }
  check(await index.writeFiles({ outputPath }));
  const done = performance.now();
  console.log(
    JSON.stringify({
      pages,
      generateSeconds: (generated - started) / 1000,
      indexSeconds: (done - generated) / 1000,
      pagefindPeakMb: Math.round(sampler.stop() / 2 ** 20),
    }),
  );
});
