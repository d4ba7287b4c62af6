// The default site (dist/) served with the strict policy, for what the crawl
// (tests/browser/crawl.test.ts) does not do on its way through every page: a CSP
// violation is really caught, the keyboard's first steps, the phone menu, the glossary's
// A-Z, a page of each kind loaded at desk width without moving, and the pages without
// JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoReady, launchBrowser, type Browser } from '../helpers/browser.ts';
import { servedWithCsp } from '../helpers/server.ts';
import { DIST, ONE_OF_EACH_KIND } from '../helpers/dist.ts';
import { layoutShift, MAX_SHIFT, shiftText, watchLayoutShift } from '../helpers/page-checks.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the default site, once more', () => {
  const server = servedWithCsp(DIST, '/');

  it('a CSP violation would be caught (the check works)', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective));
    });
    await gotoReady(page, server.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.x = 1';
      document.body.append(s);
    });
    await new Promise<void>((resolve, reject) => {
      const t0 = Date.now();
      const check = () => (violations.length ? resolve() : Date.now() - t0 > 5000 ? reject(new Error('geen CSP-melding binnen 5 s')) : setTimeout(check, 20));
      check();
    });
    expect(violations.join()).toContain('script-src');
    await page.close();
  });

  it(`moves nothing while a page of each kind loads at desk width (layout shift at most ${MAX_SHIFT})`, async () => {
    // The crawl loads every page at 320 px; the header is laid out differently at desk
    // width, where the theme toggle once pushed the search field aside as it appeared.
    const page = await browser.newPage();
    await watchLayoutShift(page);
    await page.setViewport({ width: 1280, height: 800 });
    const moved: string[] = [];
    // The search page as the header's field opens it: with results, and with none.
    for (const p of [...ONE_OF_EACH_KIND, '/zoeken/?q=qqxqzz']) {
      await gotoReady(page, server.url + p.slice(1));
      const shift = await layoutShift(page);
      if (shift.sum > MAX_SHIFT) moved.push(`${p}: ${shiftText(shift)}`);
    }
    await page.close();
    expect(moved).toEqual([]);
  });

  it('without JavaScript shows none of what the scripts show, and what they hide', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const wrong: string[] = [];
    for (const p of ['/', '/checklists/lerende-organisatie/', '/kleurentest/', '/sessie/']) {
      await page.goto(server.url + p.slice(1), { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        show: [...document.querySelectorAll('[data-js-show]')].map((e) => [e.id || e.className, e.checkVisibility()] as const),
        hide: [...document.querySelectorAll('[data-js-hide]')].map((e) => [e.id || e.className, e.checkVisibility()] as const),
      }));
      wrong.push(...seen.show.filter(([, v]) => v).map(([n]) => `${p}: ${n} is shown`), ...seen.hide.filter(([, v]) => !v).map(([n]) => `${p}: ${n} is hidden`));
      if (p === '/') expect(seen.show.length, p).toBe(1); // the theme toggle
      if (p === '/sessie/') expect(seen.hide.length, p).toBe(1); // the note for readers without JavaScript
      if (p.startsWith('/checklists/')) expect(seen.show.length, p).toBeGreaterThanOrEqual(6);
    }
    await page.close();
    expect(wrong).toEqual([]);
  });

  it('first Tab shows the skip link, and it moves focus to the content', async () => {
    const page = await browser.newPage();
    await gotoReady(page, `${server.url}gereedschap/dialoog/`);
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
    await gotoReady(page, `${server.url}stappen/`);
    await page.click('a.menu-link');
    const navTop = await page.evaluate(() => document.getElementById('navigatie')!.getBoundingClientRect().top);
    expect(Math.abs(navTop)).toBeLessThan(5);
    await page.close();
  });

  it('the glossary has an A-Z index: letters with terms link to their first term, the others are plain text', async () => {
    const page = await browser.newPage();
    await gotoReady(page, `${server.url}begrippen/`);
    const { letters, firstLetters } = await page.evaluate(() => ({
      letters: [...document.querySelectorAll('.az-index li')].map((li) => ({ letter: li.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') ?? null })),
      firstLetters: [...document.querySelectorAll('.terms dt')].map((dt) => ({ letter: dt.textContent!.trim().charAt(0).toUpperCase(), id: dt.id })),
    }));
    await page.close();
    expect(letters.map((l) => l.letter).slice(0, 26).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    for (const l of letters) {
      const first = firstLetters.find((f) => f.letter === l.letter);
      expect(l.href, l.letter).toBe(first ? `#${first.id}` : null);
    }
  });
});
