/**
 * One run of our pipeline over a corpus (ingest, then the Astro build with
 * its Pagefind step, then Pagefind alone over the result to time that
 * step), and one run of the floor over the same records. Every build is
 * cold: output and cache folders are removed first.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { astroPhases, type AstroPhases } from './astro-phases.ts';
import { writeFloor } from './floor.ts';
import { runStage, type StageResult } from './run-stage.ts';
import { directoryBytes, fileBytes } from './sizes.ts';

export interface Stage {
  seconds: number;
  peakRssMb: number;
}

export interface OursRun {
  ingest: Stage;
  /** `astro build`, Pagefind step included. */
  build: Stage;
  /** Pagefind alone over the built pages (a second run, for its share of the build). */
  pagefind: Stage;
  phases: AstroPhases;
  /** Ingest + build. */
  seconds: number;
  peakRssMb: number;
  distBytes: number;
  pagefindBytes: number;
  recordsJsonBytes: number;
  pages: number;
}

export interface FloorRun {
  build: Stage;
  pagefind: Stage;
  seconds: number;
  peakRssMb: number;
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
const stage = ({ seconds, peakRssMb }: StageResult): Stage => ({ seconds, peakRssMb });

function indexedPages(result: StageResult): number {
  for (const { text } of result.lines) {
    const match = /Indexed (\d+) pages?/.exec(text);
    if (match) return Number(match[1]);
  }
  return 0;
}

/** The ingest's and the Astro build's command lines for a work folder; both run in the project root. */
export function oursCommands({ root, sources, work }: Paths): {
  ingest: string[];
  build: string[];
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
    env: {
      KB_RECORDS_DIR: path.join(work, 'records'),
      KB_OUT_DIR: path.join(work, 'dist'),
      KB_CACHE_DIR: path.join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  };
}

/** Removes the records, output and cache of a work folder, so the next run is cold. */
export async function clean(work: string): Promise<void> {
  await Promise.all(
    ['records', 'dist', 'cache'].map((dir) => rm(path.join(work, dir), { recursive: true, force: true })),
  );
}

export async function runOurs(paths: Paths, label: string): Promise<OursRun> {
  const { root, work } = paths;
  const dist = path.join(work, 'dist');
  const logs = path.join(work, 'logs');
  const commands = oursCommands(paths);
  await clean(work);
  const ingest = await runStage(`${label} ingest`, process.execPath, commands.ingest, {
    cwd: root,
    logFile: path.join(logs, 'ingest.log'),
  });
  const build = await runStage(`${label} astro build`, process.execPath, commands.build, {
    cwd: root,
    env: commands.env,
    logFile: path.join(logs, 'build.log'),
  });
  const pagefind = await runStage(
    `${label} pagefind alone`,
    process.execPath,
    [path.join(import.meta.dirname, 'pagefind-site.ts'), dist, path.join(work, 'pagefind-alone')],
    {
      cwd: root,
      logFile: path.join(logs, 'pagefind.log'),
    },
  );
  return {
    ingest: stage(ingest),
    build: stage(build),
    pagefind: stage(pagefind),
    phases: astroPhases(build),
    seconds: ingest.seconds + build.seconds,
    peakRssMb: Math.max(ingest.peakRssMb, build.peakRssMb),
    distBytes: await directoryBytes(dist),
    pagefindBytes: await directoryBytes(path.join(dist, 'pagefind')),
    recordsJsonBytes: await fileBytes(path.join(dist, 'data/records.json')),
    pages: indexedPages(build),
  };
}

export async function runFloor({ root, work }: Paths, label: string): Promise<FloorRun> {
  const floor = path.join(work, 'floor');
  const pages = await writeFloor(path.join(work, 'records'), floor);
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
  return {
    build: stage(build),
    pagefind: stage(pagefind),
    seconds: build.seconds + pagefind.seconds,
    peakRssMb: Math.max(build.peakRssMb, pagefind.peakRssMb),
    distBytes: await directoryBytes(path.join(floor, 'dist')),
    pagefindBytes: await directoryBytes(path.join(floor, 'dist/pagefind')),
    pages,
  };
}
