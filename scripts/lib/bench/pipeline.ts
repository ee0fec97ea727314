/**
 * One run of our pipeline over a corpus (the three steps of `npm run build`:
 * the ingest, `astro build`, then the search index), and one run of the
 * floor over the same records. Every build is
 * cold: output and cache folders are removed first. Each is then run again
 * as a rebuild, caches kept (what `npm start` does the second time), and
 * timed on its own.
 */
import path from 'node:path';
import { astroPhases, type AstroPhases } from './astro-phases.ts';
import { writeFloor } from './floor.ts';
import { runStage, type StageResult } from './run-stage.ts';
import { directoryBytes, fileBytes } from './sizes.ts';
import { discard } from './trash.ts';

export interface Stage {
  seconds: number;
  /** User and system CPU time of the stage's process tree. */
  cpuSeconds: number;
  /** Of `cpuSeconds`, the kernel's. */
  systemSeconds: number;
  peakRssMb: number;
}

export interface OursRun {
  ingest: Stage;
  /** `astro build`. */
  build: Stage;
  /** The search index over the built pages (`scripts/index-site.ts`, Pagefind's Node API). */
  pagefind: Stage;
  phases: AstroPhases;
  /** Ingest + build + index. */
  seconds: number;
  cpuSeconds: number;
  systemSeconds: number;
  peakRssMb: number;
  /** Ingest + build + index again, over the same sources, with the caches of the first run. */
  rebuild: Stage;
  distBytes: number;
  pagefindBytes: number;
  recordsJsonBytes: number;
  pages: number;
}

export interface FloorRun {
  build: Stage;
  pagefind: Stage;
  seconds: number;
  cpuSeconds: number;
  systemSeconds: number;
  peakRssMb: number;
  /** Build + Pagefind again, with the Astro cache of the first run. */
  rebuild: Stage;
  distBytes: number;
  pagefindBytes: number;
  pages: number;
}

export interface Paths {
  root: string;
  sources: string;
  work: string;
}

const astroBin = (root: string): string => path.join(root, 'node_modules/astro/bin/astro.mjs');
const stage = ({ seconds, cpuSeconds, systemSeconds, peakRssMb }: StageResult): Stage => ({
  seconds,
  cpuSeconds,
  systemSeconds,
  peakRssMb,
});

/** Stages run one after another: their times add up, their peak is the highest. */
function inTurn(...parts: Stage[]): Stage {
  return {
    seconds: parts.reduce((sum, part) => sum + part.seconds, 0),
    cpuSeconds: parts.reduce((sum, part) => sum + part.cpuSeconds, 0),
    systemSeconds: parts.reduce((sum, part) => sum + part.systemSeconds, 0),
    peakRssMb: Math.max(...parts.map((part) => part.peakRssMb)),
  };
}

function indexedPages(result: StageResult): number {
  for (const { text } of result.lines) {
    const match = /Indexed (\d+) pages?/.exec(text);
    if (match) return Number(match[1]);
  }
  return 0;
}

/** The command lines of `npm run build`'s steps for a work folder; all run in the project root. */
export function oursCommands({ root, sources, work }: Paths): {
  ingest: string[];
  build: string[];
  index: string[];
  env: NodeJS.ProcessEnv;
} {
  // A curation file that does not exist: the synthetic people need none.
  const curation = path.join(work, 'no-curation.yaml');
  return {
    ingest: [
      path.join(root, 'scripts/ingest.ts'),
      '--sources',
      sources,
      '--records',
      path.join(work, 'records'),
      '--curation',
      curation,
    ],
    build: [astroBin(root), 'build'],
    index: [path.join(root, 'scripts/index-site.ts')],
    env: {
      KB_RECORDS_DIR: path.join(work, 'records'),
      KB_OUT_DIR: path.join(work, 'dist'),
      KB_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  };
}

/** Clears the records, output and cache of a work folder, so the next run is cold (see `trash.ts`). */
export async function clean(work: string): Promise<void> {
  for (const dir of ['records', 'dist', 'cache']) await discard(path.join(work, dir));
}

/** The three steps of `npm run build`, one after another; `prefix` labels them and names their logs. */
async function oursStages(paths: Paths, label: string, prefix = '') {
  const commands = oursCommands(paths);
  const logs = path.join(paths.work, 'logs');
  const step = (name: string, args: string[], env?: NodeJS.ProcessEnv): Promise<StageResult> =>
    runStage(`${label} ${prefix}${name}`, process.execPath, args, {
      cwd: paths.root,
      ...(env ? { env } : {}),
      logFile: path.join(logs, `${prefix.replace(/\W+/g, '')}${name.replace(/\W+/g, '-')}.log`),
    });
  const ingest = await step('ingest', commands.ingest);
  const build = await step('astro build', commands.build, commands.env);
  const index = await step('search index', commands.index, commands.env);
  return { ingest, build, index };
}

export async function runOurs(paths: Paths, label: string): Promise<OursRun> {
  const dist = path.join(paths.work, 'dist');
  await clean(paths.work);
  const { ingest, build, index } = await oursStages(paths, label);
  // Moved aside rather than emptied by Astro (see `trash.ts`); the caches stay.
  await discard(dist);
  const again = await oursStages(paths, label, 'rebuild: ');
  return {
    ingest: stage(ingest),
    build: stage(build),
    pagefind: stage(index),
    phases: astroPhases(build),
    ...inTurn(ingest, build, index),
    rebuild: inTurn(again.ingest, again.build, again.index),
    distBytes: await directoryBytes(dist),
    pagefindBytes: await directoryBytes(path.join(dist, 'pagefind')),
    recordsJsonBytes: await fileBytes(path.join(dist, 'data/records.json')),
    pages: indexedPages(index),
  };
}

/** The floor's Astro build and the Pagefind CLI over its output, in the floor project `floor`. */
async function floorStages(root: string, work: string, floor: string, label: string) {
  const build = await runStage(
    `${label} floor astro build`,
    process.execPath,
    [astroBin(root), 'build', '--root', floor],
    {
      cwd: floor,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      logFile: path.join(work, 'logs/floor-build.log'),
    },
  );
  const pagefindCli = path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
  const pagefind = await runStage(
    `${label} floor pagefind`,
    process.execPath,
    [pagefindCli, '--site', path.join(floor, 'dist')],
    {
      cwd: floor,
      logFile: path.join(work, 'logs/floor-pagefind.log'),
    },
  );
  return { build, pagefind };
}

export async function runFloor({ root, work }: Paths, label: string): Promise<FloorRun> {
  const floor = path.join(work, 'floor');
  const pages = await writeFloor(path.join(work, 'records'), floor);
  const { build, pagefind } = await floorStages(root, work, floor, label);
  // As for ours: moved aside (into the work folder's trash), the caches kept.
  await discard(path.join(floor, 'dist'), work);
  const again = await floorStages(root, work, floor, `${label} rebuild:`);
  return {
    build: stage(build),
    pagefind: stage(pagefind),
    ...inTurn(build, pagefind),
    rebuild: inTurn(again.build, again.pagefind),
    distBytes: await directoryBytes(path.join(floor, 'dist')),
    pagefindBytes: await directoryBytes(path.join(floor, 'dist/pagefind')),
    pages,
  };
}
