/**
 * The site's address is configuration (`KB_SITE`, `src/lib/site-address.ts`):
 * unset, a local build; an address names the real host, never a name
 * reserved for examples; and a production build without one stops with a
 * message that says what to set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { siteAddress } from '../../src/lib/site-address.ts';
import { root } from '../support/build-site.ts';

test('no address is a local build; an address is used as given, as an origin ending in /', () => {
  expect(siteAddress({})).toBeUndefined();
  expect(siteAddress({ KB_SITE: ' ' })).toBeUndefined();
  expect(siteAddress({ KB_SITE: 'https://kb.cities.int' })).toBe('https://kb.cities.int/');
  expect(siteAddress({ KB_SITE: 'http://127.0.0.1:4321/' })).toBe('http://127.0.0.1:4321/');
  expect(siteAddress({ KB_SITE: 'https://kb.cities.int/', KB_PRODUCTION: '1' })).toBe('https://kb.cities.int/');
});

test('a production build without an address, or with a made-up or loopback one, is refused with what to set', () => {
  expect(() => siteAddress({ KB_PRODUCTION: '1' })).toThrow(
    /^Unexpected production build without a site address \(KB_PRODUCTION is set, KB_SITE is not\), expected the address the site is served at: KB_SITE=/u,
  );
  expect(() => siteAddress({ KB_PRODUCTION: 'true', KB_SITE: 'http://localhost:4321/' })).toThrow(
    /^Unexpected loopback KB_SITE `localhost` in a production build/u,
  );
  for (const host of ['meeting-kb.example.org', 'example.com', 'kb.example', 'kb.test', 'kb.invalid'])
    expect(() => siteAddress({ KB_SITE: `https://${host}/` }), host).toThrow(
      `Unexpected KB_SITE host \`${host}\`, a name reserved for examples whose links would be dead`,
    );
  expect(() => siteAddress({ KB_SITE: 'kb.cities.int' })).toThrow(/^Unexpected KB_SITE `kb.cities.int`, expected/u);
  expect(() => siteAddress({ KB_SITE: 'ftp://kb.cities.int/' })).toThrow(/expected a plain http\(s\) address/u);
  expect(() => siteAddress({ KB_SITE: 'https://kb.cities.int/kb/' })).toThrow(/^Unexpected path `\/kb\/` in KB_SITE/u);
});

test('`astro build` with KB_PRODUCTION=1 and no KB_SITE fails before writing anything, with the message', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-site-'));
  try {
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        KB_SITE: '',
        KB_PRODUCTION: '1',
        KB_OUT_DIR: path.join(dir, 'dist'),
        KB_CACHE_DIR: path.join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('Unexpected production build without a site address');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
