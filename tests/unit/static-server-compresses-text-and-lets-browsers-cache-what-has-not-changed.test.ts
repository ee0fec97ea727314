import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw GET (node:http, which neither asks for nor decodes compression by itself). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;
const page = `<!doctype html><title>Search</title><p>${'Community resilience. '.repeat(100)}</p>\n`;
/** Pagefind writes its chunks gzipped already; the server must send them as they are. */
const fragment = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ content: 'x'.repeat(2000) })}`));

describe('the static server compresses text and lets browsers cache what has not changed', () => {
  let site: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kb-static-'));
    mkdirSync(path.join(root, '_astro'));
    mkdirSync(path.join(root, 'search'));
    mkdirSync(path.join(root, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(root, '_astro/search.Ab12Cd.js'), script);
    writeFileSync(path.join(root, 'search/index.html'), page);
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>\n');
    writeFileSync(path.join(root, 'pagefind/fragment/en_1a2b3c.pf_fragment'), fragment);
    writeFileSync(path.join(root, 'pagefind/wasm.en.pagefind'), fragment);
    site = await serveStatic(root);
  });
  afterAll(() => site.close());

  test('a client that accepts gzip gets a gzip body that decodes to the file', async () => {
    const reply = await get(`${site.url}_astro/search.Ab12Cd.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['vary']).toBe('Accept-Encoding');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(reply.body).toString()).toBe(script);
  });

  test('a client that accepts Brotli gets Brotli, as browsers ask for it', async () => {
    const reply = await get(`${site.url}search/`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(reply.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(reply.body).toString()).toBe(page);
  });

  test('without Accept-Encoding, or with a coding refused, the file comes as it is', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]) {
      const reply = await get(`${site.url}search/`, headers);
      expect(reply.headers['content-encoding']).toBeUndefined();
      expect(reply.body.toString()).toBe(page);
    }
  });

  test("Pagefind's own gzipped files are sent as stored: labelled gzip for a client that takes it, as they are for one that does not", async () => {
    const url = `${site.url}pagefind/fragment/en_1a2b3c.pf_fragment`;
    const labelled = await get(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(labelled.headers['content-encoding']).toBe('gzip');
    expect(labelled.headers['vary']).toBe('Accept-Encoding');
    expect(labelled.body.equals(fragment)).toBe(true);
    // Decoded by the browser, the body starts with Pagefind's signature, so Pagefind skips its own gunzip.
    expect(gunzipSync(labelled.body).subarray(0, 12).toString()).toBe('pagefind_dcd');
    for (const headers of [{}, { 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip;q=0, br' }]) {
      const plain = await get(url, headers);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(fragment)).toBe(true);
    }
  });

  test('a file named like Pagefind data that is not gzip is never labelled gzip', async () => {
    writeFileSync(path.join(root, 'pagefind/fragment/en_plain.pf_fragment'), 'pagefind_dcd{}');
    const reply = await get(`${site.url}pagefind/fragment/en_plain.pf_fragment`, { 'accept-encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe('pagefind_dcd{}');
  });

  test('a matching If-None-Match or a later If-Modified-Since gets 304 without a body', async () => {
    const first = await get(`${site.url}search/`, { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    const lastModified = String(first.headers['last-modified']);
    const revalidated = await get(`${site.url}search/`, { 'if-none-match': etag, 'accept-encoding': 'gzip' });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers['etag']).toBe(etag);
    expect((await get(`${site.url}search/`, { 'if-modified-since': lastModified })).status).toBe(304);
    const changed = await get(`${site.url}search/`, { 'if-none-match': 'W/"0-0"' });
    expect(changed.status).toBe(200);
    expect(changed.body.toString()).toBe(page);
  });

  test('content-hashed files may be kept for a year; anything else is revalidated on each use', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect((await get(`${site.url}_astro/search.Ab12Cd.js`)).headers['cache-control']).toBe(immutable);
    expect((await get(`${site.url}pagefind/fragment/en_1a2b3c.pf_fragment`)).headers['cache-control']).toBe(immutable);
    expect((await get(`${site.url}pagefind/wasm.en.pagefind`)).headers['cache-control']).toBe('no-cache');
    expect((await get(`${site.url}search/`)).headers['cache-control']).toBe('no-cache');
  });

  test('directory URLs, the 404 page, MIME types and the root boundary work as before', async () => {
    const redirect = await get(`${site.url}search`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/search/');
    const missing = await get(`${site.url}nowhere/`, { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('Not found');
    expect((await get(`${site.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await get(`${site.url}pagefind/wasm.en.pagefind`)).headers['content-type']).toBe(
      'application/octet-stream',
    );
    const head = await get(`${site.url}search/`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  test('a file changed on disk is sent as it now is, not as the server last sent it', async () => {
    const file = path.join(root, 'search/index.html');
    const url = `${site.url}search/`;
    for (const headers of [{}, { 'accept-encoding': 'br' }]) expect((await get(url, headers)).status).toBe(200);
    // Same size, later time: only the time tells the versions apart.
    const edited = page.replace('Search', 'Seeker');
    writeFileSync(file, edited);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await get(url)).body.toString()).toBe(edited);
    expect(brotliDecompressSync((await get(url, { 'accept-encoding': 'br' })).body).toString()).toBe(edited);
    const longer = `${edited}<p>Added.</p>\n`;
    writeFileSync(file, longer);
    expect((await get(url)).body.toString()).toBe(longer);
  });

  test('a file larger than the server keeps in memory is still sent whole', async () => {
    const large = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    writeFileSync(path.join(root, 'pagefind/wasm.large.pagefind'), large);
    const reply = await get(`${site.url}pagefind/wasm.large.pagefind`);
    expect(Number(reply.headers['content-length'])).toBe(large.length);
    expect(reply.body.equals(large)).toBe(true);
  });
});
