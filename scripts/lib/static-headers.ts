/**
 * The HTTP caching and content-coding rules of the static server, as a real
 * static host applies them: validators (ETag, Last-Modified) and conditional
 * requests, long-lived caching for content-hashed files, and Brotli or gzip
 * for text types when the client accepts them.
 */
import type { Stats } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';

export type Encoding = 'br' | 'gzip';

/** Types worth compressing. Pagefind's own files (`.pf_*`, `.pagefind`) are gzipped already (`isStoredGzipName`). */
const compressibleTypes = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export function isCompressible(contentType: string): boolean {
  return compressibleTypes.test(contentType);
}

/**
 * Files whose name changes with their content, so a cached copy never goes
 * stale: Astro's `/_astro/` assets and Pagefind's chunks and metadata.
 */
const immutablePaths = [/^\/_astro\//, /\/pagefind\/(index|filter|fragment)\/[^/]+$/, /\/pagefind\/[^/]+\.pf_meta$/];

/** `Cache-Control` for a file served at `pathname`. Anything not content-hashed is revalidated on every use. */
export function cacheControl(pathname: string): string {
  return immutablePaths.some((pattern) => pattern.test(pathname)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A weak validator from size and modification time: the same for every content coding of the file. */
export function entityTag(info: Pick<Stats, 'size' | 'mtimeMs'>): string {
  return `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
}

/** True when the client's copy is current (RFC 9110 §13.1): `If-None-Match` first, else `If-Modified-Since`. */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

/** How much the client wants each content coding, from `Accept-Encoding` (RFC 9110 §12.5.3). */
function codingWeights(acceptEncoding: string | undefined): (name: Encoding) => number {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return (name) => weights.get(name) ?? weights.get('*') ?? 0;
}

/** The coding to send for `Accept-Encoding`: Brotli, then gzip, skipping any the client refuses with `q=0`. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  const weight = codingWeights(acceptEncoding);
  const best = (['br', 'gzip'] as const).filter((name) => weight(name) > 0);
  return best.sort((a, b) => weight(b) - weight(a))[0] ?? null;
}

/** True when the client takes gzip at all (a file stored gzipped has no other coding to offer). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return codingWeights(acceptEncoding)('gzip') > 0;
}

/** Pagefind's file types, all stored gzipped. */
const storedGzipExtensions = new Set(['.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment', '.pagefind']);

/**
 * Pagefind's own files (`.pf_*`, `.pagefind`) are gzip streams of its data
 * behind a `pagefind_dcd` signature. Sent with `Content-Encoding: gzip`, the
 * same bytes are decoded by the browser's network stack, and Pagefind, finding
 * its signature at the start, skips its own JavaScript gunzip on the page's
 * thread; sent without, Pagefind decodes them itself.
 */
export function isStoredGzipName(file: string): boolean {
  return storedGzipExtensions.has(path.extname(file).toLowerCase());
}

/** Checked before saying so: a gzip stream starts with the bytes 1f 8b. */
export function isGzip(body: Buffer): boolean {
  return body[0] === 0x1f && body[1] === 0x8b;
}
