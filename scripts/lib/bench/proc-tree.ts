/**
 * Peak memory of a whole process tree, sampled from /proc: every interval,
 * find the root's descendants (by parent PID) and sum their resident set
 * sizes. Linux only, which is where the benchmark runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

const pageBytes = 4096;

function readProc(pid: string, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null; // The process ended between listing and reading.
  }
}

/** Resident bytes of `rootPid` and all its descendants right now; without the root itself when `descendantsOnly`. */
export function treeRss(rootPid: number, descendantsOnly = false): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readProc(pid, 'stat');
    if (!stat) continue;
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …
    const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '';
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let bytes = 0;
  const queue = [String(rootPid)];
  while (queue.length > 0) {
    const pid = queue.pop() ?? '';
    const statm = descendantsOnly && pid === String(rootPid) ? null : readProc(pid, 'statm');
    if (statm) bytes += Number(statm.split(' ')[1] ?? 0) * pageBytes;
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

export interface TreeSampler {
  /** Latest sample, in bytes. */
  current(): number;
  /** Stops sampling; returns the peak seen, in bytes. */
  stop(): number;
}

/** Samples the tree under `rootPid` every `intervalMs` until stopped. */
export function sampleTree(rootPid: number, intervalMs = 100, descendantsOnly = false): TreeSampler {
  let peak = 0;
  let last = 0;
  const sample = (): void => {
    last = treeRss(rootPid, descendantsOnly);
    peak = Math.max(peak, last);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    current: () => last,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
