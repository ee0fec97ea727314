/**
 * The site's own server (`scripts/serve.ts`, what `npm start` runs) in a
 * child process, for the search measurement: the site is measured as it is
 * served, by a process that does nothing else, not by the benchmark's
 * process while it also drives Chromium through Playwright. (On this
 * 2-core machine the two gave the same search times within their noise.)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  url: string;
  close(): Promise<void>;
}

/** How long the server may take to print its address. */
const startTimeoutMs = 30_000;

/** Starts `scripts/serve.ts` on a free port for `distDir`; resolves with its URL once it listens. */
export async function startServerProcess(root: string, distDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: { ...process.env, KB_OUT_DIR: distDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not print its address within ${startTimeoutMs / 1000} s`), startTimeoutMs);
    function fail(why: string): void {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`The site server for ${distDir} ${why}:\n${output.join('\n')}`));
    }
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const match = /\bat (http:\/\/\S+)/.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
  return {
    url,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}
