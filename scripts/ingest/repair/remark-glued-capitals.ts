/**
 * Removes a PDF artifact: a doubled capital glued to the start of a word
 * ("XXThe" → "The"). Real words never start with two equal capitals
 * followed by a capitalised word.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { note } from '../diagnostics.ts';

const glued = /(?<![\p{L}\p{N}])(\p{Lu})\1(?=\p{Lu}\p{Ll})/gu;
const hasGlued = new RegExp(glued.source, 'u');

export default function remarkGluedCapitals() {
  return (tree: Root, file: VFile) => {
    // One scan of the whole text first: most documents have no such artifact.
    if (!hasGlued.test(String(file.value))) return;
    visit(tree, 'text', (node) => {
      if (!hasGlued.test(node.value)) return;
      for (const match of node.value.matchAll(glued)) {
        const before = node.value.slice(0, match.index);
        const line = (node.position?.start.line ?? 1) + (before.match(/\n/gu)?.length ?? 0);
        const column = before.includes('\n')
          ? before.length - before.lastIndexOf('\n')
          : (node.position?.start.column ?? 1) + before.length;
        note(
          file,
          `Removed \`${match[0]}\` glued to the next word, a PDF artifact`,
          { line, column },
          'glued-capitals',
        );
      }
      node.value = node.value.replace(glued, '');
    });
  };
}
