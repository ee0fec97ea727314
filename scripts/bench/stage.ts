/**
 * Runs one stage of the benchmark as a child process and measures its wall
 * time and the peak resident memory of its whole process tree (the process
 * and every descendant, such as Pagefind's binary), summed from /proc every
 * 100 ms. Linux only. The output goes to a log file, named in the error
 * when the stage fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

export interface Stage {
  seconds: number;
  /** Peak resident memory of the process tree, in MB (2²⁰ bytes). */
  peakMb: number;
}

function proc(pid: string, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // The process ended between listing and reading.
  }
}

/** Resident bytes of `root` and all its descendants now. */
function treeBytes(root: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    const stat = proc(pid, 'stat');
    // The parent's PID is the second field after the command name, which is in parentheses.
    const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '';
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let bytes = 0;
  for (const queue = [String(root)]; queue.length > 0;) {
    const pid = queue.pop() ?? '';
    bytes += Number(proc(pid, 'statm').split(' ')[1] ?? 0) * 4096;
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Runs `node args…` in `cwd`; rejects with the log's tail when it exits non-zero. */
export async function runStage(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log: string },
): Promise<Stage> {
  // The writes of the stages before are put on disk first, so that this stage does not pay for them.
  spawnSync('sync');
  const out = openSync(options.log, 'w');
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', out, out],
  });
  let peak = 0;
  const sample = (): void => {
    if (child.pid !== undefined) peak = Math.max(peak, treeBytes(child.pid));
  };
  const timer = setInterval(sample, 100);
  sample();
  const code = await new Promise<number | null>((resolve, reject) =>
    child.once('error', reject).once('close', resolve),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  closeSync(out);
  if (code !== 0) {
    const tail = readFileSync(options.log, 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(`\`node ${args.join(' ')}\` exited with code ${code}; log: ${options.log}\n${tail}`);
  }
  return { seconds, peakMb: Math.round(peak / 2 ** 20) };
}
