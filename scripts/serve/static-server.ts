/**
 * Serves the built site with `sirv`, set up the way a careful static host
 * is: GET and HEAD only, security headers on every response, the site's
 * own 404 page, nothing outside the root (a symbolic link that leads out
 * of `dist/` is not followed), sources under `/sources/` as inert plain
 * text, and no request that can stop the server or leave a file open.
 * `npm start`, the browser tests and the benchmark all use it.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';

/** Sent with every response; each page also carries its own Content-Security-Policy. */
const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * A document as received: a PDF for the browser's own viewer (which runs none of the site's code), a
 * Word file as a download, anything else as plain text that nothing may run, whatever it contains.
 */
function publishSource(response: ServerResponse, pathname: string): void {
  const lower = pathname.toLowerCase();
  if (lower.endsWith('.pdf')) return;
  if (lower.endsWith('.docx')) {
    response.setHeader('Content-Disposition', 'attachment');
    return;
  }
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
}

/** Whether every file the path may name (as is, `.html`, `/index.html`) lies inside `root` once links are followed. */
function staysInside(root: string, pathname: string): boolean {
  const file = path.join(root, pathname);
  for (const candidate of [file, `${file}.html`, path.join(file, 'index.html')]) {
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      continue;
    }
    if (real !== root && !real.startsWith(root + path.sep)) return false;
  }
  return true;
}

/** The request's path, decoded; undefined when it is not a path (`//[`, a bad escape, a NUL). */
function pathOf(url: string | undefined): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return pathname.includes('\0') ? undefined : path.posix.normalize(pathname);
  } catch {
    return undefined;
  }
}

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves `rootDir` on 127.0.0.1. Port 0 picks a free port. */
export async function serveStatic(rootDir: string, port = 0): Promise<StaticServer> {
  const root = realpathSync(path.resolve(rootDir));
  const notFoundPage = path.join(root, '404.html');
  const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
  const files = sirv(root, {
    etag: true,
    setHeaders: (response, pathname) => {
      // The sources as received: PDFs open in the browser's viewer, Word files download, and anything
      // else is inert text; only their numbered-line pages (`/sources/<name>/`) are pages.
      if (pathname.startsWith('/sources/') && !pathname.endsWith('/')) publishSource(response, pathname);
      // Astro names its bundles by their content: a browser may keep them.
      if (pathname.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const server = createServer((request, response) => {
    try {
      for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
      // A client that goes away mid-download closes the file being sent.
      response.on('pipe', (source: Readable) => response.once('close', () => source.destroy()));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end();
        return;
      }
      const pathname = pathOf(request.url);
      if (pathname === undefined) {
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
        return;
      }
      const missing = (): void => {
        response
          .writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(request.method === 'HEAD' ? undefined : notFound);
      };
      if (!staysInside(root, pathname)) {
        missing();
        return;
      }
      request.url = pathname;
      files(request, response, missing);
    } catch {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error');
    }
  });
  // A malformed request gets a 400 and never reaches the handler.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
