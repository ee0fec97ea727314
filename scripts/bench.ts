/**
 * `npm run bench`: the end-to-end benchmark. Generates synthetic corpora,
 * runs the ingest, the Astro build and Pagefind against a bare Astro +
 * Pagefind floor, measures search in Chromium and how Pagefind scales, and
 * writes docs/benchmarks.md and docs/benchmarks.json. Not part of `npm test`.
 */
import path from 'node:path';
import { readOptions } from './lib/bench/options.ts';
import { runBench } from './lib/bench/run.ts';

const root = path.resolve(import.meta.dirname, '..');
await runBench(readOptions(process.argv.slice(2), process.env, root), root);
