/**
 * A small static file server for the built site: directory indexes, the
 * site's own 404 page, correct MIME types (Pagefind needs `application/wasm`),
 * and no path escapes outside the root. Like a real static host it compresses
 * text, sends validators and answers conditional requests, and lets browsers
 * keep content-hashed files (static-headers.ts). Used by `npm start`, the
 * browser tests and the benchmark, so all see the site the same way.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { compressedFile } from './static-compression.ts';
import { cacheControl, entityTag, isCompressible, isNotModified, negotiateEncoding } from './static-headers.ts';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

/** Sends `file`: the resource at `pathname`, or, when `pathname` is null, the site's 404 page. */
async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, pathname: string | null) {
  const info = await stat(file);
  const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: OutgoingHttpHeaders = { 'content-type': type };
  const compressible = isCompressible(type);
  if (compressible) headers['vary'] = 'Accept-Encoding';
  if (pathname === null) {
    headers['cache-control'] = 'no-cache';
  } else {
    const etag = entityTag(info);
    Object.assign(headers, {
      'cache-control': cacheControl(pathname),
      etag,
      'last-modified': new Date(info.mtimeMs).toUTCString(),
    });
    if (isNotModified(request.headers, etag, info.mtimeMs)) {
      response.writeHead(304, headers).end();
      return;
    }
  }
  const status = pathname === null ? 404 : 200;
  const encoding = compressible ? negotiateEncoding(request.headers['accept-encoding']) : null;
  if (encoding) {
    const coded = await compressedFile(file, `${info.size}:${info.mtimeMs}`, encoding);
    response.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': coded.length });
    response.end(request.method === 'HEAD' ? undefined : coded);
    return;
  }
  response.writeHead(status, { ...headers, 'content-length': info.size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Serves `rootDir` on 127.0.0.1. Port 0 picks a free port. */
export async function serveStatic(rootDir: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      if (pathname !== '/' && !pathname.endsWith('/') && !path.extname(pathname)) {
        // Directory URLs end in a slash, as the permalinks do.
        const directory = await resolveFile(root, `${pathname}/`);
        if (directory) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
      }
      const file = await resolveFile(root, pathname);
      const body = file ?? (await resolveFile(root, '/404.html'));
      if (!body) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      await sendFile(request, response, body, file ? pathname : null);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
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
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
