/**
 * Nothing lost: every sentence of a source's text lands in exactly one
 * record (prose in bodies, header facts in fields), for both real documents
 * and the fixture meeting summary. The check reads the source on its own
 * terms (blocks split at blank lines, then sentences by Intl.Segmenter) and looks for each
 * sentence's words, in order, in the records' text and fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, ingestProject, parseRendered, projectFromFixture, root, type ParsedRecord } from './support.ts';
import { ingest } from '../../scripts/ingest/run.ts';

const months =
  /\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/u;
const footerLine =
  /^(?:(?:https?:\/\/|www\.)\S+|\[[@#][^\]]+\]\([^)]+\))(?:\s*\|\s*(?:(?:https?:\/\/|www\.)\S+|\[[@#][^\]]+\]\([^)]+\)))*$/u;
/** Words that field values may drop when a list is split ("X and the Y" → ["X", "Y"]). */
const ignorable = new Set(['and', 'the']);
/** Keys whose values are references (a key point's `section` names a heading the event holds) or bookkeeping. */
const bookkeeping = new Set(['type', 'id', 'event', 'session', 'section', 'source', 'order', 'contributions']);

function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\\(.)/gu, '$1')
    .replace(/\*+/gu, '')
    .replace(/(?<![\p{L}\p{N}])(\p{Lu})\1(?=\p{Lu}\p{Ll})/gu, '');
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !ignorable.has(word));
}

function values(value: unknown, key = ''): string[] {
  if (bookkeeping.has(key) || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => values(item));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => (name === 'id' ? [] : values(item, name)));
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

/**
 * A record's searchable words: its fields, then its body; a numbered session also reads "Session N".
 * A key point's `lead` labels it with its list's lead-in, which is the event's text: it is not counted twice.
 */
function recordWords(record: ParsedRecord): string {
  const { number } = record.data;
  const fields = Object.fromEntries(
    Object.entries(record.data).filter(([name]) => name !== 'number' && name !== 'lead'),
  );
  const session =
    record.data.type === 'session' && number
      ? `Session ${typeof number === 'string' ? number : JSON.stringify(number)} `
      : '';
  return ` ${wordsOf(`${session}${values(fields).join(' ')} ${plain(record.body)}`).join(' ')} `;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentences by the platform's own rules (Unicode sentence boundaries), not the ingest's splitter, so a bug
 * there cannot hide here; inline list markers ("… 1) a, 2) b") also end one, and a piece of fewer than
 * three words joins the next one of its item.
 */
function sentences(text: string): string[] {
  return text.split(/\s\d{1,2}\)\s/u).flatMap((part) => {
    const merged: string[] = [];
    let carry = '';
    for (const { segment } of segmenter.segment(part)) {
      const joined = `${carry} ${segment.trim()}`.trim();
      if (wordsOf(joined).length < 3) carry = joined;
      else {
        merged.push(joined);
        carry = '';
      }
    }
    if (carry) merged.push(carry);
    return merged;
  });
}

/** Items of a block: each line of a list on its own, without its marker and bold label. */
function items(block: string): string[] {
  const lines = block.split('\n');
  const list = lines.every((line) => /^\s*(?:\d{1,2}[.)]|[-*])\s/u.test(line));
  return (list ? lines : [block]).map((item) =>
    plain(item.replace(/^\s*(?:\d{1,2}[.)]|[-*])\s+/u, ''))
      .replace(/\s+/gu, ' ')
      .replace(/^(?:\p{L}[\p{L}-]*\s?){1,3}:\s+/u, ''),
  );
}

interface Check {
  label: string;
  text: string;
  records: ParsedRecord[];
}

function checkSource(
  text: string,
  records: ParsedRecord[],
): { missing: string[]; duplicated: string[]; footerLinks: string[] } {
  const corpus = records.map((record) => ({ record, words: recordWords(record) }));
  const event = records.find((record) => record.data.type === 'event');
  const blocks = text
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter(Boolean);
  const missing: string[] = [];
  const duplicated: string[] = [];
  const footerLinks: string[] = [];
  blocks.forEach((block, index) => {
    const lines = block.split('\n');
    if (lines.every((line) => footerLine.test(line.trim()))) {
      footerLinks.push(...lines.flatMap((line) => line.match(/\(([^)]+)\)|(?:www\.)\S+/gu) ?? []));
      return;
    }
    // A date line is the event's date; a label line above a list of labelled facts is structure.
    if (months.test(block) && event && block.length < 80) return;
    if (/:$/u.test(block) && /^\d+\.\s+\*\*/u.test(blocks[index + 1] ?? '')) return;
    for (const sentence of items(block).flatMap((item) => sentences(item))) {
      const needle = ` ${wordsOf(sentence).join(' ')} `;
      const found = corpus.filter(({ words }) => words.includes(needle));
      if (found.length === 0) missing.push(sentence);
      if (found.length > 1) duplicated.push(`${sentence} → ${found.map(({ record }) => record.data.id).join(', ')}`);
    }
  });
  return { missing, duplicated, footerLinks };
}

const checks: Check[] = [];

describe('nothing is lost', async () => {
  const real = await ingest({
    root,
    sourcesDir: path.join(root, 'content/sources'),
    curationFile: path.join(root, 'content/people.yaml'),
  });
  const realRecords = parseRendered(real.rendered);
  for (const source of real.sources) {
    const file = source.file.path;
    checks.push({
      label: file,
      text: readFileSync(path.join(root, file), 'utf8'),
      records: realRecords.filter(
        (record) => (record.data['source'] as { file: string }).file === file && record.data.type !== 'person',
      ),
    });
  }
  const fixture = await ingestProject(projectFromFixture('regional-forum-summary'));
  checks.push({
    label: 'fixture regional-forum-summary',
    text: readFileSync(path.join(fixturesDir, 'regional-forum-summary/input.txt'), 'utf8'),
    records: parseRendered(fixture.rendered).filter((record) => record.data.type !== 'person'),
  });

  it.each(checks.map((check) => [check.label, check] as const))(
    'every sentence of %s is in exactly one record',
    (_, check) => {
      const { missing, duplicated } = checkSource(check.text, check.records);
      expect(missing).toEqual([]);
      expect(duplicated).toEqual([]);
    },
  );

  it.each(checks.map((check) => [check.label, check] as const))(
    'running-footer links of %s are kept as event links',
    (_, check) => {
      const { footerLinks } = checkSource(check.text, check.records);
      const event = check.records.find((record) => record.data.type === 'event');
      const links = (event?.data['links'] as { url: string }[]).map((link) => link.url);
      for (const link of footerLinks)
        expect(links.some((url) => url.endsWith(link.replace(/^\(|\)$/gu, '')))).toBe(true);
    },
  );
});
