/** The ingest's fuzz property at length; see `tests/support/fuzz-ingest.ts`. */
import { it } from 'vitest';
import { fuzzIngest } from '../support/fuzz-ingest.ts';

it('never throws, places every message and writes all or nothing, 2,000 documents', async () => {
  await fuzzIngest(2000);
});
