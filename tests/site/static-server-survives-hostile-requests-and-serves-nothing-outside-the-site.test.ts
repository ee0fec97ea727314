/**
 * The server `npm start` runs keeps serving whatever a page or a client sends
 * it: a URL that is no path, other methods, a download cut short (no file
 * left open), a symbolic link out of the site (not followed), a source that
 * holds HTML (sent as inert text). Every response carries security headers.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve/static-server.ts';

let site: StaticServer;
let dir: string;
let outside: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-serve-'));
  outside = mkdtempSync(path.join(tmpdir(), 'kb-secret-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'not for the web');
  mkdirSync(path.join(dir, 'events'));
  mkdirSync(path.join(dir, 'sources'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(path.join(dir, 'events/index.html'), '<!doctype html><title>Events</title>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(path.join(dir, 'sources/note.md'), '# Note\n\n<script>alert(1)</script>\n');
  writeFileSync(path.join(dir, 'large.bin'), Buffer.alloc(8 * 1024 * 1024, 7));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'secret.txt'));
  symlinkSync(outside, path.join(dir, 'elsewhere'));
  site = await serveStatic(dir);
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A raw request line, as a browser's `<img src>` or any client may send it. */
function raw(line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(site.url);
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.write(`${line}\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
    });
    let received = '';
    socket.on('data', (chunk) => (received += String(chunk)));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('the static server', () => {
  it.each(['GET //[ HTTP/1.1', 'GET /%E0%A4%A HTTP/1.1', 'GET /a%00b HTTP/1.1', 'GET /../../etc/passwd HTTP/1.1'])(
    'answers %j and keeps serving',
    async (line) => {
      const answer = await raw(line);
      expect(answer).toMatch(/^HTTP\/1\.1 (?:400|404)/u);
      expect(answer).not.toContain('root:');
      expect((await fetch(site.url)).status).toBe(200);
    },
  );

  it('never follows a symbolic link out of the site', async () => {
    for (const url of ['secret.txt', 'elsewhere/secret.txt']) {
      const response = await fetch(new URL(url, site.url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('not for the web');
    }
  });

  it('answers only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(site.url, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
    expect((await fetch(site.url, { method: 'HEAD' })).status).toBe(200);
  });

  it('sends a source as inert text, whatever it holds', async () => {
    const response = await fetch(new URL('sources/note.md', site.url));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('sends security headers and the site’s own 404 page', async () => {
    const response = await fetch(new URL('no/such/page/', site.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Not found');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(new URL('events/', site.url))).status).toBe(200);
  });

  it('closes the file of every download a client cuts short', async () => {
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let index = 0; index < 40; index += 1) {
      await new Promise<void>((resolve) => {
        const outgoing = request(new URL('large.bin', site.url), (incoming) => {
          incoming.once('data', () => {
            outgoing.destroy();
            resolve();
          });
        });
        outgoing.on('error', () => resolve());
        outgoing.end();
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(open() - before).toBeLessThan(5);
  });
});
