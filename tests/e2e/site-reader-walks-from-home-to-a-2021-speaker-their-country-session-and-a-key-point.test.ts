import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

test('a reader goes from the home page to a 2021 speaker, their country, their session and a key point it speaks to', async () => {
  await page.goto(inject('baseUrl'));
  await page.locator('main').getByRole('link', { name: 'Speakers', exact: true }).click();
  await expect(page.locator('h1').innerText()).resolves.toBe('Speakers');

  const speaker = page.getByRole('listitem').filter({ hasText: 'Naheed Nenshi' });
  await expect(speaker.innerText()).resolves.toMatch(/Mayor.*Canada.*2021/s);
  await speaker.getByRole('link', { name: 'Naheed Nenshi' }).click();
  await expect(page.locator('h1').innerText()).resolves.toBe('Naheed Nenshi');
  await expect(page.locator('.facts').innerText()).resolves.toMatch(/Mayor/);

  await page.locator('.facts').getByRole('link', { name: 'Canada' }).click();
  await expect(page.locator('h1').innerText()).resolves.toBe('Canada');
  await expect(page.locator('.people').innerText()).resolves.toContain('Naheed Nenshi');

  await page.getByRole('link', { name: /^Session 2: Role of Cities In Addressing Racially/ }).click();
  await expect(page.locator('h1').innerText()).resolves.toMatch(/^Session 2: Role of Cities In Addressing Racially/);
  const sessionPath = new URL(page.url()).pathname;
  await expect(page.locator('.contributions').innerText()).resolves.toContain('Naheed Nenshi');
  await expect(page.locator('.breadcrumbs').innerText()).resolves.toContain(
    'The Role of Cities in Advancing Global Efforts to Prevent and Counter Violent Extremism',
  );

  const keyPoints = page.locator('#session-key-points + ul a');
  expect(await keyPoints.count()).toBeGreaterThan(0);
  const keyPointName = await keyPoints.first().innerText();
  await keyPoints.first().click();
  await expect(page.locator('h1').innerText()).resolves.toBe(keyPointName);

  // The key point leads back to a paragraph of a contribution in that session.
  const discussed = await page.locator('.discussed a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(discussed.some((href) => href?.startsWith(sessionPath) && /#p\d+$/.test(href))).toBe(true);
});
