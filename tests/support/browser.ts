/**
 * Launches Chromium for browser tests with nothing installed by hand:
 * `$CHROMIUM_PATH`, then `/usr/bin/chromium`, then the binary shipped inside
 * the npm package `@sparticuz/chromium`, unpacked under the project's `.tmp/`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');

/** Flags that keep a headless Chromium from phoning home on a closed network. */
const quietFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function resolveExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return { executablePath: fromEnv, args: quietFlags };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: quietFlags };
  // @sparticuz/chromium unpacks into os.tmpdir(), which follows $TMPDIR.
  const unpackDir = path.join(root, '.tmp', 'chromium');
  mkdirSync(unpackDir, { recursive: true });
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = unpackDir;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executablePath = await packaged.executablePath();
    // Only our own flags: the package's serverless defaults include
    // --single-process (the browser quits with its last page) and
    // --disable-web-security (which would hide same-origin and CSP behaviour).
    return { executablePath, args: quietFlags };
  } finally {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveExecutable();
  return chromium.launch({ executablePath, args, headless: true });
}
