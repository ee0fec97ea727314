/**
 * How a contribution's text was given to its speaker, in words: the
 * contribution page lists each step ("Lines 12–14: introduced (form:
 * role-first)") and the data export carries a compact form of the same
 * steps, so an editor can audit the ingest's attribution.
 */
import type { AttributionStep } from '../schemas/records.ts';

/** The `by` of a step whose speaker the name detector guessed, not a known introduction form. */
export const nameDetector = 'name-detector';

/** One step in words: the source lines, what happened there, and whether it was a guess to check. */
export interface AttributionWords {
  /** "Line 19" or "Lines 12–14". */
  lines: string;
  /** "introduced (form: role-first)", "follows Jane Doe", "refers back with ‘she’", … */
  text: string;
  /** The name detector guessed this step: an editor should check it. */
  guessed: boolean;
}

/** "Line 19" for one line, "Lines 12–14" for a range. */
export function lineRange([from, to]: AttributionStep['lines']): string {
  return from === to ? `Line ${from}` : `Lines ${from}–${to}`;
}

const verbs: Record<AttributionStep['how'], string> = {
  introduction: 'introduced',
  listed: 'listed',
  follows: 'follows the introduction',
  pronoun: 'refers back with a pronoun',
  name: 'names the speaker again',
};

function withBy(how: AttributionStep['how'], by: string): string {
  switch (how) {
    case 'introduction':
      return `introduced (form: ${by})`;
    case 'listed':
      return `listed under ‘${by}’`;
    case 'follows':
      return `follows ${by}`;
    case 'pronoun':
      return `refers back with ‘${by}’`;
    case 'name':
      return `names ‘${by}’ again`;
  }
}

/** One attribution step in plain words. */
export function describeAttributionStep(step: AttributionStep): AttributionWords {
  const guessed = step.by === nameDetector;
  const text = guessed
    ? `${verbs[step.how]}, guessed by the name detector — check`
    : step.by
      ? withBy(step.how, step.by)
      : verbs[step.how];
  return { lines: lineRange(step.lines), text, guessed };
}

/**
 * The steps as one line for the CSV and JSON exports:
 * `12-14 introduction(role-first); 15-18 follows(Jane Doe); 19 pronoun(she)`,
 * or null when the record has none. Line breaks in `by` become spaces.
 */
export function attributionSummary(steps: readonly AttributionStep[]): string | null {
  if (steps.length === 0) return null;
  return steps
    .map(({ lines: [from, to], how, by }) => {
      const range = from === to ? `${from}` : `${from}-${to}`;
      return `${range} ${how}${by ? `(${by.replace(/\s+/g, ' ').trim()})` : ''}`;
    })
    .join('; ');
}
