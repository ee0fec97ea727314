/**
 * A paragraph that swallowed numbered lines: when a page break cuts a list
 * item, the continuation starts a paragraph at the margin, and Markdown
 * reads the next items ("4. …", "5. …") as lines of that paragraph, since
 * only an item numbered 1 may interrupt one. This splits such a paragraph
 * back into its first part and the list items that follow it.
 */
import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import type { Point } from 'unist';

/** The phrasing content of each source line of a paragraph. */
function lines(paragraph: Paragraph): PhrasingContent[][] {
  const out: PhrasingContent[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      out.at(-1)?.push(child);
      continue;
    }
    const start = child.position?.start;
    child.value.split('\n').forEach((value, index) => {
      if (index > 0) out.push([]);
      if (!value) return;
      const point: Point | undefined = start && {
        line: start.line + index,
        column: index === 0 ? start.column : 1,
      };
      const end = point && { line: point.line, column: point.column + value.length };
      out.at(-1)?.push({ type: 'text', value, ...(point && end ? { position: { start: point, end } } : {}) });
    });
  }
  return out;
}

function textOf(line: PhrasingContent[]): string {
  const first = line[0];
  return first?.type === 'text' ? first.value : '';
}

/** Join lines' content with soft line breaks. */
function joined(group: PhrasingContent[][]): PhrasingContent[] {
  return group.flatMap((line, index) => (index === 0 ? line : [{ type: 'text', value: '\n' } as const, ...line]));
}

/**
 * Splits `paragraph` at lines that open items numbered `next`, `next + 1`, …
 * Returns the lead (the lines before the first item) and the items, or
 * undefined when no line opens item `next`.
 */
export function splitNumberedLines(
  paragraph: Paragraph,
  next: number,
): { lead: PhrasingContent[]; items: ListItem[] } | undefined {
  const groups: PhrasingContent[][][] = [[]];
  let expected = next;
  for (const line of lines(paragraph)) {
    const marker = /^(\d{1,2})[.)]\s+/u.exec(textOf(line));
    if (marker && Number(marker[1]) === expected) {
      expected += 1;
      const first = line[0];
      if (first?.type === 'text') {
        const cut = marker[0].length;
        const start = first.position?.start;
        line[0] = {
          type: 'text',
          value: first.value.slice(cut),
          ...(first.position && start
            ? { position: { start: { line: start.line, column: start.column + cut }, end: first.position.end } }
            : {}),
        };
      }
      groups.push([line]);
    } else {
      groups.at(-1)?.push(line);
    }
  }
  if (groups.length === 1) return undefined;
  const [lead = [], ...rest] = groups;
  const items = rest.map((group): ListItem => {
    const children = joined(group);
    const start = children[0]?.position?.start;
    const firstLine = start && { line: start.line, column: 1 };
    const end = children.at(-1)?.position?.end ?? firstLine;
    const position = firstLine && end ? { start: firstLine, end } : undefined;
    const content: Paragraph = { type: 'paragraph', children, ...(position ? { position } : {}) };
    return { type: 'listItem', spread: false, children: [content], ...(position ? { position } : {}) };
  });
  return { lead: joined(lead), items };
}
