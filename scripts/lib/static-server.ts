/**
 * A small static file server for the built site: directory indexes, the
 * site's own 404 page, correct MIME types (Pagefind needs `application/wasm`),
 * and no path escapes outside the root. Like a real static host it compresses
 * text, labels Pagefind's stored gzip as such (static-headers.ts `isStoredGzipName`),
 * keeps small files in memory until they change (static-bodies.ts),
 * sends validators and answers conditional requests, and lets browsers
 * keep content-hashed files (static-headers.ts). Used by `npm start`, the
 * browser tests and the benchmark, so all see the site the same way.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileBody, largestKept } from './static-bodies.ts';
import {
  acceptsGzip,
  cacheControl,
  entityTag,
  isCompressible,
  isNotModified,
  isGzip,
  isStoredGzipName,
  negotiateEncoding,
} from './static-headers.ts';

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
  // Anything else, Pagefind's own files included (`isStoredGzipName`), is application/octet-stream.
};

/** A file to send, with what `stat` said of it. */
interface Found {
  file: string;
  info: Stats;
}

/**
 * What is at `urlPath` under `root`: a file, or a folder's `index.html`.
 * `stat` is called synchronously: it answers from the kernel's cache in a
 * few microseconds, where a round trip through Node's thread pool costs
 * ten times that, once or twice for every request.
 */
function resolveFile(root: string, urlPath: string): Found | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const info = statSync(candidate);
    if (info.isFile()) return { file: candidate, info };
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      const indexInfo = statSync(index);
      if (indexInfo.isFile()) return { file: index, info: indexInfo };
    }
  } catch {
    return null;
  }
  return null;
}

/** Sends `found`: the resource at `pathname`, or, when `pathname` is null, the site's 404 page. */
async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  { file, info }: Found,
  pathname: string | null,
) {
  const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: OutgoingHttpHeaders = { 'content-type': type };
  const compressible = isCompressible(type);
  const storedGzip = isStoredGzipName(file);
  if (compressible || storedGzip) headers['vary'] = 'Accept-Encoding';
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
  const accepted = request.headers['accept-encoding'];
  const encoding = compressible ? negotiateEncoding(accepted) : null;
  const coding = encoding ?? (info.size <= largestKept ? 'identity' : null);
  if (coding) {
    const body = await fileBody(file, `${info.size}:${info.mtimeMs}`, coding);
    if (encoding) headers['content-encoding'] = encoding;
    else if (storedGzip && isGzip(body) && acceptsGzip(accepted)) headers['content-encoding'] = 'gzip';
    response.writeHead(status, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
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
        const directory = resolveFile(root, `${pathname}/`);
        if (directory) {
          response.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
      }
      const found = resolveFile(root, pathname);
      const sent = found ?? resolveFile(root, '/404.html');
      if (!sent) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      await sendFile(request, response, sent, found ? pathname : null);
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
