/**
 * Framing sections (executive summary, background, concept, objectives,
 * details) become the event's body, its key points and its labelled
 * fields. A numbered list, printed as a list or inline ("1) … 2) …"), gives
 * key points; a list whose items start with bold labels gives fields.
 */
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics.ts';
import { fieldOfLabel, isListField, splitNames, type LabelField } from './fields.ts';
import type { Section } from './structure.ts';
import { blockMarkdown, flatText } from './text.ts';

export interface KeyPoint {
  number: number;
  section: string | null;
  /** The sentence leading into the list, without its colon, or null. */
  lead: string | null;
  text: string;
  position: Position | undefined;
}

export interface Framing {
  /** Event body blocks, with each section's heading as a level-2 heading. */
  body: RootContent[];
  keyPoints: KeyPoint[];
  labelled: Partial<Record<LabelField, string | string[]>>;
}

/** Smallest inline list the parser takes as key points. */
const minInlineItems = 3;

/** "… help 1) communities …, 2) identify …, and 3) support …." → lead and items. */
export function splitInlineList(text: string): { lead: string; items: string[] } | undefined {
  const markers = [...text.matchAll(/(?:^|\s)(\d{1,2})\)\s+/gu)];
  const sequential = markers.filter((match, index) => Number(match[1]) === index + 1);
  if (sequential.length < minInlineItems || sequential.length !== markers.length) return undefined;
  const lead = text.slice(0, sequential[0]?.index ?? 0).trim();
  const items = sequential.map((match, index) => {
    const end = sequential[index + 1]?.index ?? text.length;
    return text
      .slice((match.index ?? 0) + match[0].length, end)
      .trim()
      .replace(/(?:,|;)?\s*(?:and|or)?$/u, '')
      .replace(/[,;]$/u, '');
  });
  return { lead, items };
}

function labelOf(item: ListItem): { label: string; value: string } | undefined {
  const paragraph = item.children[0];
  const strong = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (strong?.type !== 'strong' || paragraph?.type !== 'paragraph') return undefined;
  const label = flatText(strong);
  const value = flatText(paragraph.children.slice(1)).replace(/^:\s*/u, '');
  if (!label.endsWith(':') && !flatText(paragraph).slice(label.length).trim().startsWith(':')) return undefined;
  return { label: label.replace(/:$/u, ''), value };
}

/** The last sentence of a list's lead-in text, without a closing colon: "… For example, cities can help:" → "For example, cities can help". */
export function leadSentence(text: string): string | null {
  const last = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '';
  return last.replace(/\s*:?\s*$/u, '') || null;
}

function heading(text: string, position: Position | undefined): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }], position };
}

export function readFraming(sections: Section[], file: VFile): Framing {
  const framing: Framing = { body: [], keyPoints: [], labelled: {} };
  for (const section of sections) {
    const body: RootContent[] = [];
    for (const block of section.blocks) {
      if (block.type === 'list') readList(block, section, framing, body, file);
      else if (block.type === 'paragraph') readParagraph(block, section, framing, body);
      else body.push(block);
    }
    if (body.length > 0) framing.body.push(heading(section.title, section.heading.position), ...body);
  }
  return framing;
}

function readParagraph(block: Paragraph, section: Section, framing: Framing, body: RootContent[]) {
  const inline = splitInlineList(flatText(block));
  if (!inline) {
    body.push(block);
    return;
  }
  if (inline.lead)
    body.push({
      type: 'paragraph',
      children: [{ type: 'text', value: /[.:;!?]$/u.test(inline.lead) ? inline.lead : `${inline.lead}:` }],
      position: block.position,
    });
  const lead = leadSentence(inline.lead);
  inline.items.forEach((text, index) => {
    framing.keyPoints.push({ number: index + 1, section: section.title, lead, text, position: block.position });
  });
}

function readList(list: List, section: Section, framing: Framing, body: RootContent[], file: VFile) {
  const labels = list.children.map((item) => labelOf(item));
  if (labels.every((label) => label !== undefined)) {
    list.children.forEach((item, index) => {
      const { label, value } = labels[index] ?? { label: '', value: '' };
      const field = fieldOfLabel(label);
      if (!field) {
        warn(
          file,
          `Unexpected label \`${label}\`, expected one of organisers, co-sponsors, partners, format, language, interpretation, webcast, location; kept the item in the event text`,
          item.position,
          'unknown-label',
        );
        body.push({ type: 'list', ordered: list.ordered, spread: false, children: [item] });
        return;
      }
      framing.labelled[field] = isListField(field) ? splitNames(value) : value;
    });
    return;
  }
  if (!list.ordered) {
    body.push(list);
    return;
  }
  // A paragraph ending in a colon just before the list leads into it.
  const before = body.at(-1);
  const lead = before?.type === 'paragraph' && /:\s*$/u.test(flatText(before)) ? leadSentence(flatText(before)) : null;
  list.children.forEach((item, index) => {
    framing.keyPoints.push({
      number: (list.start ?? 1) + index,
      section: section.title,
      lead,
      text: blockMarkdown(item.children),
      position: item.position,
    });
  });
}
