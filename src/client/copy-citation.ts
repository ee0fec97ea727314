/**
 * Copy buttons of the cite block. The buttons are `hidden` in the HTML and
 * shown here, so a reader without JavaScript never sees a dead button.
 *
 * - Address: a local build's permalinks are site-relative (`lib/urls.ts`);
 *   here they become absolute on the origin the page is served from, in what
 *   the block shows and in what the buttons copy.
 * - Pinpoint: when the page's address names one of its numbered paragraphs
 *   (`#p3`), the permalink and the APA, Chicago and MLA citations point to
 *   that paragraph, and each is followed by the style's in-text citation of
 *   it, "(Harbour Towns Forum, 2021, para. 3)". BibTeX, RIS and CSL-JSON
 *   describe the whole record and keep its permalink.
 */
const block = document.querySelector<HTMLElement>('.cite-block');
const built = block?.dataset['permalink'] ?? '';
const token = block?.dataset['pinpointToken'] ?? '';
const whole = new URL(built, location.href).href;
const shown = [...(block?.querySelectorAll<HTMLElement>('.cite-text') ?? [])].map((element) => ({
  element,
  html: element.innerHTML,
}));
// BibTeX, RIS and CSL-JSON as shown: their permalink is made absolute too, never pinpointed.
const data = [...(block?.querySelectorAll<HTMLElement>('pre code') ?? [])].map((element) => ({
  element,
  text: element.textContent ?? '',
}));

/** The paragraph number the address names, when it is one of this page's paragraph marks. */
function paragraph(): string | null {
  const match = /^#p(\d+)$/u.exec(location.hash);
  return match && document.getElementById(`p${match[1]}`)?.classList.contains('para-mark') ? (match[1] ?? null) : null;
}

/** What a button copies: its text with the permalink made absolute, and pinpointed where that applies. */
function copyText(button: HTMLButtonElement, number: string | null): string {
  const text = button.dataset['copy'] ?? '';
  if (!built) return text;
  if (button.dataset['cite'] === 'data') return text.split(built).join(whole);
  const cited = text.split(built).join(number ? `${whole}#p${number}` : whole);
  const pinpoint = button.dataset['pinpoint'];
  return number && pinpoint && token ? `${cited}\n${pinpoint.split(token).join(number)}` : cited;
}

/** Shows what the buttons copy: the absolute permalink, the paragraph's anchor and the in-text citations. */
function show(): void {
  if (!block || !built) return;
  const number = paragraph();
  const target = number ? `${whole}#p${number}` : whole;
  for (const { element, html } of shown) {
    element.innerHTML = html;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.nodeValue?.includes(built)) node.nodeValue = node.nodeValue.split(built).join(target);
    for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]'))
      if (link.getAttribute('href') === built) link.href = target;
  }
  for (const { element, text } of data) element.textContent = text.split(built).join(whole);
  for (const old of block.querySelectorAll('.cite-in-text, .cite-pinpoint')) old.remove();
  if (!number) return;
  const note = document.createElement('p');
  note.className = 'cite-pinpoint';
  note.textContent = `Citing paragraph ${number}: the permalink and the APA, Chicago and MLA citations point to it. `;
  const back = document.createElement('a');
  back.href = '#cite-heading';
  back.textContent = 'Cite the whole record';
  note.append(back);
  block.querySelector('#cite-heading')?.after(note);
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-pinpoint]')) {
    const line = document.createElement('p');
    line.className = 'cite-in-text';
    line.textContent = `In the text: ${(button.dataset['pinpoint'] ?? '').split(token).join(number)}`;
    button.before(line);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  // The handler's promise is its own: every failure is caught and shown in its status line.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a click handler may be async; nothing awaits it
  button.addEventListener('click', async () => {
    const status = button.closest('.cite-block')?.querySelector('.copy-status');
    const label = button.textContent?.trim().replace(/^Copy /, '') ?? 'citation';
    try {
      await navigator.clipboard.writeText(copyText(button, paragraph()));
      if (status) status.textContent = `${label} copied to the clipboard.`;
    } catch {
      if (status) status.textContent = `Could not copy ${label}; select the text instead.`;
    }
  });
}
show();
addEventListener('hashchange', show);
