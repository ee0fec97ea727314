/**
 * How a contribution's text was given to its speaker, as the contribution
 * page says it (one plain sentence per stretch of source lines, guesses by
 * the name detector marked for checking) and as the data export carries it
 * (one compact line).
 */
import { expect, test } from 'vitest';
import type { AttributionStep } from '../../src/schemas/records.ts';
import { attributionSummary, describeAttributionStep, lineRange } from '../../src/lib/attribution.ts';

const steps: AttributionStep[] = [
  { lines: [12, 14], how: 'introduction', by: 'role-first' },
  { lines: [15, 18], how: 'follows', by: 'Jane Doe' },
  { lines: [19, 19], how: 'pronoun', by: 'she' },
  { lines: [20, 21], how: 'name', by: 'Doe' },
  { lines: [22, 22], how: 'listed', by: 'Opening Speakers' },
];

test('each step reads as its lines and what happened there', () => {
  expect(steps.map(describeAttributionStep).map(({ lines, text }) => `${lines}: ${text}`)).toEqual([
    'Lines 12–14: introduced (form: role-first)',
    'Lines 15–18: follows Jane Doe',
    'Line 19: refers back with ‘she’',
    'Lines 20–21: names ‘Doe’ again',
    'Line 22: listed under ‘Opening Speakers’',
  ]);
  expect(steps.map(describeAttributionStep).some(({ guessed }) => guessed)).toBe(false);
});

test('a step without `by` still reads as a sentence', () => {
  const bare = (['introduction', 'listed', 'follows', 'pronoun', 'name'] as const).map((how) =>
    describeAttributionStep({ lines: [3, 3], how, by: null }),
  );
  expect(bare.map(({ text }) => text)).toEqual([
    'introduced',
    'listed',
    'follows the introduction',
    'refers back with a pronoun',
    'names the speaker again',
  ]);
});

test('a guess by the name detector is marked for checking', () => {
  expect(describeAttributionStep({ lines: [7, 9], how: 'introduction', by: 'name-detector' })).toEqual({
    lines: 'Lines 7–9',
    text: 'introduced, guessed by the name detector — check',
    guessed: true,
  });
});

test('line ranges name one line or a range', () => {
  expect(lineRange([4, 4])).toBe('Line 4');
  expect(lineRange([4, 5])).toBe('Lines 4–5');
});

test('the export carries the steps as one line, or null when there are none', () => {
  expect(attributionSummary(steps)).toBe(
    '12-14 introduction(role-first); 15-18 follows(Jane Doe); 19 pronoun(she); 20-21 name(Doe); 22 listed(Opening Speakers)',
  );
  expect(attributionSummary([{ lines: [1, 2], how: 'listed', by: 'Opening\nSpeakers ' }])).toBe(
    '1-2 listed(Opening Speakers)',
  );
  expect(attributionSummary([{ lines: [1, 1], how: 'follows', by: null }])).toBe('1 follows');
  expect(attributionSummary([])).toBeNull();
});
