/**
 * Copy buttons of the cite block. The buttons are `hidden` in the HTML and
 * shown here, so a reader without JavaScript never sees a dead button.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.closest('.cite-block')?.querySelector('.copy-status');
    const label = button.textContent?.trim().replace(/^Copy /, '') ?? 'citation';
    try {
      await navigator.clipboard.writeText(button.dataset['copy'] ?? '');
      if (status) status.textContent = `${label} copied to the clipboard.`;
    } catch {
      if (status) status.textContent = `Could not copy ${label}; select the text instead.`;
    }
  });
}
