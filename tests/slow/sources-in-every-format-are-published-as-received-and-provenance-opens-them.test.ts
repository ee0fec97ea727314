/**
 * The 2021 sample as a PDF, a saved web page and a Word file, ingested side
 * by side (a sidecar gives each its own slug) and built: each is published
 * as received in a form no browser runs (the web page as `.html.txt`, plain
 * text under a sandbox; the Word file as a download), a PDF record cites its
 * pages and opens the PDF at the first, a Word record cites paragraphs, and
 * only the web page gets a page of numbered lines.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve/static-server.ts';
import { buildSite, ingestCli, root } from '../support/build-site.ts';

const work = path.join(root, '.tmp/formats-site');
const sourcesDir = path.join(work, 'sources');
const recordsDir = path.join(work, 'records');
const distDir = path.join(work, 'dist');
const sample = path.join(root, 'tests/fixtures/formats/2021-09-30-unga76-cities-pcve-meeting-summary');
const copies = { pdf: 'summary-as-pdf', html: 'summary-as-web-page', docx: 'summary-as-word-file' } as const;

let server: StaticServer;
let ingest: { status: number | null; stderr: string };

const page = (url: string) => cheerio.load(readFileSync(path.join(distDir, url, 'index.html'), 'utf8'));
const get = (url: string) => fetch(new URL(url, server.url));

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(sourcesDir, { recursive: true });
  for (const [extension, name] of Object.entries(copies)) {
    copyFileSync(`${sample}.${extension}`, path.join(sourcesDir, `${name}.${extension}`));
    writeFileSync(path.join(sourcesDir, `${name}.meta.yaml`), `slug: ${name}\n`);
  }
  const run = ingestCli(sourcesDir, recordsDir);
  ingest = { status: run.status, stderr: run.stderr };
  if (run.status !== 0) return;
  buildSite({ outDir: distDir, cacheDir: path.join(work, 'cache'), recordsDir });
  server = await serveStatic(distDir);
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The first contribution page of the event read from `name`, and its provenance link. */
function provenanceOf(name: string): { text: string; href: string } {
  const event = page(`/events/2021-09-30-${name}/`);
  const session = event('.sessions a').first().attr('href') ?? '';
  const contribution = page(session)('.contributions h3 a').first().attr('href') ?? '';
  const link = page(contribution)('.provenance a');
  return { text: link.text(), href: link.attr('href') ?? '' };
}

describe('sources in every format', () => {
  it('are ingested side by side', () => {
    expect(ingest.stderr).not.toMatch(/error/u);
    expect(ingest.status).toBe(0);
  });

  it('publish a web page as sandboxed plain text, never as a page', async () => {
    const text = await get(`/sources/${copies.html}.html.txt`);
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-security-policy')).toContain('sandbox');
    expect(await text.text()).toBe(readFileSync(`${sample}.html`, 'utf8'));
    expect((await get(`/sources/${copies.html}.html`)).status).toBe(404);
    const { href } = provenanceOf(copies.html);
    expect(href).toMatch(new RegExp(`^/sources/${copies.html}-html/#L\\d+(?:-L\\d+)?$`, 'u'));
  });

  it('cite a PDF by page and open it at the first', async () => {
    const pdf = await get(`/sources/${copies.pdf}.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).equals(readFileSync(`${sample}.pdf`))).toBe(true);
    const { text, href } = provenanceOf(copies.pdf);
    const first = /^pp?\. (\d+)/u.exec(text)?.[1];
    expect(first, text).toBeDefined();
    expect(href).toBe(`/sources/${copies.pdf}.pdf#page=${first}`);
    expect((await get(`/sources/${copies.pdf}-pdf/`)).status).toBe(404);
  });

  it('offer a Word file as a download, its records citing paragraphs', async () => {
    const docx = await get(`/sources/${copies.docx}.docx`);
    expect(docx.headers.get('content-disposition')).toBe('attachment');
    const { text, href } = provenanceOf(copies.docx);
    expect(text).toMatch(/^paragraphs? \d+/u);
    expect(href).toBe(`/sources/${copies.docx}.docx`);
  });
});
