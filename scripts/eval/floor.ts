/**
 * `npm run eval -- --check`: the floor in docs/fidelity-floor.json and the
 * figures of a run that fell below it.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { metrics, ratio, type Totals } from './score.ts';

export const floorSchema = z.object({
  /** Micro F1 of person speakers over all documents. */
  f1: z.number().min(0).max(1),
  /** Share of matched speakers whose country is accepted. */
  countryAccuracy: z.number().min(0).max(1),
  /** Documents with an event record. */
  accepted: z.number().int().nonnegative(),
});

export type Floor = z.infer<typeof floorSchema>;

/** A floor per fixture set ("corpus", "forms"); a set without one is reported, not checked. */
export const floorsSchema = z.record(z.string(), floorSchema);

export async function readFloor(path: string): Promise<Record<string, Floor>> {
  const parsed = floorsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: invalid floor: ${parsed.error.message}`);
  return parsed.data;
}

/** The run's figures in the floor's terms (a figure with nothing to measure counts as 0). */
export function figures(totals: Totals): Floor {
  return {
    f1: metrics(totals).f1 ?? 0,
    countryAccuracy: ratio(totals.country.correct, totals.country.of) ?? 0,
    accepted: totals.accepted,
  };
}

/** One sentence per figure below its floor; empty when none is. */
export function belowFloor(totals: Totals, floor: Floor): string[] {
  const run = figures(totals);
  return (Object.keys(floor) as (keyof Floor)[])
    .filter((key) => run[key] < floor[key])
    .map((key) => `${key} ${Number(run[key].toFixed(4))} is below its floor ${floor[key]}`);
}
