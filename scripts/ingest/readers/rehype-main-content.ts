/**
 * Keeps a saved web page's main content: its `<main>` (or
 * `role="main"`), else its one `<article>`, else its `<body>` without the
 * site's header and footer. Inside it, navigation, sidebars, forms,
 * scripts and hidden parts are left out. The page's text is what remains;
 * nothing of a script is ever read.
 */
import type { Element, ElementContent, Root } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';

/** Never content, wherever they stand. */
const neverContent = [
  'nav',
  'aside',
  'form',
  'button',
  'dialog',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'canvas',
  '[hidden]',
  '[aria-hidden=true]',
  '[role=navigation]',
  '[role=complementary]',
  '[role=search]',
  '[role=dialog]',
].join(', ');

/** The site's own parts around the content, left out when the content is the whole body. */
const siteParts = 'header, footer, [role=banner], [role=contentinfo]';

function without(node: Element, selector: string): Element {
  const keep = (child: ElementContent): boolean => child.type !== 'element' || !matches(selector, child);
  const copy = (element: Element): Element => ({
    ...element,
    children: element.children.filter(keep).map((child) => (child.type === 'element' ? copy(child) : child)),
  });
  return copy(node);
}

/** The page's main content, or undefined when it has no body at all. */
export function mainContent(tree: Root): Element | undefined {
  const articles = selectAll('article', tree);
  const main = select('main, [role=main]', tree) ?? (articles.length === 1 ? articles[0] : undefined);
  if (main) return without(main, neverContent);
  const body = select('body', tree);
  return body && without(body, `${neverContent}, ${siteParts}`);
}

export default function rehypeMainContent() {
  return (tree: Root): Root => {
    const main = mainContent(tree);
    return { type: 'root', children: main ? [main] : [], ...(tree.position && { position: tree.position }) };
  };
}
