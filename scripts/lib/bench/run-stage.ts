/**
 * Runs one stage of the benchmark as a child process: wall time, CPU time
 * and peak memory of its whole process tree, its output saved to a log with
 * each line's time, and a progress line every few seconds. Each stage
 * starts once the writes of the stages before it are on disk (`sync`):
 * otherwise the kernel flushes them while the stage runs, and a stage that
 * writes ten thousand files right after a build that wrote twenty thousand
 * pays for both (without it, one benchmark timed the same ingest of 10,000
 * records at 3.1 s, then at 6.5 s right after the floor's build).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sampleTree } from './proc-tree.ts';

export interface StageResult {
  label: string;
  seconds: number;
  /**
   * User and system CPU time of the stage's process tree: of every process
   * waited for by its parent. A process left to outlive its parent is not
   * counted, which is why the index step waits for Pagefind's binary to end
   * (`search-index.ts`).
   */
  cpuSeconds: number;
  /** Of `cpuSeconds`, the time spent in the kernel (file creation, page faults, …). */
  systemSeconds: number;
  peakRssMb: number;
  /** Output lines with the seconds since the stage started. */
  lines: { at: number; text: string }[];
}

export interface StageOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where to save the stage's output. */
  logFile: string;
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** Linux reports times in /proc in clock ticks of 1/100 s (USER_HZ). */
const ticksPerSecond = 100;

/**
 * CPU seconds in user space and in the kernel of this process's children
 * that have ended and been waited for, each with its own descendants:
 * /proc/self/stat's `cutime` and `cstime`. The difference across a stage is
 * its tree's CPU time.
 */
function childrenCpuSeconds(): { user: number; system: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[13]) / ticksPerSecond, system: Number(fields[14]) / ticksPerSecond };
}

/** Puts the file system's pending writes on disk, so that they are not flushed during the next stage. */
function flushWrites(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** Runs `command args…`; rejects with the log's tail when it exits non-zero. */
export async function runStage(
  label: string,
  command: string,
  args: string[],
  options: StageOptions,
): Promise<StageResult> {
  await mkdir(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const lines: StageResult['lines'] = [];
  flushWrites();
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const elapsed = (): number => (performance.now() - start) / 1000;
  process.stdout.write(`  ${label} …\n`);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`Could not start ${command}`);
  const sampler = sampleTree(child.pid);
  const progress = setInterval(() => {
    process.stdout.write(`    ${label}: ${elapsed().toFixed(0)} s, ${mb(sampler.current())} MB\n`);
  }, 10_000);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      const at = elapsed();
      lines.push({ at, text });
      log.write(`${at.toFixed(3)}\t${text}\n`);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const seconds = elapsed();
  const cpuAfter = childrenCpuSeconds();
  const systemSeconds = cpuAfter.system - cpuBefore.system;
  const cpuSeconds = cpuAfter.user - cpuBefore.user + systemSeconds;
  clearInterval(progress);
  const peakRssMb = mb(sampler.stop());
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = lines
      .slice(-25)
      .map((line) => line.text)
      .join('\n');
    throw new Error(`${label} exited with code ${code}; log: ${options.logFile}\n${tail}`);
  }
  process.stdout.write(
    `  ${label}: ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} CPU-s (${systemSeconds.toFixed(1)} in the kernel), peak ${peakRssMb} MB\n`,
  );
  return { label, seconds, cpuSeconds, systemSeconds, peakRssMb, lines };
}
