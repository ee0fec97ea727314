/**
 * The benchmark's stages report the CPU time of their whole process tree,
 * and how much of it the kernel spent: a stage's grandchildren count (as
 * Pagefind's binary does behind the search index step), and a stage that
 * mostly asks the kernel for work shows it as system time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runStage } from '../../scripts/lib/bench/run-stage.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-stage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `code` in a Node child as a benchmark stage. */
const stage = (label: string, code: string) =>
  runStage(label, process.execPath, ['-e', code], { cwd: dir, logFile: path.join(dir, `${label}.log`) });

// The benchmark reads /proc: Linux only.
const linux = process.platform === 'linux';

test.runIf(linux)("a grandchild's CPU time counts with the stage, as user time", async () => {
  // Computes until it has used 400 ms of CPU, however busy the machine is (asking is a system call: not too often).
  const spin = 'let x = 0; while (process.cpuUsage().user < 400_000) for (let i = 0; i < 2e7; i += 1) x += i;';
  const result = await stage(
    'grandchild',
    `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(spin)}]);`,
  );
  expect(result.cpuSeconds).toBeGreaterThanOrEqual(0.3);
  expect(result.systemSeconds).toBeLessThan(result.cpuSeconds / 2);
});

test.runIf(linux)("work done by the kernel shows as the stage's system time", async () => {
  // Reading /dev/zero: the kernel fills the buffer, the process itself does almost nothing.
  const zeros = `const fs = require('node:fs'); const fd = fs.openSync('/dev/zero', 'r'); const buffer = Buffer.alloc(64 * 2 ** 20);
    while (process.cpuUsage().system < 400_000) fs.readSync(fd, buffer);`;
  const result = await stage('kernel', zeros);
  expect(result.systemSeconds).toBeGreaterThanOrEqual(0.3);
  expect(result.systemSeconds).toBeGreaterThan(result.cpuSeconds / 2);
  expect(result.systemSeconds).toBeLessThanOrEqual(result.cpuSeconds);
});
