/**
 * Every introduction recogniser reads its own examples as documented: the
 * speakers each example introduces (name, and kind, country and role where
 * the example gives them), or none. The examples live with the recogniser
 * (`scripts/ingest/speakers/recognisers/*.ts`), so its documentation is its test.
 */
import type { Paragraph } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { recognise, recognisers } from '../../scripts/ingest/speakers/recognisers/index.ts';
import { splitSentences } from '../../scripts/ingest/speakers/sentences.ts';

function firstSentence(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown);
  const paragraph = tree.children[0] as Paragraph;
  const sentence = splitSentences(paragraph)[0];
  if (!sentence) throw new Error(`no sentence in ${markdown}`);
  return { sentence, first: true, paragraph };
}

describe.each(recognisers.map((recogniser) => [recogniser.name, recogniser] as const))('%s', (_, recogniser) => {
  it('has a description and both kinds of example', () => {
    expect(recogniser.description.length).toBeGreaterThan(10);
    expect(recogniser.examples.some((example) => example.speakers.length > 0)).toBe(true);
    expect(recogniser.examples.some((example) => example.speakers.length === 0)).toBe(true);
  });

  it.each(recogniser.examples.map((example) => [example.text, example] as const))('reads %s', (_, example) => {
    const found = recogniser.recognise(firstSentence(example.text)) ?? [];
    expect(found.map((speech) => speech.name)).toEqual(example.speakers.map((speaker) => speaker.name));
    example.speakers.forEach((speaker, index) => {
      const speech = found[index];
      if (speaker.kind !== undefined) expect(speech?.kind).toBe(speaker.kind);
      if (speaker.country !== undefined) expect(speech?.country?.code ?? null).toBe(speaker.country);
      if (speaker.role !== undefined) expect(speech?.role).toBe(speaker.role);
    });
  });
});

describe('every recogniser after an opening clause', () => {
  it.each([
    ['Today, ahead of the summit, Climate Adviser Lena Vos convened the task force.', 'Lena Vos', 'role-first'],
    [
      'Introducing the report, Ana Silva, Director, Lisbon Prevention Office, said it was late.',
      'Ana Silva',
      'name-first',
    ],
    [
      'Speaking for the Group of 77 and China, the representative of Uganda said funds were short.',
      'Uganda',
      'representative-of',
    ],
  ])('reads %s', (text, name, recogniser) => {
    const found = recognise(firstSentence(text));
    expect(found?.recogniser).toBe(recogniser);
    expect(found?.speakers.map((speech) => speech.name)).toEqual([name]);
  });
});
