/**
 * On a source's page, marks the lines the address names (`#L12` or
 * `#L12-L30`) and brings the first into view; follows later changes of the
 * address (a click on a line number, back and forward).
 */
function mark(): void {
  for (const line of document.querySelectorAll('.source-lines li[aria-current]')) line.removeAttribute('aria-current');
  const match = /^#L(\d+)(?:-L(\d+))?$/u.exec(location.hash);
  if (!match) return;
  const from = Number(match[1]);
  const to = Math.max(from, Number(match[2] ?? from));
  let first: HTMLElement | null = null;
  for (let number = from; number <= to; number++) {
    const line = document.getElementById(`L${number}`);
    if (!line) break;
    line.setAttribute('aria-current', 'location');
    first ??= line;
  }
  first?.scrollIntoView({ block: 'start' });
}

mark();
addEventListener('hashchange', mark);
