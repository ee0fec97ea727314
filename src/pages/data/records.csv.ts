/** `/data/records.csv`: the records of `records.json`, flattened, one row each. */
import type { APIRoute } from 'astro';
import { exportRecords, recordsCsv } from '../../lib/record-export.ts';
import { records } from '../../lib/record-queries.ts';

export const GET: APIRoute = async () =>
  new Response(recordsCsv(exportRecords(await records())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
