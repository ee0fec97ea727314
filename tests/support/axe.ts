/**
 * Runs axe-core in a page. The script is evaluated through the DevTools
 * protocol rather than added as a <script> tag, so the page's Content
 * Security Policy (no inline scripts) stays in force while axe checks it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Violations as `rule-id (n nodes): target, target…`, empty when the page passes. `rules` limits the
 * run to those rules (say, only the colour ones for a second colour scheme); by default all run.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    interface Result {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(options?: object): Promise<Result> } }).axe;
    const options = only ? { runOnly: { type: 'rule', values: only } } : {};
    return (await axe.run(options)).violations.map(
      (violation) =>
        `${violation.id} (${violation.nodes.length}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, rules);
}
