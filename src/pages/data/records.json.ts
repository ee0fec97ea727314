/** `/data/records.json`: every record as an array (fields in `src/lib/record-export.ts`). */
import type { APIRoute } from 'astro';
import { exportRecords } from '../../lib/record-export.ts';
import { records } from '../../lib/record-queries.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(exportRecords(await records()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
