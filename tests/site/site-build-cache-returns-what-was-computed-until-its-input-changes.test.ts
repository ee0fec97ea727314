import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { buildCache } from '../../src/lib/build-cache.ts';

function entries(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
}

describe('the build cache returns what was computed until its input changes', () => {
  const folder = (): string => mkdtempSync(path.join(tmpdir(), 'kb-cache-'));

  test('a second build reads the value instead of computing it', async () => {
    const dir = folder();
    const compute = vi.fn(() => ({ text: 'Smith, J. (2021).' }));
    expect(await buildCache(dir, 'c', 'v1').get({ id: 'a' }, compute)).toEqual({ text: 'Smith, J. (2021).' });
    // A new cache object on the same folder stands for the next build.
    expect(await buildCache(dir, 'c', 'v1').get({ id: 'a' }, compute)).toEqual({ text: 'Smith, J. (2021).' });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test('a changed input or a changed fingerprint computes again', async () => {
    const dir = folder();
    const compute = vi.fn((tag: string) => tag);
    await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, () => compute('first'));
    expect(await buildCache<string>(dir, 'c', 'v1').get({ id: 'a', title: 'new' }, () => compute('input'))).toBe(
      'input',
    );
    expect(await buildCache<string>(dir, 'c', 'v2').get({ id: 'a' }, () => compute('library'))).toBe('library');
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test('a new fingerprint removes the entries of the old one', async () => {
    const dir = folder();
    await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, () => 'old');
    await buildCache<string>(dir, 'c', 'v2').get({ id: 'a' }, () => 'new');
    expect(entries(dir)).toHaveLength(1);
    const compute = vi.fn(() => 'computed again');
    expect(await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, compute)).toBe('computed again');
  });

  test('a damaged entry is computed again and replaced', async () => {
    const dir = folder();
    await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, () => 'right');
    const [entry] = entries(dir);
    if (!entry) throw new Error('no cache entry written');
    writeFileSync(path.join(dir, entry), '{"value": "trunc');
    expect(await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, () => 'recomputed')).toBe('recomputed');
    expect(await buildCache<string>(dir, 'c', 'v1').get({ id: 'a' }, () => 'again')).toBe('recomputed');
  });

  test('an unwritable folder costs only the cache', async () => {
    const dir = folder();
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const compute = vi.fn(() => 'value');
    expect(await buildCache<string>(file, 'c', 'v1').get({ id: 'a' }, compute)).toBe('value');
    expect(await buildCache<string>(file, 'c', 'v1').get({ id: 'a' }, compute)).toBe('value');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
