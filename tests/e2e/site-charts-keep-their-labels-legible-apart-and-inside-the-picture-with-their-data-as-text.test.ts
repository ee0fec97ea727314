/**
 * The pictures (bar charts, the events timeline, the world map) at desktop
 * and phone width: every label is drawn at a readable size, inside its
 * picture, and clear of every other label; the map fits the screen; and each
 * picture gives its data as text too (a table, or a link to a list on the
 * page).
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { everyPageType, viewports } from './page-types.ts';

let browser: Browser;
let page: Page;
let withCharts: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  const pages = await everyPageType(page, inject('baseUrl'));
  withCharts = [pages['events'], pages['event'], pages['countries']].filter((url) => url !== undefined);
});
afterAll(async () => {
  await browser?.close();
});

/** Smallest height of one line of label text, in CSS pixels, that a reader can read. */
const legible = 12;

test.each(Object.entries(viewports))(
  'chart labels are legible, inside their picture and apart (%s)',
  async (_, size) => {
    await page.setViewportSize(size);
    const problems: string[] = [];
    let labels = 0;
    for (const url of withCharts) {
      await page.goto(url);
      const found = await page.evaluate((minimum) => {
        const out: string[] = [];
        let count = 0;
        for (const [index, svg] of [...document.querySelectorAll('figure.chart svg')].entries()) {
          const frame = svg.getBoundingClientRect();
          if (frame.right > document.documentElement.clientWidth + 0.5)
            out.push(`picture ${index} is wider than the screen`);
          const boxes = [...svg.querySelectorAll('text')].map((text) => ({
            text: text.textContent?.trim() ?? '',
            box: text.getBoundingClientRect(),
            lines: Math.max(1, text.querySelectorAll('tspan').length),
          }));
          count += boxes.length;
          for (const { text, box, lines } of boxes) {
            if (box.height / lines < minimum) out.push(`“${text}” is ${(box.height / lines).toFixed(1)} px high`);
            if (
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5
            )
              out.push(`“${text}” leaves its picture`);
          }
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1))
              if (
                a.box.left < b.box.right &&
                b.box.left < a.box.right &&
                a.box.top < b.box.bottom &&
                b.box.top < a.box.bottom
              )
                out.push(`“${a.text}” overlaps “${b.text}”`);
        }
        return { out, count };
      }, legible);
      labels += found.count;
      problems.push(...found.out.map((problem) => `${new URL(url).pathname}: ${problem}`));
    }
    expect(labels).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  },
);

test('every picture gives its data as text: a table, or a link to a list on the page', async () => {
  for (const url of withCharts) {
    await page.goto(url);
    const figures = await page.locator('figure.chart').evaluateAll((all) =>
      all.map((figure) => {
        if (figure.querySelector('table tbody tr')) return 'table';
        const target = figure.querySelector('figcaption a[href^="#"]')?.getAttribute('href')?.slice(1);
        const list = target ? document.getElementById(target) : null;
        return list && list.querySelectorAll('li').length > 0 ? 'list' : 'nothing';
      }),
    );
    expect(figures.length, url).toBeGreaterThan(0);
    expect(figures, url).not.toContain('nothing');
  }
});
