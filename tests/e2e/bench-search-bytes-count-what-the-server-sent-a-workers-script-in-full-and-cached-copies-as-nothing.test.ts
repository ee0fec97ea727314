/**
 * The benchmark's "first search transfers at most 300 kB" rests on its byte
 * counter: each response as the server sent it (headers and body), a Web
 * Worker's script and requests included, a copy Chromium took from its own
 * cache counting nothing and one it revalidated its headers only, and
 * requests told apart by when they started.
 * Measured on a tiny site of incompressible files of known size, served by
 * the site's own static server.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { byteCounter, settle, type Received } from '../../scripts/lib/bench/byte-counter.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';

/** Headers of one response on this server, with room to spare: far less than any file below. */
const headerRoom = { least: 100, most: 800 };
const sizes = { page: 20_000, early: 7_000, late: 9_000, worker: 5_000, shared: 11_000 };

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let counter: ReturnType<typeof byteCounter>;
/** Bytes of the worker's script as the server sends it to Chromium (compressed: it is JavaScript). */
let workerScriptSent: number;

/** The `content-length` the server answers `pathname` with, for a client taking what Chromium takes. */
function sentLength(pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(new URL(pathname, server.url), { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      res.resume();
      resolve(Number(res.headers['content-length']));
    })
      .on('error', reject)
      .end();
  });
}

/** Fetches `pathname` in the page and reads its whole body. */
const fetchInPage = (pathname: string): Promise<number> =>
  page.evaluate(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength, pathname);

/** Starts a worker (`/worker.js?<name>`) in the page, kept as `window.worker`. */
const startWorker = (name: string): Promise<void> =>
  page.evaluate((url) => {
    (window as unknown as { worker: Worker }).worker = new Worker(url);
  }, `/worker.js?${name}`);

/** Has the page's worker fetch `pathname`; the length of the body it read. */
const fetchInWorker = (pathname: string): Promise<number> =>
  page.evaluate(
    (url) =>
      new Promise<number>((resolve) => {
        const { worker } = window as unknown as { worker: Worker };
        worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
        worker.postMessage(url);
      }),
    pathname,
  );

/** Reads the counter once Playwright's last network events are in. */
async function counted(before?: number): Promise<Received> {
  await settle();
  return counter.total(before);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-bytes-'));
  await mkdir(path.join(dir, '_astro'));
  await mkdir(path.join(dir, 'pagefind'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Bytes</title><h1>Bytes</h1>');
  // Content-hashed paths (`/_astro/`) are cached for good, so asking again is answered by the cache.
  await writeFile(path.join(dir, '_astro', 'page.bin'), randomBytes(sizes.page));
  await writeFile(path.join(dir, '_astro', 'late.bin'), randomBytes(sizes.late));
  await writeFile(path.join(dir, 'pagefind', 'worker.bin'), randomBytes(sizes.worker));
  await writeFile(path.join(dir, 'pagefind', 'early.bin'), randomBytes(sizes.early));
  await writeFile(path.join(dir, '_astro', 'shared.bin'), randomBytes(sizes.shared));
  await writeFile(path.join(dir, 'shared.bin'), randomBytes(sizes.shared));
  // A worker that fetches each URL it is sent and answers with the body's length. Made large enough
  // (random text, so it compresses only so far) that leaving its script out of the count would show.
  const filler = randomBytes(24_000).toString('base64');
  await writeFile(
    path.join(dir, 'worker.js'),
    `// ${filler}\nonmessage = async (event) => postMessage((await (await fetch(event.data)).arrayBuffer()).byteLength);\n`,
  );
  server = await serveStatic(dir);
  workerScriptSent = await sentLength('/worker.js');
  browser = await launchBrowser();
  const context = await browser.newContext();
  page = await context.newPage();
  counter = byteCounter(context);
  await page.goto(server.url, { waitUntil: 'load' });
  await counted();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('a response counts its body as sent and its headers', async () => {
  counter.reset();
  expect(await fetchInPage('/_astro/page.bin')).toBe(sizes.page);

  const { all } = await counted();

  expect(all - sizes.page).toBeGreaterThanOrEqual(headerRoom.least);
  expect(all - sizes.page).toBeLessThanOrEqual(headerRoom.most);
});

test('a Web Worker’s script counts in full, and so do the worker’s own requests', async () => {
  counter.reset();
  await startWorker('first');
  expect(await fetchInWorker('/pagefind/worker.bin')).toBe(sizes.worker);

  const { all } = await counted();
  const bodies = workerScriptSent + sizes.worker;

  expect(workerScriptSent).toBeGreaterThan(headerRoom.most * 2);
  expect(all - bodies).toBeGreaterThanOrEqual(2 * headerRoom.least);
  expect(all - bodies).toBeLessThanOrEqual(2 * headerRoom.most);
});

test('a file the page has already counts nothing when the worker takes it from the cache, and only its headers when revalidated', async () => {
  await fetchInPage('/_astro/shared.bin');
  await fetchInPage('/shared.bin');
  await startWorker('cache');
  await fetchInWorker('/pagefind/worker.bin');
  await counted();
  counter.reset();

  expect(await fetchInWorker('/_astro/shared.bin')).toBe(sizes.shared);
  expect((await counted()).all).toBe(0);

  // A file that is not content-hashed is asked for again: a 304, with no body.
  expect(await fetchInWorker('/shared.bin')).toBe(sizes.shared);
  const { all } = await counted();
  expect(all).toBeGreaterThanOrEqual(headerRoom.least);
  expect(all).toBeLessThanOrEqual(headerRoom.most);
});

test('requests are told apart by when they started, and Pagefind’s files among them', async () => {
  counter.reset();
  await fetchInPage('/pagefind/early.bin');
  await fetchInPage('/_astro/late.bin');
  const moment = await page.evaluate(() => performance.timeOrigin + performance.now());
  await fetchInPage('/_astro/late.bin?again');

  const { all, before, pagefindBefore } = await counted(moment);

  const headers = (bytes: number, body: number): number => bytes - body;
  // Before the moment: a file of Pagefind's and another.
  expect(headers(pagefindBefore, sizes.early)).toBeGreaterThanOrEqual(headerRoom.least);
  expect(headers(pagefindBefore, sizes.early)).toBeLessThanOrEqual(headerRoom.most);
  expect(headers(before - pagefindBefore, sizes.late)).toBeGreaterThanOrEqual(headerRoom.least);
  expect(headers(before - pagefindBefore, sizes.late)).toBeLessThanOrEqual(headerRoom.most);
  // After it: the same file under another URL, sent again.
  expect(headers(all - before, sizes.late)).toBeGreaterThanOrEqual(headerRoom.least);
  expect(headers(all - before, sizes.late)).toBeLessThanOrEqual(headerRoom.most);
});
