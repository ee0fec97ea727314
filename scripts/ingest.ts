/**
 * `npm run ingest`: content/sources → content/records (see `lib/ingest/cli.ts`).
 * Node's compile cache is switched on before the ingest's modules load, so a
 * second run reuses their compiled code instead of compiling it again; and
 * when there are many sources, the worker that reads half of them is started
 * first, so that it loads while the main thread does.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { readOptions } = await import('./lib/ingest/options.ts');
const { startWorkerFor } = await import('./lib/ingest/worker-start.ts');
startWorkerFor(readOptions(process.argv.slice(2), process.env, process.cwd()).sourcesDir);
await import('./lib/ingest/cli.ts');
