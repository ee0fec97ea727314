/**
 * `npm run ingest`: content/sources → content/records (see `lib/ingest/cli.ts`).
 * Node's compile cache is switched on before the ingest's modules load, so a
 * second run reuses their compiled code instead of compiling it again.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./ingest/cli.ts');
