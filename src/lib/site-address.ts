/**
 * The site's public address, configured in one place: `KB_SITE`, read by
 * `astro.config.mjs` as Astro's `site`; every permalink, citation, tag and
 * feed takes it from there (`urls.ts`).
 *
 * - No `KB_SITE`: a local build. Links are site-relative, so they work
 *   wherever the site is served; the copy buttons complete permalinks from
 *   the serving origin, and no RSS feed is built (feeds need absolute links).
 * - `KB_PRODUCTION=1` (or `true`): a public build, which fails without an
 *   address rather than publish one that does not exist.
 *
 * An address on a name reserved for examples (RFC 2606 and 6761:
 * `example.org`, `*.example`, `*.test`, `*.invalid`) is refused everywhere,
 * and a loopback address in a public build: its links would be dead.
 */
export interface SiteEnv {
  KB_SITE?: string | undefined;
  KB_PRODUCTION?: string | undefined;
}

const example = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/iu;
const loopback = /^(?:localhost|.+\.localhost|127(?:\.\d+){3}|\[::1\])$/iu;
const hint = 'KB_SITE=https://<your host>/';

/** The configured address as an absolute URL ending in `/`, or undefined for a local build. Throws on a bad configuration. */
export function siteAddress(env: SiteEnv): string | undefined {
  const value = env.KB_SITE?.trim();
  const production = /^(?:1|true)$/iu.test(env.KB_PRODUCTION?.trim() ?? '');
  if (!value) {
    if (production)
      throw new Error(
        `Unexpected production build without a site address (KB_PRODUCTION is set, KB_SITE is not), expected the address the site is served at: ${hint} KB_PRODUCTION=1 npm run build`,
      );
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Unexpected KB_SITE \`${value}\`, expected an absolute http(s) address such as ${hint}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash)
    throw new Error(`Unexpected KB_SITE \`${value}\`, expected a plain http(s) address such as ${hint}`);
  if (url.pathname !== '/')
    throw new Error(
      `Unexpected path \`${url.pathname}\` in KB_SITE, expected the site's origin only (${hint}): the site is served at the root`,
    );
  if (example.test(url.hostname))
    throw new Error(
      `Unexpected KB_SITE host \`${url.hostname}\`, a name reserved for examples whose links would be dead; expected the address the site is served at, or no KB_SITE for a local build`,
    );
  if (production && loopback.test(url.hostname))
    throw new Error(
      `Unexpected loopback KB_SITE \`${url.hostname}\` in a production build, expected the public address the site is served at`,
    );
  return url.href;
}
