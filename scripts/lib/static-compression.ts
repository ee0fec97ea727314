/**
 * Compressed copies of the files the static server sends, made on first
 * request and kept in memory until the file changes, as a host that
 * compresses on the fly and caches the result would. Brotli at quality 5
 * costs a few milliseconds per file and comes within a few percent of the
 * slowest setting on the site's scripts.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Encoding } from './static-headers.ts';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** Past this many cached bytes the cache starts again empty. */
const cacheLimit = 64 * 1024 * 1024;
const cache = new Map<string, { version: string; body: Buffer }>();
let cachedBytes = 0;

/** The file at `file` (last changed as `version` says) coded with `encoding`. */
export async function compressedFile(file: string, version: string, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.body;
  const body = await compressors[encoding](await readFile(file));
  if (hit) {
    cache.delete(key);
    cachedBytes -= hit.body.length;
  }
  if (cachedBytes + body.length > cacheLimit) {
    cache.clear();
    cachedBytes = 0;
  }
  cache.set(key, { version, body });
  cachedBytes += body.length;
  return body;
}
