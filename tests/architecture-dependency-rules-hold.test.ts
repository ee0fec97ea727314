/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on every import in
 * `src/` and `scripts/`: data flows one way, so the schemas import no parser
 * and no pages, the site never imports the ingest, helpers import no routes,
 * browser code imports no build-time code, and the benchmark imports
 * nothing from the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

interface Import {
  from: string;
  /** Project-relative path for a relative import, else the package name as written. */
  to: string;
}

/** `import … from 'x'`, `import 'x'`, `export … from 'x'` at the start of a line, and `import('x')`. */
const importPattern =
  /^\s*(?:import\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?|export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+)['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gmu;

/** Every static and dynamic import (and Astro `<script>` import) of the project's code. */
function imports(): Import[] {
  return ['src', 'scripts']
    .flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
        path.join(folder, file),
      ),
    )
    .filter((file) => /\.(?:ts|astro|mjs)$/u.test(file) && !file.includes('node_modules'))
    .flatMap((from) =>
      [...readFileSync(path.join(root, from), 'utf8').matchAll(importPattern)].map((match) => {
        const target = match[1] ?? match[2] ?? '';
        return { from, to: target.startsWith('.') ? path.join(path.dirname(from), target) : target };
      }),
    );
}

const all = imports();
const within = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const local = (to: string) => to.startsWith('src/') || to.startsWith('scripts/') || to.startsWith('tests/');

/** Imports from files in `from` that break `allowed`, as "file → target". */
function breaking(from: (file: string) => boolean, allowed: (to: string) => boolean): string[] {
  return all.filter((item) => from(item.from) && !allowed(item.to)).map((item) => `${item.from} → ${item.to}`);
}

describe('dependency rules', () => {
  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((item) => item.to === 'src/schemas/records.ts')).toBe(true);
  });

  it('the schemas import zod and each other, no parser and no page', () => {
    expect(
      breaking(within('src/schemas'), (to) => to === 'astro/zod' || to === 'zod' || within('src/schemas')(to)),
    ).toEqual([]);
  });

  it('the site never imports the ingest or any script', () => {
    expect(breaking(within('src'), (to) => !within('scripts')(to) && !within('tests')(to))).toEqual([]);
  });

  it('helpers import no routes, layouts or components', () => {
    expect(
      breaking(
        within('src/lib'),
        (to) => !['src/pages', 'src/layouts', 'src/components'].some((folder) => within(folder)(to)),
      ),
    ).toEqual([]);
  });

  it('browser code imports no build-time code', () => {
    expect(breaking(within('src/client'), (to) => !local(to) || within('src/client')(to))).toEqual([]);
  });

  it('the ingest imports from the site only its schemas and two pure helpers (stems, source addresses)', () => {
    expect(
      breaking(
        within('scripts'),
        (to) =>
          !within('src')(to) ||
          within('src/schemas')(to) ||
          ['src/lib/terms.ts', 'src/lib/source-files.ts'].includes(to),
      ),
    ).toEqual([]);
  });

  it('the benchmark and the scripts import nothing from the tests', () => {
    expect(breaking(within('scripts'), (to) => !within('tests')(to))).toEqual([]);
  });
});
