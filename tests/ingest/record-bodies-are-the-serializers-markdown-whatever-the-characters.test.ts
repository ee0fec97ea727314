/**
 * Record bodies of plain prose skip `mdast-util-to-markdown` (text.ts
 * `plainParagraphs`). The shortcut must give exactly the serializer's
 * Markdown: checked on every paragraph of the real sources and on generated
 * text full of the characters Markdown treats specially, at a paragraph's
 * start, middle and end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/bench/prng.ts';
import { blockMarkdown, plainParagraphs, serializedMarkdown } from '../../scripts/ingest/shape/text.ts';
import { root } from './support.ts';

/** Letters, digits, spaces, a line break, quotes, and every ASCII punctuation mark. */
const alphabet = [
  ...'abcXYZéß0179     ',
  '\n',
  '\t',
  '\r',
  ...'“”‘’«»–—…',
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  '\u00a0',
  '\u007f',
];

function paragraph(...values: string[]): Paragraph {
  return { type: 'paragraph', children: values.map((value) => ({ type: 'text', value })) };
}

/** Bodies of one to three paragraphs of one or two text nodes, from `alphabet`, mostly prose-like. */
function generatedBodies(count: number): RootContent[][] {
  const rng = createRng('record-bodies');
  const text = (): string => {
    const length = rng.int(1, 12);
    let value = '';
    for (let i = 0; i < length; i += 1)
      value += rng.chance(0.7) ? rng.pick([...'Ordinary words ']) : rng.pick(alphabet);
    return value;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.8) ? paragraph(text()) : paragraph(text(), text()))),
  );
}

/** Every paragraph-level body of the sources as the ingest parses them (one body per top-level block). */
function sourceBodies(): RootContent[][] {
  const dir = path.join(root, 'content/sources');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .flatMap((name) => fromMarkdown(readFileSync(path.join(dir, name), 'utf8')).children.map((block) => [block]));
}

describe('record bodies', () => {
  it('are the serializer’s Markdown for every block of the real sources', () => {
    const bodies = sourceBodies();
    const plain = bodies.filter((body) => plainParagraphs(body) !== undefined);
    // Most of the sources' prose takes the shortcut, so the comparison covers it.
    expect(plain.length).toBeGreaterThan(bodies.length / 2);
    for (const body of bodies) expect(blockMarkdown(body)).toBe(serializedMarkdown(body));
  });

  it('are the serializer’s Markdown for text full of Markdown’s special characters', () => {
    const bodies = generatedBodies(20_000);
    const plain = bodies.filter((body) => plainParagraphs(body) !== undefined);
    expect(plain.length).toBeGreaterThan(1_000);
    const differing = bodies
      .filter((body) => blockMarkdown(body) !== serializedMarkdown(body))
      .map((body) => JSON.stringify(body));
    expect(differing).toEqual([]);
  });

  it('take the shortcut only for paragraphs of text', () => {
    const emphasis: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Stressed' }] }] },
    ];
    expect(plainParagraphs(emphasis)).toBeUndefined();
    expect(blockMarkdown(emphasis)).toBe('*Stressed*');
    expect(plainParagraphs([paragraph('One line\n  and the next.'), paragraph('Two.')])).toBe(
      'One line and the next.\n\nTwo.',
    );
  });
});
