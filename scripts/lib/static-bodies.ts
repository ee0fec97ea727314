/**
 * The bodies the static server sends, kept in memory until their file
 * changes, as a static host with a memory cache in front of its disk would:
 * small files as they are, and the compressed copies of text files. On a
 * hit the server only checks the file's size and time (one `stat`) instead
 * of opening and reading it again. A file that is not kept yet is read
 * synchronously: at 10,000 records a search loads ten result fragments of
 * under a kilobyte each, and reading one through Node's thread pool (open,
 * stat, read, close) took 260 µs on the benchmark's machine, against 10 µs
 * for a synchronous read. Brotli at quality 5 costs a few milliseconds per file
 * and comes within a few percent of the slowest setting on the site's
 * scripts.
 */
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Encoding } from './static-headers.ts';

/** `identity`: the file as it is. */
export type Coding = Encoding | 'identity';

const coders: Record<Coding, (body: Buffer) => Promise<Buffer>> = {
  identity: (body) => Promise.resolve(body),
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** Files larger than this are streamed from disk as they are, not kept. */
export const largestKept = 1024 * 1024;

/** Past this many kept bytes, the bodies used longest ago are dropped. */
const cacheLimit = 128 * 1024 * 1024;
/** In order of last use, oldest first (a Map keeps insertion order). */
const cache = new Map<string, { version: string; body: Buffer }>();
let cachedBytes = 0;

function forget(key: string): void {
  const entry = cache.get(key);
  if (!entry) return;
  cache.delete(key);
  cachedBytes -= entry.body.length;
}

/** The file at `file` (last changed as `version` says) coded with `coding`. */
export async function fileBody(file: string, version: string, coding: Coding): Promise<Buffer> {
  const key = `${coding}:${file}`;
  const hit = cache.get(key);
  forget(key);
  const body = hit?.version === version ? hit.body : await coders[coding](readFileSync(file));
  for (const oldest of cache.keys()) {
    if (cachedBytes + body.length <= cacheLimit) break;
    forget(oldest);
  }
  cache.set(key, { version, body });
  cachedBytes += body.length;
  return body;
}
