/**
 * Sentences for docs/benchmarks.md written from the figures: where each
 * missed target's cost lies, and where one machine stops being enough.
 */
import type { Report, SizeRun } from './results.ts';

const n = (value: number): string => value.toLocaleString('en-GB');

export function analyse(report: Report): string[] {
  const run = report.runs.at(-1);
  if (!run) return [];
  const lines: string[] = [];
  const ours = run.ours[0];
  const floor = run.floor[0];
  if (ours && floor && run.ratio > 1.3) {
    const slowest = ours.phases.byRoute[0];
    const floorMsPerPage = (1000 * floor.build.seconds) / Math.max(run.floor_pages, 1);
    lines.push(
      `- **Pipeline vs floor (${run.ratio}×).** Of ${run.pipeline_s} s, the ingest takes ${run.ingest_s} s, the Astro build ${run.build_s} s (generating routes ${ours.phases.routesSeconds.toFixed(0)} s) and the search index ${run.pagefind_s} s (floor: ${floor.build.seconds.toFixed(0)} s build, ${floor.pagefind.seconds.toFixed(0)} s Pagefind).` +
        (slowest
          ? ` The costliest routes are \`${slowest.route}/…\` (${n(slowest.pages)} pages, ${slowest.msPerPage.toFixed(1)} ms each from start to finish, several in flight at once); the whole build takes ${((1000 * run.build_s) / Math.max(run.pages, 1)).toFixed(1)} ms per indexed page, against ${floorMsPerPage.toFixed(1)} ms per page for the floor's.`
          : '') +
        ` Rebuilt with the caches of that run kept, ours takes ${run.rebuild_s} s against the floor's ${run.floor_rebuild_s} s (${run.rebuild_ratio}×).`,
    );
  }
  if (run.ingest_mb_per_s < 2) {
    const smaller = report.runs.at(-2);
    const marginal = smaller ? (run.source_mb - smaller.source_mb) / (run.ingest_s - smaller.ingest_s) : Number.NaN;
    lines.push(
      `- **Ingest (${run.ingest_mb_per_s} MB/s).** ${run.source_mb} MB in ${run.ingest_s} s, Node's start, module loading and the writing of ${n(run.records)} files included, using ${run.ingest_cpu_s} s of CPU (${run.ingest_system_s} s of it in the kernel): ${(run.ingest_cpu_s / run.ingest_s).toFixed(2)} of the machine's ${report.machine.cpus} cores on average.` +
        (Number.isFinite(marginal) && marginal > 0 && smaller
          ? ` Between ${n(smaller.records)} and ${n(run.records)} records the added text went at ${marginal.toFixed(2)} MB/s, ${marginal >= 2 ? 'so the miss is the fixed start-up cost' : 'so even without the start-up cost the ingest is below the target'}.`
          : ''),
    );
  }
  if (run.peak_rss_mb > 2048)
    lines.push(
      `- **Memory (${run.peak_rss_mb} MB).** The Astro build peaks at ${run.build_peak_rss_mb} MB, the ingest at ${run.ingest_peak_rss_mb} MB, the search index at ${run.pagefind_peak_rss_mb} MB.`,
    );
  const heavy = [...run.search.queries].sort((a, b) => b.firstBytes - a.firstBytes)[0];
  if (heavy && run.first_search_bytes > 300_000) {
    lines.push(
      `- **First search (${Math.round(run.first_search_bytes / 1000)} kB for "${heavy.label}").** ${Math.round(heavy.firstPagefindBytes / 1000)} kB of it is Pagefind's bundle (script, WebAssembly, metadata, word chunks, result fragments); the rest is the page itself. The facet counts that follow bring it to ${Math.round(heavy.firstBytesWithFacets / 1000)} kB.`,
    );
  }
  if (run.next_search_ms > 50) lines.push(followingSearchLine(run));
  const fits = report.scaling?.fits ?? [];
  const reached = fits
    .filter((f) => f.limitRecords !== null)
    .sort((a, b) => (a.limitRecords ?? 0) - (b.limitRecords ?? 0));
  if (reached.length > 0) {
    const machine = reached.filter((f) => f.what.includes("this machine's memory"));
    lines.push(
      '',
      `**Where one machine stops being enough.** Extrapolating the linear fits below: ${reached.map((f) => `${f.what} at about ${n(f.limitRecords ?? 0)} records`).join('; ')}.` +
        (machine[0]
          ? ` The build itself runs out of this machine (${report.machine.memoryGb} GB) first through ${machine[0].what.replace(", up to this machine's memory", '')}, at about ${n(machine[0].limitRecords ?? 0)} records.`
          : ''),
    );
  }
  return lines;
}

/** The following search per query, beside Pagefind alone on the same index when it was measured. */
function followingSearchLine(run: SizeRun): string {
  const floor = run.next_search_pagefind_alone_ms;
  const perQuery = run.search.queries
    .map(
      (q) =>
        `${q.label} ${q.nextMs.toFixed(0)}${q.pagefindAloneNextMs === undefined ? '' : ` / ${q.pagefindAloneNextMs.toFixed(0)}`} ms`,
    )
    .join(', ');
  const head = `- **Following search (${run.next_search_ms} ms, worst query).** Per query medians, the page${floor === null ? '' : ' and then Pagefind alone on the same index'}: ${perQuery}.`;
  if (floor === null) return head;
  const verdict =
    floor <= 50
      ? 'it is within the target, so the rest is the page'
      : 'it misses the target too, so in this browser on this machine the target is below what Pagefind itself takes';
  return `${head} Pagefind alone (an instance on the page's thread, no filter chunks loaded, its results as a bare list) is the floor under any page that shows its results; ${verdict}.${phasesLine(run)}`;
}

/** Where Pagefind alone's following search went, for the query slowest on the page. */
function phasesLine(run: SizeRun): string {
  const slowest = [...run.search.queries].sort((a, b) => b.nextMs - a.nextMs)[0];
  const p = slowest?.pagefindAlonePhases;
  if (!slowest || !p) return '';
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  return ` For "${slowest.label}", Pagefind alone took ${ms(p.chunksMs)} to fetch and decode its chunks, ${ms(p.searchMs)} to search, ${ms(p.fragmentsMs)} to fetch the 10 fragments and ${ms(p.renderMs)} to render (medians).`;
}
