/**
 * Past one machine: how Pagefind's indexing memory, time and bundle size,
 * and a first search's bytes, grow with the number of records; then one way
 * past it: the largest corpus indexed as shards (each its own process, as
 * separate machines would run them) and merged in the browser with
 * Pagefind's `mergeIndex`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runStage } from './run-stage.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import { directoryBytes } from './sizes.ts';

const job = path.join(import.meta.dirname, 'pagefind-job.ts');
const page =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body></body></html>\n';

export interface IndexFigures {
  records: number;
  /** Wall time of the indexing process (generation of the text included, see `indexSeconds`). */
  seconds: number;
  indexSeconds: number;
  /** Peak memory of the Pagefind binary alone. */
  pagefindPeakMb: number;
  /** Peak memory of the whole process tree (Node holding the text, and Pagefind). */
  treePeakMb: number;
  bundleBytes: number;
}

export interface ScalePoint extends IndexFigures {
  search: SearchFigures;
}

export interface ShardedFigures {
  records: number;
  shards: IndexFigures[];
  search: SearchFigures;
}

async function indexJob(
  label: string,
  siteDir: string,
  bundle: string,
  args: string[],
  cwd: string,
): Promise<IndexFigures> {
  const outputPath = path.join(siteDir, bundle);
  const stage = await runStage(
    label,
    process.execPath,
    [job, args[0] ?? '', args[1] ?? '', outputPath, ...args.slice(2)],
    {
      cwd,
      logFile: path.join(siteDir, `${bundle.replaceAll('/', '-')}.log`),
    },
  );
  const result = JSON.parse(stage.lines.findLast((line) => line.text.startsWith('{'))?.text ?? '{}') as {
    pages: number;
    indexSeconds: number;
    pagefindPeakMb: number;
  };
  return {
    records: result.pages,
    seconds: stage.seconds,
    indexSeconds: result.indexSeconds,
    pagefindPeakMb: result.pagefindPeakMb,
    treePeakMb: stage.peakRssMb,
    bundleBytes: await directoryBytes(outputPath),
  };
}

async function freshSite(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), page);
}

export interface ScaleOptions {
  sizes: number[];
  shards: number;
  seed: number;
  workDir: string;
  root: string;
  repetitions: number;
  log: (line: string) => void;
}

/** Indexes each size in one process and measures search over it; then shards the largest. */
export async function measureScaling(
  options: ScaleOptions,
): Promise<{ points: ScalePoint[]; sharded: ShardedFigures }> {
  const { sizes, shards, seed, workDir, root, repetitions, log } = options;
  const points: ScalePoint[] = [];
  for (const records of sizes) {
    const site = path.join(workDir, `single-${records}`);
    await freshSite(site);
    const figures = await indexJob(
      `Pagefind alone, ${records} records`,
      site,
      'pagefind',
      [String(records), String(seed)],
      root,
    );
    const search = await measureSearch(site, { repetitions, root, bundle: '/pagefind/', log });
    points.push({ ...figures, search });
    if (records !== sizes.at(-1)) await rm(site, { recursive: true, force: true });
  }
  const largest = sizes.at(-1) ?? 0;
  const site = path.join(workDir, `sharded-${largest}`);
  await freshSite(site);
  const shardFigures: IndexFigures[] = [];
  for (let shard = 0; shard < shards; shard += 1) {
    const args = [String(largest), String(seed), String(shard), String(shards)];
    shardFigures.push(
      await indexJob(
        `Pagefind shard ${shard + 1}/${shards}, ${largest} records`,
        site,
        `shard-${shard}/pagefind`,
        args,
        root,
      ),
    );
  }
  const merge = shardFigures.slice(1).map((_, i) => `/shard-${i + 1}/pagefind/`);
  const search = await measureSearch(site, { repetitions, root, bundle: '/shard-0/pagefind/', merge, log });
  return { points, sharded: { records: largest, shards: shardFigures, search } };
}
