/**
 * The shape of docs/benchmarks.json, and the figures derived from raw runs:
 * medians over repetitions, the ratio to the floor, the targets met or
 * missed, and the linear fits behind "past one machine".
 */
import type { FloorRun, OursRun } from './pipeline.ts';
import type { ScalePoint, ShardedFigures } from './pagefind-scale.ts';
import type { ProfileSummary } from './profile.ts';
import type { SearchFigures } from './search.ts';
import { median } from './stats.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  platform: string;
  node: string;
  astro: string;
  pagefind: string;
  seed: number;
  /** The commit measured, and how many files under src/, scripts/ and astro.config.mjs differed from it. */
  commit: string;
  uncommittedFiles: number;
  startedAt: string;
  loadavgStart: number[];
  loadavgEnd: number[];
}

export interface SizeRun {
  records: number;
  documents: number;
  source_mb: number;
  pipeline_s: number;
  floor_s: number;
  ratio: number;
  /** The same, run again with the caches of the first run kept (medians). */
  rebuild_s: number;
  floor_rebuild_s: number;
  rebuild_ratio: number;
  ingest_s: number;
  /** User and system CPU time of the ingest (both its threads, V8's own threads too). */
  ingest_cpu_s: number;
  /** Of `ingest_cpu_s`, the kernel's: creating 10,000 files costs far more on some disks (and in some disk states) than on others. */
  ingest_system_s: number;
  ingest_mb_per_s: number;
  build_s: number;
  pagefind_s: number;
  peak_rss_mb: number;
  ingest_peak_rss_mb: number;
  build_peak_rss_mb: number;
  pagefind_peak_rss_mb: number;
  floor_peak_rss_mb: number;
  pages: number;
  floor_pages: number;
  dist_mb: number;
  pagefind_mb: number;
  records_json_mb: number;
  floor_dist_mb: number;
  floor_pagefind_mb: number;
  /** Worst query's median; see `search` for every query. Until the first 10 results are rendered. */
  first_search_bytes: number;
  /** The same search once its facet counts, which follow the results, are in too (not a target). */
  first_search_bytes_with_facets: number;
  first_search_ms: number;
  next_search_ms: number;
  /** The same measure (worst query's median) for Pagefind alone on the same bundle: the floor under `next_search_ms`. */
  next_search_pagefind_alone_ms: number | null;
  next_search_bytes: number;
  search: SearchFigures;
  ours: OursRun[];
  floor: FloorRun[];
}

export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean;
}

export interface Report {
  machine: Machine;
  runs: SizeRun[];
  targets: Target[];
  /** CPU profiles of the ingest and the Astro build at the largest size, with `--profile`. */
  profiles: ProfileSummary[];
  scaling: { points: ScalePoint[]; sharded: ShardedFigures; fits: Fit[] } | null;
}

const mb = (bytes: number): number => Math.round((bytes / 1e6) * 100) / 100;
const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function sizeRun(
  records: number,
  documents: number,
  sourceBytes: number,
  ours: OursRun[],
  floor: FloorRun[],
  search: SearchFigures,
): SizeRun {
  const m = <T>(runs: T[], pick: (run: T) => number): number => median(runs.map(pick));
  const pipeline = m(ours, (run) => run.seconds);
  const floorSeconds = m(floor, (run) => run.seconds);
  const ingest = m(ours, (run) => run.ingest.seconds);
  const rebuild = m(ours, (run) => run.rebuild.seconds);
  const floorRebuild = m(floor, (run) => run.rebuild.seconds);
  const worst = (pick: (q: SearchFigures['queries'][number]) => number): number =>
    Math.max(...search.queries.map(pick));
  return {
    records,
    documents,
    source_mb: mb(sourceBytes),
    pipeline_s: round(pipeline, 1),
    floor_s: round(floorSeconds, 1),
    ratio: round(pipeline / floorSeconds),
    rebuild_s: round(rebuild, 1),
    floor_rebuild_s: round(floorRebuild, 1),
    rebuild_ratio: round(rebuild / floorRebuild),
    ingest_s: round(ingest),
    ingest_cpu_s: round(m(ours, (run) => run.ingest.cpuSeconds)),
    ingest_system_s: round(m(ours, (run) => run.ingest.systemSeconds)),
    ingest_mb_per_s: round(sourceBytes / 1e6 / ingest),
    build_s: round(
      m(ours, (run) => run.build.seconds),
      1,
    ),
    pagefind_s: round(
      m(ours, (run) => run.pagefind.seconds),
      1,
    ),
    peak_rss_mb: Math.max(...ours.map((run) => run.peakRssMb)),
    ingest_peak_rss_mb: Math.max(...ours.map((run) => run.ingest.peakRssMb)),
    build_peak_rss_mb: Math.max(...ours.map((run) => run.build.peakRssMb)),
    pagefind_peak_rss_mb: Math.max(...ours.map((run) => run.pagefind.peakRssMb)),
    floor_peak_rss_mb: Math.max(...floor.map((run) => run.peakRssMb)),
    pages: ours[0]?.pages ?? 0,
    floor_pages: floor[0]?.pages ?? 0,
    dist_mb: mb(ours[0]?.distBytes ?? 0),
    pagefind_mb: mb(ours[0]?.pagefindBytes ?? 0),
    records_json_mb: mb(ours[0]?.recordsJsonBytes ?? 0),
    floor_dist_mb: mb(floor[0]?.distBytes ?? 0),
    floor_pagefind_mb: mb(floor[0]?.pagefindBytes ?? 0),
    first_search_bytes: worst((q) => q.firstBytes),
    first_search_bytes_with_facets: worst((q) => q.firstBytesWithFacets),
    first_search_ms: round(
      worst((q) => q.firstMs),
      1,
    ),
    next_search_ms: round(
      worst((q) => q.nextMs),
      1,
    ),
    next_search_pagefind_alone_ms: search.queries.every((q) => q.pagefindAloneNextMs !== undefined)
      ? round(
          worst((q) => q.pagefindAloneNextMs ?? 0),
          1,
        )
      : null,
    next_search_bytes: worst((q) => q.nextBytes),
    search,
    ours,
    floor,
  };
}

/** The targets, judged on the largest run. */
export function judge(run: SizeRun): Target[] {
  return [
    {
      name: `whole pipeline at ${run.records} records vs the floor`,
      limit: '≤ 1.3×',
      value: `${run.ratio}×`,
      met: run.ratio <= 1.3,
    },
    {
      name: 'ingest throughput',
      limit: '≥ 2 MB/s',
      value: `${run.ingest_mb_per_s} MB/s`,
      met: run.ingest_mb_per_s >= 2,
    },
    {
      name: 'first search transfers until its 10 results are rendered (worst query, median)',
      limit: '≤ 300 kB',
      value: `${round(run.first_search_bytes / 1000, 0)} kB`,
      met: run.first_search_bytes <= 300_000,
    },
    {
      name: 'following search renders (worst query, median)',
      limit: '≤ 50 ms',
      value:
        `${run.next_search_ms} ms` +
        (run.next_search_pagefind_alone_ms === null
          ? ''
          : ` (Pagefind alone on the same index: ${run.next_search_pagefind_alone_ms} ms)`),
      met: run.next_search_ms <= 50,
    },
    {
      name: `peak memory at ${run.records} records (process tree)`,
      limit: '≤ 2 GB',
      value: `${run.peak_rss_mb} MB`,
      met: run.peak_rss_mb <= 2048,
    },
  ];
}

/** y = intercept + slope·records, least squares; `limitRecords` is where y reaches `limit`. */
export interface Fit {
  what: string;
  unit: string;
  intercept: number;
  /** Per 1,000 records. */
  slopePer1k: number;
  limit: number;
  limitRecords: number | null;
}

export function fit(what: string, unit: string, points: { records: number; value: number }[], limit: number): Fit {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.records, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.records - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.records - mx) * (p.value - my), 0) / sxx;
  const intercept = my - slope * mx;
  return {
    what,
    unit,
    intercept: round(intercept, 1),
    slopePer1k: round(slope * 1000, 3),
    limit,
    limitRecords: slope > 0 ? Math.round((limit - intercept) / slope) : null,
  };
}
