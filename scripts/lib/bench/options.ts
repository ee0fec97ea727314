/**
 * The benchmark's settings, from flags with environment fallbacks:
 * `npm run bench -- --sizes 200,1000 --reps 1`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Record counts of the pipeline runs. */
  sizes: number[];
  seed: number;
  /** Runs of ours and of the floor per size, alternating: three, so that the median sets one slow run aside. */
  reps: number;
  /** Repetitions of each search measurement (median reported). */
  searchReps: number;
  /** Record counts of the "past one machine" Pagefind series; empty to skip it. */
  scaleSizes: number[];
  /** Shards for the largest size of that series. */
  shards: number;
  /** Where docs/benchmarks.{md,json} go. */
  outDir: string;
  /** Scratch folder for corpora, builds and logs. */
  workDir: string;
  /** Also profile the ingest and the Astro build at the largest size (`node --cpu-prof`). */
  profile: boolean;
}

const usage = `Usage: npm run bench -- [--sizes 1000,10000] [--seed 1] [--reps 3] [--search-reps 5]
                           [--scale-sizes 1000,10000,30000,60000] [--shards 4] [--out docs] [--profile]
Environment: KB_BENCH_SIZES, KB_BENCH_SEED, KB_BENCH_REPS, KB_BENCH_SEARCH_REPS, KB_BENCH_SCALE_SIZES,
KB_BENCH_SHARDS, KB_BENCH_OUT, KB_BENCH_PROFILE=1. Scratch files go to .tmp/bench/.`;

function numbers(text: string, flag: string): number[] {
  if (text.trim() === '' || text === 'none') return [];
  return text.split(',').map((part) => {
    const value = Number(part.replaceAll('_', '').trim());
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(
        `--${flag}: Unexpected \`${part}\`, expected positive whole numbers separated by commas, e.g. 1000,10000\n${usage}`,
      );
    }
    return value;
  });
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv, root: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      seed: { type: 'string' },
      reps: { type: 'string' },
      'search-reps': { type: 'string' },
      'scale-sizes': { type: 'string' },
      shards: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const one = (value: string | undefined, fallback: string, flag: string): number =>
    numbers(value ?? fallback, flag)[0] ?? Number(fallback);
  return {
    sizes: numbers(values.sizes ?? env['KB_BENCH_SIZES'] ?? '1000,10000', 'sizes'),
    seed: one(values.seed ?? env['KB_BENCH_SEED'], '1', 'seed'),
    reps: one(values.reps ?? env['KB_BENCH_REPS'], '3', 'reps'),
    searchReps: one(values['search-reps'] ?? env['KB_BENCH_SEARCH_REPS'], '5', 'search-reps'),
    scaleSizes: numbers(
      values['scale-sizes'] ?? env['KB_BENCH_SCALE_SIZES'] ?? '1000,10000,30000,60000',
      'scale-sizes',
    ),
    shards: one(values.shards ?? env['KB_BENCH_SHARDS'], '4', 'shards'),
    outDir: path.resolve(root, values.out ?? env['KB_BENCH_OUT'] ?? 'docs'),
    workDir: path.join(root, '.tmp/bench'),
    profile: values.profile || env['KB_BENCH_PROFILE'] === '1',
  };
}
