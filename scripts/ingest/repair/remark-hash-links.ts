/**
 * Links to `#` (PDF export leftovers such as `[Session 1: …](#)`) become
 * their plain text, so headings and names never carry link syntax.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export default function remarkHashLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node, index, parent) => {
      if (!parent || index === undefined || !/^#?$/u.test(node.url.trim())) return;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}
