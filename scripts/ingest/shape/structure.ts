/**
 * Splits a repaired document tree into its head (everything before the
 * first section heading) and its sections. A section heading is a
 * heading-like line followed by prose; a session heading opens a session.
 */
import type { RootContent, Root } from 'mdast';
import { isHeadingLike, isProse, sessionHeading, type SessionHeading } from './blocks.ts';
import { readDateLine } from './head.ts';
import { peopleList } from '../speakers/people-lists.ts';
import { lineLabels } from '../repair/remark-labelled-lines.ts';
import { plainText } from './text.ts';

export interface Section {
  /** The heading block. */
  heading: RootContent;
  /** Heading text without a trailing colon. */
  title: string;
  /** Set when the heading opens a session. */
  session: SessionHeading | undefined;
  blocks: RootContent[];
}

export interface Structure {
  head: RootContent[];
  sections: Section[];
}

/** "Session I: Physical protection of …": a numbered session line is a heading in any case. */
function isNumberedSessionLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText(node);
  return !text.includes('\n') && !/[.;,]$/u.test(text) && sessionHeading(text)?.number != null && text.length <= 200;
}

function isSectionHeading(node: RootContent, next: RootContent | undefined): boolean {
  if (isNumberedSessionLine(node)) return true;
  if (!isHeadingLike(node)) return false;
  // "Moderator: Jane Doe, …" is a line about a person, not a heading.
  if (lineLabels.test(plainText(node))) return false;
  // "Panellists:" before a list of people leads into the list; it opens no section.
  if (next?.type === 'list' && !sessionHeading(plainText(node)) && peopleList(next, node)) return false;
  const session = sessionHeading(plainText(node));
  return session !== undefined || (next !== undefined && isProse(next) && !isHeadingLike(next));
}

export function splitStructure(tree: Root): Structure {
  const head: RootContent[] = [];
  const sections: Section[] = [];
  const children = tree.children;
  children.forEach((node, index) => {
    const current = sections.at(-1);
    // A dateline before any section is the head's, even when prose follows it ("Nairobi, 30 Sept. 2021").
    const dateline = !current && node.type === 'paragraph' && readDateLine(plainText(node)) !== undefined;
    if (!dateline && isSectionHeading(node, children[index + 1])) {
      const title = plainText(node).replace(/:$/u, '').trim();
      // Before any section, an unnumbered session-like line is still head text (a series such as "… Plenary Week").
      const session = sessionHeading(title);
      if (session && !session.number && !current && !isProse(children[index + 1] ?? node)) {
        head.push(node);
        return;
      }
      sections.push({ heading: node, title, session, blocks: [] });
      return;
    }
    if (current) current.blocks.push(node);
    else head.push(node);
  });
  return { head, sections };
}
