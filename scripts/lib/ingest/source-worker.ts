/**
 * The source worker's entry: switches on Node's compile cache for this
 * thread, then loads the worker itself (`source-thread.ts`).
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./source-thread.ts');
