/**
 * Strong emphasis a page break cut in two: Markdown cannot close `**` across
 * paragraphs, so each half keeps its marker as literal text. Once the halves
 * are joined, this pairs the literal markers again and wraps what lies
 * between them in a strong node.
 */
import type { PhrasingContent } from 'mdast';

const marker = /(\*\*|__)/u;

/** Children with literal `**` (or `__`) pairs turned back into strong nodes; unpaired markers stay text. */
export function pairLiteralStrong(children: PhrasingContent[]): PhrasingContent[] {
  const pieces: (PhrasingContent | { marker: string })[] = [];
  for (const child of children) {
    if (child.type !== 'text' || !marker.test(child.value)) {
      pieces.push(child);
      continue;
    }
    for (const part of child.value.split(marker)) {
      if (part === '**' || part === '__') pieces.push({ marker: part });
      else if (part) pieces.push({ type: 'text', value: part });
    }
  }
  const out: PhrasingContent[] = [];
  let open: { marker: string; at: number } | undefined;
  for (const piece of pieces) {
    if (!('marker' in piece)) {
      out.push(piece);
      continue;
    }
    if (open?.marker === piece.marker) {
      const inner = out.splice(open.at);
      out.push({ type: 'strong', children: inner });
      open = undefined;
    } else if (!open) {
      open = { marker: piece.marker, at: out.length };
    } else {
      out.push({ type: 'text', value: piece.marker });
    }
  }
  if (open) out.splice(open.at, 0, { type: 'text', value: open.marker });
  return out;
}
