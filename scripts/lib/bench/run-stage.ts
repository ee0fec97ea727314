/**
 * Runs one stage of the benchmark as a child process: wall time, peak memory
 * of its whole process tree, its output saved to a log with each line's
 * time, and a progress line every few seconds.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sampleTree } from './proc-tree.ts';

export interface StageResult {
  label: string;
  seconds: number;
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
  process.stdout.write(`  ${label}: ${seconds.toFixed(1)} s, peak ${peakRssMb} MB\n`);
  return { label, seconds, peakRssMb, lines };
}
