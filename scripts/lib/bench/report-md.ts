/**
 * docs/benchmarks.md: the report as tables a reader can scan, written from
 * the same object as docs/benchmarks.json.
 */
import type { Fit, Report, SizeRun } from './results.ts';

const n = (value: number): string => value.toLocaleString('en-GB');
const kb = (bytes: number): string => `${n(Math.round(bytes / 1000))} kB`;

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.map(String).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function pipelineTable(runs: SizeRun[]): string {
  return table(
    [
      'records',
      'documents',
      'source MB',
      'ingest s',
      'ingest MB/s',
      'astro build s',
      'search index s',
      'pipeline s',
      'floor s',
      'ratio',
      'rebuild s',
      'floor rebuild s',
      'rebuild ratio',
      'peak MB',
      'floor peak MB',
      'dist/ MB',
      'pagefind/ MB',
      'records.json MB',
    ],
    runs.map((r) => [
      n(r.records),
      r.documents,
      r.source_mb,
      r.ingest_s,
      r.ingest_mb_per_s,
      r.build_s,
      r.pagefind_s,
      r.pipeline_s,
      r.floor_s,
      `${r.ratio}×`,
      r.rebuild_s,
      r.floor_rebuild_s,
      `${r.rebuild_ratio}×`,
      r.peak_rss_mb,
      r.floor_peak_rss_mb,
      r.dist_mb,
      r.pagefind_mb,
      r.records_json_mb,
    ]),
  );
}

function phases(run: SizeRun): string {
  const ours = run.ours[0];
  if (!ours) return '';
  const p = ours.phases;
  return [
    `From the first build at ${n(run.records)} records (Astro's own per-route times, summed by the route's first path segment; Astro renders several pages at once (\`build.concurrency\`), so a page's time includes its wait for the others and the sums exceed the wall time: compare routes with each other, not with the total):`,
    '',
    `- before the first page (content sync, types, bundling): ${p.beforeRoutesSeconds.toFixed(1)} s;`,
    `- generating ${n(p.byRoute.reduce((s, r) => s + r.pages, 0))} routes: ${p.routesSeconds.toFixed(1)} s;`,
    `- after the last page: ${p.afterRoutesSeconds.toFixed(1)} s; then the search index (Pagefind, its own process after Astro's) took ${ours.pagefind.seconds.toFixed(1)} s and ${ours.pagefind.peakRssMb} MB.`,
    '',
    table(
      ['route', 'pages', 'page-seconds', 'ms per page (elapsed)'],
      p.byRoute.map((r) => [r.route, n(r.pages), r.seconds.toFixed(1), r.msPerPage.toFixed(1)]),
    ),
    '',
    `The floor built ${n(run.floor_pages)} pages in ${run.floor[0]?.build.seconds.toFixed(1) ?? '?'} s (${((1000 * (run.floor[0]?.build.seconds ?? 0)) / Math.max(run.floor_pages, 1)).toFixed(1)} ms per page, whole build) and indexed them in ${run.floor[0]?.pagefind.seconds.toFixed(1) ?? '?'} s.`,
  ].join('\n');
}

function searchTable(run: SizeRun): string {
  return table(
    [
      'query',
      'first search ms',
      'first search bytes',
      'of which /pagefind/',
      'with facet counts',
      'following search ms',
      'Pagefind alone ms',
      'following search bytes',
    ],
    run.search.queries.map((q) => [
      q.label,
      q.firstMs.toFixed(0),
      kb(q.firstBytes),
      kb(q.firstPagefindBytes),
      kb(q.firstBytesWithFacets),
      q.nextMs.toFixed(0),
      q.pagefindAloneNextMs === undefined ? '–' : q.pagefindAloneNextMs.toFixed(0),
      kb(q.nextBytes),
    ]),
  );
}

/** Where Pagefind alone's following searches went, per query; empty when not measured. */
function phasesTable(run: SizeRun): string {
  const rows = run.search.queries.flatMap((q) => {
    const p = q.pagefindAlonePhases;
    if (!p || q.pagefindAloneNextMs === undefined) return [];
    return [
      [q.label, p.chunksMs, p.searchMs, p.fragmentsMs, p.renderMs, q.pagefindAloneNextMs].map((cell) =>
        typeof cell === 'number' ? cell.toFixed(1) : cell,
      ),
    ];
  });
  if (rows.length === 0) return '';
  return `\n\nWhere Pagefind alone's following search goes (medians of each phase, so they need not add up to the total): its word and filter chunks fetched and decoded (\`preload\`), Pagefind's search itself in WebAssembly, the 10 results' fragments fetched (\`data()\`, excerpts included), the list rendered.\n\n${table(
    ['query', 'chunks ms', 'search ms', 'fragments ms', 'render ms', 'total ms'],
    rows,
  )}`;
}

function fitLine(f: Fit): string {
  const at =
    f.limitRecords === null
      ? `does not grow, so never reaches ${n(f.limit)} ${f.unit}`
      : `reaches ${n(f.limit)} ${f.unit} at about ${n(f.limitRecords)} records`;
  return `- ${f.what}: ${f.intercept} ${f.unit} + ${f.slopePer1k} ${f.unit} per 1,000 records; ${at}.`;
}

function scaling(report: Report): string {
  const s = report.scaling;
  if (!s) return 'Not measured in this run (`--scale-sizes none`).';
  const single = s.points.find((p) => p.records === s.sharded.records);
  const worst = (q: ScaleQueries, pick: (x: ScaleQueries[number]) => number): number => Math.max(...q.map(pick));
  return [
    `Pagefind alone (its Node API, one process, custom records with the site's filters: type, country, speaker, event, year), over synthetic records from the same generator. Memory is the Pagefind binary's peak; the search columns are the worst of the ${report.runs[0]?.search.queries.length ?? 6} queries' medians over ${s.points[0]?.search.repetitions ?? '?'} runs, through pagefind.js with the filter counts loaded, as the search page does.`,
    '',
    table(
      [
        'records',
        'index s',
        'Pagefind peak MB',
        'process tree peak MB',
        'bundle MB',
        'first search',
        'first search ms',
        'following search ms',
      ],
      s.points.map((p) => [
        n(p.records),
        p.indexSeconds.toFixed(1),
        p.pagefindPeakMb,
        p.treePeakMb,
        (p.bundleBytes / 1e6).toFixed(1),
        kb(worst(p.search.queries, (q) => q.firstBytes)),
        worst(p.search.queries, (q) => q.firstMs).toFixed(0),
        worst(p.search.queries, (q) => q.nextMs).toFixed(0),
      ]),
    ),
    '',
    'Linear fits (least squares over the rows above, and over the pipeline runs):',
    '',
    ...s.fits.map(fitLine),
    '',
    `### One way past it: ${s.sharded.shards.length} shards merged in the browser`,
    '',
    `The ${n(s.sharded.records)} records split into ${s.sharded.shards.length} shards, each indexed by its own process (as ${s.sharded.shards.length} machines would), each written as its own bundle; the browser loads the first shard's pagefind.js and adds the others with \`mergeIndex\`.`,
    '',
    table(
      ['shard', 'records', 'index s', 'Pagefind peak MB', 'bundle MB'],
      s.sharded.shards.map((shard, i) => [
        i + 1,
        n(shard.records),
        shard.indexSeconds.toFixed(1),
        shard.pagefindPeakMb,
        (shard.bundleBytes / 1e6).toFixed(1),
      ]),
    ),
    '',
    table(
      ['index', 'largest Pagefind peak MB', 'first search', 'first search ms', 'following search ms'],
      [
        ...(single
          ? [
              [
                'one index',
                single.pagefindPeakMb,
                kb(worst(single.search.queries, (q) => q.firstBytes)),
                worst(single.search.queries, (q) => q.firstMs).toFixed(0),
                worst(single.search.queries, (q) => q.nextMs).toFixed(0),
              ],
            ]
          : []),
        [
          `${s.sharded.shards.length} shards, merged`,
          Math.max(...s.sharded.shards.map((x) => x.pagefindPeakMb)),
          kb(worst(s.sharded.search.queries, (q) => q.firstBytes)),
          worst(s.sharded.search.queries, (q) => q.firstMs).toFixed(0),
          worst(s.sharded.search.queries, (q) => q.nextMs).toFixed(0),
        ],
      ],
    ),
  ].join('\n');
}

function profiles(report: Report): string {
  if (report.profiles.length === 0)
    return 'Not profiled in this run (`--profile` profiles the ingest and the Astro build at the largest size).';
  const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;
  return report.profiles
    .map((p) =>
      [
        `### ${p.label}: ${p.seconds.toFixed(1)} s of samples on the main thread`,
        '',
        table(
          ['self time by package or project file', 's', 'share'],
          p.byPackage.map((x) => [`\`${x.name}\``, x.seconds.toFixed(2), pct(x.share)]),
        ),
        '',
        table(
          ['functions with the most self time', 's', 'share'],
          p.byFunction.map((x) => [`\`${x.name}\``, x.seconds.toFixed(2), pct(x.share)]),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

type ScaleQueries = NonNullable<Report['scaling']>['points'][number]['search']['queries'];

/** The whole Markdown report; `analysis` is prose written from the figures. */
export function renderMarkdown(report: Report, analysis: string[]): string {
  const m = report.machine;
  const largest = report.runs.at(-1);
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${m.startedAt.slice(0, 10)}; overwritten by every run, with [benchmarks.json](benchmarks.json) holding the same figures. Synthetic corpus from seed ${m.seed} (\`scripts/lib/bench/\`): meeting summaries of the same genre as the sources, speakers from many countries. Code measured: commit ${m.commit}${m.uncommittedFiles ? ` plus ${m.uncommittedFiles} uncommitted files under src/ and scripts/ (work in progress in the shared checkout)` : ''}.`,
    '',
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB memory, ${m.platform}; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}. Shared with other work while it ran: load average ${m.loadavgStart.map((x) => x.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the start and ${m.loadavgEnd.map((x) => x.toFixed(2)).join(' / ')} at the end.`,
    '',
    largest ? `## Targets, at ${n(largest.records)} records` : '## Targets',
    '',
    table(
      ['target', 'limit', 'measured', 'met'],
      report.targets.map((t) => [t.name, t.limit, t.value, t.met ? 'met' : '**missed**']),
    ),
    '',
    ...analysis,
    '',
    '## Pipeline and floor',
    '',
    "Each size runs ours and the floor alternately (ours, floor, ours, floor, …), cold: no Astro cache, fresh output folders. Each is then rebuilt over the same sources with its caches kept (`rebuild` columns: what a second `npm start` does, but for Astro's emptying of the old output folder, which is moved aside instead; the targets use the cold runs). Nothing is deleted until everything is measured: on a disk like this machine's (ext4 without a journal), deleting tens of thousands of files makes every file created in the next minutes cost several times more, whichever stage comes next. Times are medians over the runs; memory is the peak of the whole process tree (sampled from /proc every 100 ms), the worst run. The floor is a bare Astro project with one Markdown page per record (same title and text, a minimal template) plus the Pagefind CLI. MB are 10⁶ bytes for files, 2²⁰ bytes for memory.",
    '',
    pipelineTable(report.runs),
    '',
    '## Where the build time goes',
    '',
    largest ? phases(largest) : '',
    '',
    profiles(report),
    '',
    largest ? `## Search in Chromium, ${n(largest.records)} records` : '## Search in Chromium',
    '',
    largest
      ? `Mode: ${largest.search.mode === 'page' ? 'the real /search/ page (a first search opens `/search/?q=…` in a fresh browser; a following search types into its box)' : 'pagefind.js directly (no search page in this build)'}. Medians over ${largest.search.repetitions} runs, each in a fresh browser (cold cache). The site is served by \`npm start\`'s own server in its own process. Bytes are response headers and bodies as sent by that server (Brotli or gzip for text, browser caching by content hash and ETag; Pagefind's own files come compressed already): "first search bytes" counts the requests made until the first 10 results are rendered, the target's measure; the page then loads Pagefind's filter chunks to count the facets, and "with facet counts" adds those. Times run until 10 results are in the page. "Pagefind alone" is the same following search, in its own fresh browser right after each of the page's runs, through the same bundle's pagefind.js with nothing of ours: one instance on the page's thread that loads no filter chunks, its first 10 results rendered as a bare list (title and excerpt). No page that shows Pagefind's results with their excerpts can be faster, so it is the floor under the page's figure.\n\n${searchTable(largest)}${phasesTable(largest)}`
      : '',
    '',
    '## Past one machine',
    '',
    scaling(report),
    '',
    '## Running it',
    '',
    '`npm run bench` (sizes 1,000 and 10,000, three runs each of ours and the floor, search at every size, the Pagefind series at 1,000 to 60,000 records with 4 shards). `npm run bench -- --help` lists the flags, for example `npm run bench -- --sizes 200 --reps 1 --scale-sizes none --out .tmp/bench/report`. Scratch files go to `.tmp/bench/`.',
    '',
  ].join('\n');
}
