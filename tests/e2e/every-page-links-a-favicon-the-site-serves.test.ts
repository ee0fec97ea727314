/**
 * Every built page names its icon and the site serves it, so no browser asks
 * for a missing `/favicon.ico` (the walk in the CSP test allows no 404 but the
 * unknown address it asks for on purpose).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';

test('every built page links an SVG favicon that the site serves', async () => {
  const distDir = inject('distDir');
  const icons = new Set<string>();
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const file of files) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const icon = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"/u.exec(html)?.[1];
    icons.add(icon ?? `none in ${file}`);
  }
  expect([...icons]).toEqual(['/favicon.svg']);
  const response = await fetch(new URL('favicon.svg', inject('baseUrl')));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/u);
});
