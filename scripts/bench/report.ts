/**
 * The benchmark's figures and their Markdown: docs/benchmarks.md is a few
 * fixed sentences and tables of the figures in docs/benchmarks.json.
 */
import type { QueryTimes } from './search.ts';
import type { Stage } from './stage.ts';

export interface Checkout {
  /** `this checkout` or the folder given with --project. */
  label: string;
  commit: string;
  /** Files changed but not committed under src/, scripts/ and astro.config.mjs. */
  uncommitted: number;
}

export interface Recall {
  /** Named speakers generated, and how many of them the ingest made a person record for under that name. */
  generated: number;
  found: number;
  /** Person records whose name the generator never wrote (misread names). */
  others: number;
  byForm: { form: string; known: boolean; generated: number; found: number }[];
}

export interface CheckoutRun {
  checkout: Checkout;
  ingest: Stage;
  build: Stage;
  index: Stage;
  seconds: number;
  /** Record files written. */
  records: number;
  distMb: number;
  recall: Recall;
  search: QueryTimes[];
}

export interface SizeRun {
  target: number;
  documents: number;
  sourceMb: number;
  floor: { pages: number; build: Stage; index: Stage; seconds: number; distMb: number };
  checkouts: CheckoutRun[];
}

export interface Report {
  date: string;
  minutes: number;
  seed: number;
  searchReps: number;
  machine: { cores: number; cpu: string; memoryGb: number; os: string };
  versions: { node: string; astro: string; pagefind: string };
  loadAverage: { start: number[]; end: number[] };
  sizes: SizeRun[];
}

const table = (head: string[], rows: (string | number)[][]): string =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const n = (value: number): string => value.toLocaleString('en-GB');
const s = (seconds: number): string => seconds.toFixed(1);
const share = (part: number, whole: number): string => `${part} / ${whole} (${((100 * part) / whole).toFixed(0)} %)`;
const load = (values: number[]): string => values.map((value) => value.toFixed(2)).join(' / ');

export function renderMarkdown(report: Report): string {
  const { machine, versions } = report;
  const checkouts = report.sizes[0]?.checkouts.map(
    ({ checkout: c }) =>
      `${c.label} \`${c.commit}\`${c.uncommitted > 0 ? ` with ${c.uncommitted} uncommitted files` : ''}`,
  );
  const out = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` ([scripts/bench/](../scripts/bench/README.md)) on ${report.date.slice(0, 10)} in ${report.minutes.toFixed(0)} min; [benchmarks.json](benchmarks.json) holds the same figures. Synthetic corpus from seed ${report.seed}. Checkouts: ${checkouts?.join('; ')}.`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.os}; Node ${versions.node}, Astro ${versions.astro}, Pagefind ${versions.pagefind}. Load average (1 / 5 / 15 min): ${load(report.loadAverage.start)} at the start, ${load(report.loadAverage.end)} at the end.`,
    '',
    '## Pipeline and floor',
    '',
    'The three steps of `npm run build`, each its own process, cold (no records, output or cache before it): wall time in seconds, and the peak resident memory of its process tree in MB (2²⁰ bytes, from /proc every 100 ms). The floor is a bare Astro project with one Markdown page per record of this checkout (title and text, a minimal template), built by the same Astro and indexed by the Pagefind CLI. Ratio: total over the floor’s. Speakers found: the named speakers of the corpus the ingest made a person record for, under the same name.',
  ];
  for (const size of report.sizes) {
    const { floor } = size;
    const head = [
      'checkout',
      'records',
      'speakers found',
      'ingest s',
      'build s',
      'index s',
      'total s',
      'floor s',
      'ratio',
    ];
    out.push(
      '',
      `### ${n(size.target)} records (${size.documents} documents, ${size.sourceMb.toFixed(2)} MB of sources)`,
      '',
      table(
        [...head, 'peak MB ingest / build / index', 'dist MB'],
        [
          ...size.checkouts.map((run) => [
            run.checkout.label,
            n(run.records),
            share(run.recall.found, run.recall.generated),
            ...[run.ingest, run.build, run.index].map((stage) => s(stage.seconds)),
            s(run.seconds),
            s(floor.seconds),
            `${(run.seconds / floor.seconds).toFixed(2)}×`,
            `${run.ingest.peakMb} / ${run.build.peakMb} / ${run.index.peakMb}`,
            run.distMb.toFixed(1),
          ]),
          [
            'floor',
            n(floor.pages),
            '',
            '',
            s(floor.build.seconds),
            s(floor.index.seconds),
            s(floor.seconds),
            '',
            '',
            `– / ${floor.build.peakMb} / ${floor.index.peakMb}`,
            floor.distMb.toFixed(1),
          ],
        ],
      ),
    );
  }
  out.push(
    '',
    '## Search',
    '',
    `In Chromium, each site served by its checkout’s own server. First search: /search/?q=… opened in a fresh browser context, until its results are rendered. Following search: the query typed into that page’s box once the previous query’s results and facet counts are in. Pagefind alone: the same following search through the same index’s pagefind.js in a page of the site (one instance on the page’s thread, no filters loaded, the first 10 results’ titles and excerpts as a bare list), the floor under any page that shows Pagefind’s results. Medians of ${report.searchReps} repetitions, in ms; ratio: the page over Pagefind alone.`,
    '',
    table(
      ['records', 'checkout', 'query', 'first search', 'following search', 'Pagefind alone', 'ratio'],
      report.sizes.flatMap((size) =>
        size.checkouts.flatMap(({ checkout, search }) =>
          search.map((q) => [
            n(size.target),
            checkout.label,
            q.query,
            ...[q.firstMs, q.nextMs, q.aloneMs].map((ms) => ms.toFixed(0)),
            `${(q.nextMs / q.aloneMs).toFixed(2)}×`,
          ]),
        ),
      ),
    ),
  );
  const largest = report.sizes.at(-1);
  if (!largest) return `${out.join('\n')}\n`;
  out.push(
    '',
    `## Speakers found, by form of introduction (${n(largest.target)} records)`,
    '',
    'Known: a form the ingest’s recognisers were written for; the others test whether it reads what it was not written for. A form that names nobody is generated but not scored. Other people: person records whose name the generator never wrote.',
    '',
    table(
      ['form', 'known', ...largest.checkouts.map(({ checkout }) => checkout.label)],
      [
        ...introductionRows(largest),
        ['all named speakers', '', ...largest.checkouts.map(({ recall }) => share(recall.found, recall.generated))],
        ['other people', '', ...largest.checkouts.map(({ recall }) => recall.others)],
      ],
    ),
  );
  return `${out.join('\n')}\n`;
}

function introductionRows({ checkouts }: SizeRun): string[][] {
  return (checkouts[0]?.recall.byForm ?? []).map((form, i) => [
    `\`${form.form}\``,
    form.known ? 'yes' : 'no',
    ...checkouts.map(({ recall }) => {
      const row = recall.byForm[i];
      return row && row.generated > 0 ? share(row.found, row.generated) : 'not scored';
    }),
  ]);
}
