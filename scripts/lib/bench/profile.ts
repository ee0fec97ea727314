/**
 * Where a Node process spends its time, from a V8 CPU profile
 * (`node --cpu-prof`): self time summed by package (or project file), and
 * the functions with the most self time.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { runStage } from './run-stage.ts';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  label: string;
  seconds: number;
  byPackage: { name: string; seconds: number; share: number }[];
  byFunction: { name: string; seconds: number; share: number }[];
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`; a project file → its path; the rest by kind. */
function packageOf(url: string, root: string): string {
  if (url === '') return '(V8: GC, program, idle)';
  const parts = url.split('node_modules/');
  const inside = parts.at(-1) ?? '';
  if (parts.length > 1)
    return inside.startsWith('@') ? inside.split('/').slice(0, 2).join('/') : (inside.split('/')[0] ?? inside);
  if (url.startsWith('node:')) return '(Node built-ins)';
  const file = url.replace(/^file:\/\//, '');
  return file.startsWith(root) ? path.relative(root, file) : file;
}

function top(map: Map<string, number>, total: number, count: number): ProfileSummary['byPackage'] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micro]) => ({ name, seconds: micro / 1e6, share: micro / total }));
}

export function summarise(profile: CpuProfile, label: string, root: string): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id);
    if (!frame) return;
    total += delta;
    const pkg = packageOf(frame.url, root);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
  });
  return { label, seconds: total / 1e6, byPackage: top(byPackage, total, 12), byFunction: top(byFunction, total, 12) };
}

/** Runs `node --cpu-prof <args>` and summarises the main thread's profile (the largest one written). */
export async function profileRun(
  label: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; dir: string; root: string },
): Promise<ProfileSummary> {
  await rm(options.dir, { recursive: true, force: true });
  await runStage(`${label} (profiled)`, process.execPath, ['--cpu-prof', `--cpu-prof-dir=${options.dir}`, ...args], {
    cwd: options.cwd,
    logFile: path.join(options.dir, 'run.log'),
    ...(options.env ? { env: options.env } : {}),
  });
  const files = (await readdir(options.dir)).filter((file) => file.endsWith('.cpuprofile'));
  const profiles = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(path.join(options.dir, file), 'utf8')) as CpuProfile),
  );
  const main = profiles.sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!main) throw new Error(`No CPU profile written to ${options.dir}`);
  return summarise(main, label, options.root);
}
