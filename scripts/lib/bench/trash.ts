/**
 * Clearing a work folder without timing the file system's clean-up. Deleting
 * ten thousand files just before a timed stage writes ten thousand new ones
 * makes ext4 check the freshly deleted inodes on every create, which added
 * seconds to the ingest's time that no user would see. Old folders are moved
 * aside (a rename) instead, and deleted once everything is measured. That
 * goes for the output folder before a rebuild too: Astro empties it first,
 * and on a disk like this machine's (ext4 without a journal) the cost of
 * those deletions falls for minutes after on every stage that creates files,
 * ours or the floor's, whichever comes next.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

let moved = 0;

/** Moves `dir` (if it exists) into a `.trash` folder in `parent` (by default the folder it is in). */
export async function discard(dir: string, parent = path.dirname(dir)): Promise<void> {
  const trash = path.join(parent, '.trash');
  await mkdir(trash, { recursive: true });
  moved += 1;
  await rename(dir, path.join(trash, `${path.basename(dir)}-${process.pid}-${moved}`)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    },
  );
}

/** Deletes every `.trash` folder directly inside the work folders under `root`. */
export async function emptyTrash(root: string): Promise<void> {
  const folders = await readdir(root, { withFileTypes: true }).catch(() => []);
  await rm(path.join(root, '.trash'), { recursive: true, force: true });
  for (const folder of folders.filter((entry) => entry.isDirectory()))
    await rm(path.join(root, folder.name, '.trash'), { recursive: true, force: true });
}
