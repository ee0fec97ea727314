/**
 * Indentation in a received document is layout (a reference block set to the
 * right, a wrapped list item), never code: a line indented four spaces is
 * read as text, not as an indented code block. Fenced code is left alone.
 */
import type { Processor } from 'unified';

export default function remarkNoIndentedCode(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}
