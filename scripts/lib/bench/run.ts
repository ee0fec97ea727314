/**
 * The benchmark from start to end: for each size, a corpus, then ours and
 * the floor alternately, then search in Chromium; then the "past one
 * machine" series; then docs/benchmarks.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyse } from './analysis.ts';
import { writeCorpus } from './corpus.ts';
import type { BenchOptions } from './options.ts';
import { measureScaling } from './pagefind-scale.ts';
import { clean, oursCommands, runFloor, runOurs, type FloorRun, type OursRun, type Paths } from './pipeline.ts';
import { profileRun, type ProfileSummary } from './profile.ts';
import { renderMarkdown } from './report-md.ts';
import { fit, judge, sizeRun, type Machine, type Report, type SizeRun } from './results.ts';
import { measureSearch } from './search.ts';
import { emptyTrash } from './trash.ts';

function version(root: string, pkg: string): string {
  const text = readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function machine(root: string, seed: number): Machine {
  const dirty = git(root, ['status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs']);
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    astro: version(root, 'astro'),
    pagefind: version(root, 'pagefind'),
    seed,
    commit: git(root, ['rev-parse', '--short', 'HEAD']) || 'unknown',
    uncommittedFiles: dirty === '' ? 0 : dirty.split('\n').length,
    startedAt: new Date().toISOString(),
    loadavgStart: os.loadavg(),
    loadavgEnd: [],
  };
}

export async function runBench(options: BenchOptions, root: string): Promise<Report> {
  const started = performance.now();
  const log = (line: string): void => console.log(line);
  const info = machine(root, options.seed);
  log(
    `Benchmark: sizes ${options.sizes.join(', ')}, ${options.reps} run(s) each of ours and the floor; load average ${info.loadavgStart.map((x) => x.toFixed(2)).join(' ')}`,
  );
  const runs: SizeRun[] = [];
  let profiled: Paths | null = null;
  for (const records of options.sizes) {
    const work = path.join(options.workDir, `n-${records}`);
    const corpus = await writeCorpus(path.join(work, 'sources'), records, options.seed);
    log(
      `\n${records} records: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(2)} MB of source text, ${corpus.records} records expected`,
    );
    const paths = { root, sources: corpus.dir, work };
    const ours: OursRun[] = [];
    const floor: FloorRun[] = [];
    for (let rep = 1; rep <= options.reps; rep += 1) {
      const label = `[${records} #${rep}]`;
      ours.push(await runOurs(paths, label));
      floor.push(await runFloor(paths, label));
    }
    log(`  search in Chromium over ${records} records …`);
    const search = await measureSearch(path.join(work, 'dist'), { repetitions: options.searchReps, root, log });
    runs.push(sizeRun(corpus.records, corpus.documents, corpus.bytes, ours, floor, search));
    profiled = paths;
  }
  const profiles: ProfileSummary[] = [];
  if (options.profile && profiled) {
    const paths = profiled;
    const commands = oursCommands(paths);
    const dir = (name: string): string => path.join(paths.work, 'profiles', name);
    log(`\nProfiling the ingest and the Astro build (node --cpu-prof) …`);
    await clean(paths.work);
    profiles.push(await profileRun('ingest', commands.ingest, { cwd: root, dir: dir('ingest'), root }));
    profiles.push(
      await profileRun('astro build', commands.build, { cwd: root, env: commands.env, dir: dir('build'), root }),
    );
  }
  let scaling: Report['scaling'] = null;
  if (options.scaleSizes.length > 0) {
    log(
      `\nPast one machine: Pagefind alone at ${options.scaleSizes.join(', ')} records, then ${options.shards} shards`,
    );
    const measured = await measureScaling({
      sizes: options.scaleSizes,
      shards: options.shards,
      seed: options.seed,
      workDir: path.join(options.workDir, 'scale'),
      root,
      repetitions: Math.min(options.searchReps, 3),
      log,
    });
    const worstFirst = (p: (typeof measured.points)[number]): number =>
      Math.max(...p.search.queries.map((q) => q.firstBytes / 1000));
    const machineMb = info.memoryGb * 1024;
    const series = (pick: (p: (typeof measured.points)[number]) => number): { records: number; value: number }[] =>
      measured.points.map((p) => ({ records: p.records, value: pick(p) }));
    const pipeline = (pick: (r: SizeRun) => number): { records: number; value: number }[] =>
      runs.map((r) => ({ records: r.records, value: pick(r) }));
    const fits = [
      fit(
        'Pagefind peak memory',
        'MB',
        series((p) => p.pagefindPeakMb),
        2048,
      ),
      fit(
        "Pagefind peak memory, up to this machine's memory",
        'MB',
        series((p) => p.pagefindPeakMb),
        machineMb,
      ),
      fit(
        'Pagefind indexing time, up to 10 minutes',
        's',
        series((p) => p.indexSeconds),
        600,
      ),
      fit('first search bytes, up to the 300 kB budget', 'kB', series(worstFirst), 300),
      ...(runs.length >= 2
        ? [
            fit(
              'pipeline peak memory (ours)',
              'MB',
              pipeline((r) => r.peak_rss_mb),
              2048,
            ),
            fit(
              "pipeline peak memory (ours), up to this machine's memory",
              'MB',
              pipeline((r) => r.peak_rss_mb),
              machineMb,
            ),
            fit(
              'pipeline time (ours), up to an hour',
              's',
              pipeline((r) => r.pipeline_s),
              3600,
            ),
          ]
        : []),
    ];
    scaling = { ...measured, fits };
  }
  await emptyTrash(options.workDir);
  info.loadavgEnd = os.loadavg();
  const largest = runs.at(-1);
  const report: Report = { machine: info, runs, targets: largest ? judge(largest) : [], profiles, scaling };
  await mkdir(options.outDir, { recursive: true });
  await writeFile(path.join(options.outDir, 'benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(options.outDir, 'benchmarks.md'), renderMarkdown(report, analyse(report)));
  log(
    `\nDone in ${((performance.now() - started) / 60_000).toFixed(1)} min: ${path.relative(root, options.outDir)}/benchmarks.{md,json}`,
  );
  for (const target of report.targets)
    log(`  ${target.met ? 'met   ' : 'MISSED'} ${target.name}: ${target.value} (limit ${target.limit})`);
  return report;
}
