// One headless Chromium per test file, with a guard that fails the test when a
// page asks anything from another host (the site must load nothing from outside).
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser } from '../../scripts/browser.ts';

export { launchBrowser };

export interface GuardedPage { page: Page; foreignRequests: string[]; errors: string[] }

export async function openPage(browser: Browser, url: string): Promise<GuardedPage> {
  const page = await browser.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(url).origin;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) void req.continue();
    else { foreignRequests.push(u); void req.abort(); }
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, foreignRequests, errors };
}

export type { Browser, Page };
