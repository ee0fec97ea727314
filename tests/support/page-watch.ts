/**
 * Watches a browser context for what the site must never do: load anything
 * from another origin, break its Content Security Policy, log an error, or
 * open a dialog. Every request (the pages', their Web Workers' and their
 * fetches) is recorded; requests to other origins are aborted, so an offline
 * machine never waits on them.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Watch {
  /** Every requested URL, in order. */
  requests: string[];
  /** `securitypolicyviolation` events, as `directive blocked-uri`. */
  violations: string[];
  /** Console errors and uncaught exceptions (violations included). */
  errors: string[];
  /** Dialogs (alert, confirm, prompt) a page tried to open. */
  dialogs: string[];
}

const violationPrefix = 'securitypolicyviolation:';

/**
 * Runs in every document before its own scripts (Playwright's init scripts are
 * not subject to the page's CSP) and reports each violation on the console,
 * so that no violation is lost when the page navigates away.
 */
function reportViolations(prefix: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`${prefix} ${event.effectiveDirective} ${event.blockedURI || 'inline'}`);
  });
}

export async function watch(context: BrowserContext, page: Page, origin: string): Promise<Watch> {
  const result: Watch = { requests: [], violations: [], errors: [], dialogs: [] };
  await context.addInitScript(reportViolations, violationPrefix);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    result.requests.push(url);
    if (new URL(url).origin === origin) await route.continue();
    else await route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    result.errors.push(`console: ${text}`);
    if (text.startsWith(violationPrefix)) result.violations.push(text.slice(violationPrefix.length).trim());
  });
  page.on('pageerror', (error) => result.errors.push(`pageerror: ${error.message}`));
  page.on('dialog', async (dialog) => {
    result.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return result;
}

/** Requests whose origin is not the site's. */
export function foreignRequests(watched: Watch, origin: string): string[] {
  return watched.requests.filter((url) => new URL(url).origin !== origin);
}
