/**
 * A tiny element builder. Text goes in as text nodes, so record metadata can
 * never become markup; the only HTML the search page inserts is Pagefind's
 * excerpts, which Pagefind entity-encodes before adding `<mark>`.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** An element holding one of Pagefind's excerpts (safe HTML with `<mark>` around matches). */
export function excerpt(tag: 'p' | 'span', className: string, html: string): HTMLElement {
  const element = h(tag, { class: className });
  element.innerHTML = html;
  return element;
}

/** "1 result" / "3 results". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
