/**
 * The benchmark deletes nothing while it measures: a work folder it is done
 * with is moved aside into a `.trash` folder, whole, and every trash folder
 * is deleted once at the end, leaving everything else of the work folders.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { discard, emptyTrash } from '../../scripts/lib/bench/trash.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-trash-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A folder `dir` holding one file `name` with `text`. */
async function folderWith(dir: string, name: string, text: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), text);
}

/** Each folder in `dir`'s trash, with the text of its file `name`. */
async function trashed(dir: string, name: string): Promise<string[]> {
  const trash = path.join(dir, '.trash');
  const folders = await readdir(trash);
  return Promise.all(folders.map((folder) => readFile(path.join(trash, folder, name), 'utf8')));
}

test('a discarded folder leaves its place free and is kept whole in its parent’s trash', async () => {
  const work = path.join(root, 'ours-10');
  await folderWith(path.join(work, 'dist'), 'index.html', 'first build');

  await discard(path.join(work, 'dist'));

  expect(await readdir(work)).toEqual(['.trash']);
  expect(await trashed(work, 'index.html')).toEqual(['first build']);
});

test('folders of the same name discarded one after another are all kept', async () => {
  const work = path.join(root, 'ours-10');
  for (const build of ['first build', 'rebuild']) {
    await folderWith(path.join(work, 'dist'), 'index.html', build);
    await discard(path.join(work, 'dist'));
  }

  expect((await trashed(work, 'index.html')).sort()).toEqual(['first build', 'rebuild']);
});

test('a folder can be discarded into another folder’s trash', async () => {
  const floor = path.join(root, 'floor-10');
  const work = path.join(root, 'ours-10');
  await folderWith(path.join(floor, 'dist'), 'page.html', 'floor build');

  await discard(path.join(floor, 'dist'), work);

  expect(await readdir(floor)).toEqual([]);
  expect(await trashed(work, 'page.html')).toEqual(['floor build']);
});

test('discarding a folder that does not exist is no error', async () => {
  await expect(discard(path.join(root, 'never-built'))).resolves.toBeUndefined();
});

test('emptying the trash deletes every trash folder of the work folders and nothing else', async () => {
  await folderWith(path.join(root, 'ours-10', 'records'), 'a.md', 'kept');
  await folderWith(path.join(root, 'ours-10', 'dist'), 'index.html', 'old');
  await discard(path.join(root, 'ours-10', 'dist'));
  await folderWith(path.join(root, 'sources'), 'doc.txt', 'kept');
  await discard(path.join(root, 'sources'));
  await folderWith(path.join(root, 'sources'), 'doc.txt', 'kept');

  await emptyTrash(root);

  expect((await readdir(root)).sort()).toEqual(['ours-10', 'sources']);
  expect(await readdir(path.join(root, 'ours-10'))).toEqual(['records']);
  expect(await readFile(path.join(root, 'ours-10', 'records', 'a.md'), 'utf8')).toBe('kept');
  expect(await readFile(path.join(root, 'sources', 'doc.txt'), 'utf8')).toBe('kept');
});

test('emptying the trash of a work folder that does not exist is no error', async () => {
  await expect(emptyTrash(path.join(root, 'missing'))).resolves.toBeUndefined();
});
