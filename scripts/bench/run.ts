/**
 * `npm run bench`: for each size, generates a corpus, runs the three steps
 * of `npm run build` (ingest, astro build, search index) of this checkout
 * and of any `--project` checkout as separate processes, builds the floor
 * from the same records, times search in Chromium, counts the speakers the
 * ingest found, and writes docs/benchmarks.{md,json}. Options: README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRecordFile } from '../ingest/records/record-file.ts';
import { introductionForms, writeCorpus, type Corpus } from './corpus.ts';
import { writeFloor } from './floor.ts';
import { renderMarkdown, type Checkout, type CheckoutRun, type Recall, type Report, type SizeRun } from './report.ts';
import { launchChromium, measureSearch } from './search.ts';
import { runStage, type Stage } from './stage.ts';

const root = path.resolve(import.meta.dirname, '../..');
const usage = `Usage: npm run bench -- [--sizes 1000,10000] [--project <checkout>]... [--search-reps 3] [--seed 1]
                         [--out docs] [--work .tmp/bench-work] [--keep]
Environment: KB_BENCH_SIZES, KB_BENCH_OUT. See scripts/bench/README.md.`;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env['KB_BENCH_SIZES'] ?? '1000,10000' },
    project: { type: 'string', multiple: true, default: [] },
    'search-reps': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: process.env['KB_BENCH_OUT'] ?? 'docs' },
    work: { type: 'string', default: '.tmp/bench-work' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
function whole(text: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (Number.isInteger(value) && value > 0) return value;
  throw new Error(`Unexpected \`${text}\`, expected a positive whole number\n${usage}`);
}
const [sizes, searchReps, seed] = [
  values.sizes.split(',').map(whole),
  whole(values['search-reps']),
  whole(values.seed),
];

function checkout(dir: string, label: string): Checkout & { dir: string } {
  if (!existsSync(`${dir}/scripts/ingest.ts`) || !existsSync(`${dir}/node_modules/astro`))
    throw new Error(`Unexpected --project ${dir}, expected a checkout of this project with its node_modules`);
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const status = git('status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs');
  const uncommitted = status === '' ? 0 : status.split('\n').length;
  return { dir, label, commit: git('rev-parse', '--short', 'HEAD'), uncommitted };
}

async function megabytes(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((file) => file.isFile());
  const sizes = await Promise.all(files.map((file) => stat(path.join(file.parentPath, file.name))));
  return sizes.reduce((total, { size }) => total + size, 0) / 1e6;
}

/** `npm run build`'s three steps of the checkout in `dir` over the corpus, writing into `work`, and the speakers found. */
async function pipeline(dir: string, { dir: sources, speakers }: Corpus, work: string) {
  await mkdir(work, { recursive: true });
  const records = path.join(work, 'records');
  const dist = path.join(work, 'dist');
  const env = {
    KB_RECORDS_DIR: records,
    KB_OUT_DIR: dist,
    KB_CACHE_DIR: `${work}/cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const step = (name: string, ...args: string[]) => runStage(args, { cwd: dir, env, log: `${work}/${name}.log` });
  const none = `${work}/none.yaml`; // No curation: the file does not exist.
  const flags = ['--sources', sources, '--records', records, '--curation', none, '--theme-curation', none];
  const ingest = await step('ingest', `${dir}/scripts/ingest.ts`, ...flags);
  const build = await step('build', `${dir}/node_modules/astro/bin/astro.mjs`, 'build');
  const index = await step('index', `${dir}/scripts/index-site.ts`);
  const written = (await readdir(records, { recursive: true })).filter((file) => file.endsWith('.md')).length;
  const seconds = ingest.seconds + build.seconds + index.seconds;
  return {
    ingest,
    build,
    index,
    seconds,
    records: written,
    distMb: await megabytes(dist),
    recall: await recall(records, speakers),
  };
}

/** The floor over the records in `records`, built in `dir`. */
async function floor(records: string, dir: string): Promise<SizeRun['floor']> {
  const pages = await writeFloor(records, dir);
  const options = (name: string) => ({ cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' }, log: `${dir}/${name}.log` });
  const build = await runStage([`${root}/node_modules/astro/bin/astro.mjs`, 'build', '--root', dir], options('build'));
  const index = await runStage(
    [`${root}/node_modules/pagefind/lib/runner/bin.cjs`, '--site', `${dir}/dist`],
    options('index'),
  );
  return { pages, build, index, seconds: build.seconds + index.seconds, distMb: await megabytes(`${dir}/dist`) };
}

/** Which named speakers of the corpus the ingest made a person record for, by name. */
async function recall(records: string, speakers: Corpus['speakers']): Promise<Recall> {
  const people = new Set<string>();
  for (const file of await readdir(`${records}/people`)) {
    const name: unknown = parseRecordFile(await readFile(`${records}/people/${file}`, 'utf8')).data['name'];
    if (typeof name === 'string') people.add(name);
  }
  const named = speakers.flatMap(({ name, form }) => (name === null ? [] : [{ name, form }]));
  const generated = new Set(named.map(({ name }) => name));
  const byForm = introductionForms.map(({ template, known }) => {
    const ofForm = named.filter(({ form }) => form === template);
    const found = ofForm.filter(({ name }) => people.has(name)).length;
    return { form: template, known, generated: ofForm.length, found };
  });
  const found = named.filter(({ name }) => people.has(name)).length;
  return { generated: named.length, found, others: [...people].filter((name) => !generated.has(name)).length, byForm };
}

const started = performance.now();
const loadStart = os.loadavg();
const checkouts = [checkout(root, 'this checkout'), ...values.project.map((dir) => checkout(path.resolve(dir), dir))];
const workDir = path.resolve(root, values.work);
await rm(workDir, { recursive: true, force: true });
const secs = (stage: Stage): string => `${stage.seconds.toFixed(1)} s`;
const say = (line: string): void =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}`);
const sized: SizeRun[] = [];
const browser = await launchChromium(root);
try {
  for (const target of sizes) {
    const work = path.join(workDir, `n-${target}`);
    const corpus = await writeCorpus(`${work}/sources`, target, seed);
    say(`${target} records: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(2)} MB`);
    const runs = [];
    for (const [i, { dir, label }] of checkouts.entries()) {
      const run = await pipeline(dir, corpus, `${work}/checkout-${i}`);
      say(`${label}: ingest ${secs(run.ingest)}, build ${secs(run.build)}, index ${secs(run.index)}`);
      runs.push(run);
    }
    const bare = await floor(`${work}/checkout-0/records`, `${work}/floor`);
    say(`floor: build ${secs(bare.build)}, index ${secs(bare.index)}`);
    const results: CheckoutRun[] = [];
    for (const [i, { dir, label, commit, uncommitted }] of checkouts.entries()) {
      const search = await measureSearch(dir, `${work}/checkout-${i}/dist`, searchReps, browser);
      say(
        `${label}: following search / Pagefind alone ${search.map((q) => `${q.nextMs.toFixed(0)} / ${q.aloneMs.toFixed(0)} ms`).join(', ')}`,
      );
      const run = runs[i];
      if (run) results.push({ checkout: { label, commit, uncommitted }, ...run, search });
    }
    sized.push({ target, documents: corpus.documents, sourceMb: corpus.bytes / 1e6, floor: bare, checkouts: results });
  }
} finally {
  await browser.close();
}

const version = (name: string): string =>
  (JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
const report: Report = {
  date: new Date().toISOString(),
  minutes: (performance.now() - started) / 60_000,
  seed,
  searchReps,
  machine: { cores: os.cpus().length, cpu, memoryGb: Math.round(os.totalmem() / 2 ** 30), os: os.release() },
  versions: { node: process.versions.node, astro: version('astro'), pagefind: version('pagefind') },
  loadAverage: { start: loadStart, end: os.loadavg() },
  sizes: sized,
};
const out = path.resolve(root, values.out);
await mkdir(out, { recursive: true });
await writeFile(`${out}/benchmarks.json`, `${JSON.stringify(report, null, 2)}\n`);
await writeFile(`${out}/benchmarks.md`, renderMarkdown(report));
if (!values.keep) await rm(workDir, { recursive: true, force: true });
say(`done in ${report.minutes.toFixed(1)} min: ${path.relative(root, out)}/benchmarks.{md,json}`);
