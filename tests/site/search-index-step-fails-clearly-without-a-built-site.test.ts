import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../support/build-site.ts';

test('the search index step of `npm run build` says what to run when there is no built site', () => {
  const missing = path.join(mkdtempSync(path.join(tmpdir(), 'kb-index-')), 'dist');
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/index-site.ts')], {
    cwd: root,
    env: { ...process.env, KB_OUT_DIR: missing },
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${missing} does not exist: run \`astro build\` first`);
});
