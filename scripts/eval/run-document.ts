/**
 * Runs the ingest on one corpus document in isolation (a temp folder holding
 * only its source and sidecar, no curation, no themes, nothing written) and
 * reduces the records to what the scorer compares: the event date and the
 * distinct speakers with their country and session. Never throws: a crash
 * becomes `crashed` with its message.
 */
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { contributionSchema, eventSchema, sessionSchema } from '../../src/schemas/records.ts';
import type { Gold } from './gold.ts';
import type { Found, FoundSpeaker } from './score.ts';

/** Records as the ingest returns them (`BuiltRecord`), only what is read here. */
interface Built {
  type: string;
  data: unknown;
}

/** `x.txt` → `x.meta.yaml`, the ingest's sidecar naming. */
const sidecarName = (source: string): string => source.replace(/\.[^./]+$/u, '') + '.meta.yaml';

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Reduces one document's records to event date, person speakers (first contribution each) and delegations. */
export function foundIn(records: Built[]): Omit<Found, 'errors' | 'warnings'> {
  const parse = <S extends z.ZodType>(type: string, schema: S): z.output<S>[] =>
    records.flatMap((record) => {
      const parsed = record.type === type ? schema.safeParse(record.data) : undefined;
      return parsed?.success ? [parsed.data] : [];
    });
  const event = parse('event', eventSchema)[0];
  const sessionOrder = new Map(parse('session', sessionSchema).map((session) => [session.id, session.order]));
  const contributions = parse('contribution', contributionSchema).sort(
    (a, b) =>
      (sessionOrder.get(a.session) ?? Infinity) - (sessionOrder.get(b.session) ?? Infinity) || a.order - b.order,
  );
  const people = new Map<string, FoundSpeaker>();
  const delegations = new Set<string>();
  for (const { speaker, session } of contributions) {
    if (speaker.kind === 'delegation') delegations.add(speaker.id);
    else if (!people.has(speaker.id)) {
      const order = sessionOrder.get(session);
      people.set(speaker.id, { name: speaker.name, country: speaker.country, session: order ? order - 1 : null });
    }
  }
  return { eventDate: event?.date ?? null, speakers: [...people.values()], delegations: delegations.size };
}

/** Ingests `goldPath`'s source (next to it, named as in the gold reading) on its own. */
export async function runDocument(goldPath: string, gold: Gold): Promise<Found> {
  const folder = await mkdtemp(join(tmpdir(), 'kb-eval-'));
  try {
    const from = dirname(goldPath);
    await copyFile(join(from, gold.source), join(folder, gold.source));
    const sidecar = sidecarName(gold.source);
    if (await exists(join(from, sidecar))) await copyFile(join(from, sidecar), join(folder, sidecar));
    const { ingest } = await import('../ingest/run.ts');
    const result = await ingest({
      root: folder,
      sourcesDir: folder,
      curationFile: join(folder, 'no-curation.yaml'),
    });
    const messages = result.files.find((file) => file.path === gold.source)?.messages ?? [];
    return {
      ...foundIn(result.records),
      errors: messages.filter((message) => message.fatal === true).length,
      warnings: messages.filter((message) => message.fatal === false).length,
    };
  } catch (error) {
    // The temp folder's name is random: left out, so the report stays the same from run to run.
    const crashed = (error instanceof Error ? error.message : String(error)).replaceAll(folder, '<temp>');
    return { eventDate: null, speakers: [], delegations: 0, errors: 0, warnings: 0, crashed };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
