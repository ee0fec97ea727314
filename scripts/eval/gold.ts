/**
 * The gold reading of one document (`tests/fixtures/corpus/NAME.gold.json`):
 * its zod schema and a reader that fails with the file's path.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';

const iso2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

export const goldSpeakerSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  country: iso2.nullable(),
  /** Every country answer a careful reader would accept (may hold null). */
  countryAccept: z.array(iso2.nullable()).min(1),
  organisation: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  /** 0-based index into `sessions`. */
  session: z.number().int().nonnegative(),
  /** A doubtful reading: found counts as a match, missed is not a miss. */
  uncertain: z.boolean(),
});

export const goldSchema = z
  .object({
    /** File name of the raw text. */
    source: z.string().min(1),
    event: z.object({
      title: z.string().min(1),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      place: z.string().min(1).nullable(),
    }),
    sessions: z.array(z.string().min(1)).min(1),
    speakers: z.array(goldSpeakerSchema),
    /** Persons only listed or mentioned. */
    listedOnly: z.array(z.string().min(1)),
    /** Strings a parser might wrongly output as speakers. */
    notSpeakers: z.array(z.string().min(1)),
    notes: z.string(),
  })
  .refine((gold) => gold.speakers.every((speaker) => speaker.session < gold.sessions.length), {
    message: 'expected every speaker.session to index into sessions',
  });

export type Gold = z.infer<typeof goldSchema>;
export type GoldSpeaker = z.infer<typeof goldSpeakerSchema>;

export async function readGold(path: string): Promise<Gold> {
  const parsed = goldSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: invalid gold reading: ${parsed.error.message}`);
  return parsed.data;
}
