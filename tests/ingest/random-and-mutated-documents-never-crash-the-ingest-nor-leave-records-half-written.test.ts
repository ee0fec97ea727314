/** A few hundred random and mutated documents (more in `npm run test:slow`); see `tests/support/fuzz-ingest.ts`. */
import { it } from 'vitest';
import { fuzzIngest } from '../support/fuzz-ingest.ts';

it('never throws, places every message and writes all or nothing', { timeout: 120_000 }, async () => {
  await fuzzIngest(200);
});
