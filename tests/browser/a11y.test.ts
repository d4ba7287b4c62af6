// WCAG 2.2 AA on every built page (axe-core in Chromium), keyboard basics, and
// no request to another host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { axeViolations } from '../helpers/axe.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(DIST, '/')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page', () => {
  const pages = builtPages();
  it.each(pages)('%s passes axe with WCAG 2.2 AA and loads nothing from elsewhere', async (p) => {
    const { page, foreignRequests, errors } = await openPage(browser, server.url + p.slice(1));
    try {
      expect(await axeViolations(page)).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('on a phone (360 px)', () => {
  it.each(['/', '/gereedschap/matrix-van-camp/', '/stappen/expertises-benutten/', '/achtergrond/uitnodigen-en-uitdagen/'])('%s does not scroll sideways and passes axe', async (p) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.goto(server.url + p.slice(1), { waitUntil: 'networkidle0' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('first Tab shows the skip link, and it moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}gereedschap/dialoog/`, { waitUntil: 'networkidle0' });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { text: a.textContent, top: a.getBoundingClientRect().top };
    });
    expect(skip.text).toBe('Naar de inhoud');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  it('the phone menu link jumps to the navigation', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.goto(`${server.url}stappen/`, { waitUntil: 'networkidle0' });
    await page.click('a.menu-link');
    const navTop = await page.evaluate(() => document.getElementById('navigatie')!.getBoundingClientRect().top);
    expect(Math.abs(navTop)).toBeLessThan(5);
    await page.close();
  });
});
