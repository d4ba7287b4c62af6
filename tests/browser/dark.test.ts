// Light and dark (issue 17), in a real Chromium: the theme follows the system, the
// toggle is remembered and applied before the first paint (no flash), the colour
// test's five colours stay themselves, and print is always light. Plus the build's
// check of the dark tints of a brand's colours.
//
// That every page kind passes axe in both themes at 360 and 1280 px (the example
// school's colours too) is checked by the crawl, which has those pages open anyway
// (tests/browser/crawl.test.ts, "… in the dark theme at 360 and 1280 px").
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, gotoReady, reloadReady, type Browser, type Page } from '../helpers/browser.ts';
import { servedWithCsp } from '../helpers/server.ts';
import { DIST } from '../helpers/dist.ts';
import { checkBrandFolder } from '../../scripts/check.ts';
import { contrastRatio, DARK_SURFACES, lightenToContrast } from '../../src/lib/shared/contrast.ts';

const THEME_KEY = 'samen-leren-thema';
type Theme = 'light' | 'dark';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const DARK_PAPER = 'rgb(21, 24, 29)';
const LIGHT_PAPER = 'rgb(255, 255, 255)';

/** Answers every situation of the colour test, so that its chart appears. */
async function fillInColourTest(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const item of document.querySelectorAll('[data-item]')) {
      const plus = [...item.querySelectorAll<HTMLButtonElement>('[data-step="1"]')];
      for (let i = 0; i < 40; i++) {
        const b = plus[i % plus.length]!;
        if (b.getAttribute('aria-disabled') !== 'true') b.click();
      }
    }
  });
  await page.waitForSelector('[data-chart] svg', { visible: true });
}

describe('the toggle', () => {
  const server = servedWithCsp(DIST, '/');

  it('follows the system until the reader chooses; the choice is remembered and set before the first paint', async () => {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    // The background of the very first frame, before anything is painted.
    await page.evaluateOnNewDocument(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await gotoReady(page, `${server.url}gereedschap/dialoog/`);
    expect(await paper(page)).toBe(LIGHT_PAPER);
    const toggle = '[data-theme-toggle]';
    expect(await page.$eval(toggle, (b) => [(b as HTMLElement).hidden, b.getAttribute('aria-pressed'), b.querySelector('.theme-text')!.textContent])).toEqual([false, 'false', 'Donker']);

    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await paper(page)).toBe(DARK_PAPER);
    // The media query's change event comes after the emulation: wait for it, don't race it.
    await page.waitForFunction((s) => document.querySelector(s)!.getAttribute('aria-pressed') === 'true', { timeout: 5000 }, toggle);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

    await page.click(toggle);
    expect(await paper(page)).toBe(DARK_PAPER);
    expect(await page.$eval(toggle, (b) => b.getAttribute('aria-pressed'))).toBe('true');
    expect(await page.evaluate((k) => localStorage.getItem(k), THEME_KEY)).toBe('dark');

    // Another page, system still light: dark from the first frame on.
    await gotoReady(page, `${server.url}stappen/`);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(DARK_PAPER);
    expect(await paper(page)).toBe(DARK_PAPER);

    // And back: light, also when the system is dark.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.click(toggle);
    await reloadReady(page);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(LIGHT_PAPER);
    expect(await page.$eval(toggle, (b) => b.getAttribute('aria-pressed'))).toBe('false');
    await page.close();
  });

  it('printing is always light, whatever the theme', async () => {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await gotoReady(page, `${server.url}gereedschap/achtbaan/`);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect(await paper(page)).toBe(DARK_PAPER);
    await page.emulateMediaType('print');
    expect(await paper(page)).toBe(LIGHT_PAPER);
    expect(await page.$eval('main h1', (h) => getComputedStyle(h).color)).toBe('rgb(31, 78, 121)');
    await page.close();
  });

  it('the colour test’s five colours are the same in both themes', async () => {
    const page = await browser.newPage();
    const fills = async (theme: Theme) => {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await gotoReady(page, `${server.url}kleurentest/`);
      await fillInColourTest(page);
      return page.$$eval('[data-chart] .kt-bar', (bars) => bars.map((b) => getComputedStyle(b).fill));
    };
    const light = await fills('light');
    expect(light).toHaveLength(5);
    expect(await fills('dark')).toEqual(light);
    await page.close();
  });
});

describe('the dark tints of a brand’s colours', () => {
  it('are derived with the same hue and reach 4.5:1 on the dark surfaces', () => {
    for (const c of ['#1f4e79', '#9c4a00', '#2d6a4f', '#b3541e', '#000000', '#6b21a8', '#0000ff']) {
      const d = lightenToContrast(c)!;
      for (const s of DARK_SURFACES) expect(contrastRatio(d, s.hex), `${c} -> ${d}`).toBeGreaterThanOrEqual(4.5);
    }
    const css = fs.readFileSync(path.join(DIST, fs.readdirSync(path.join(DIST, '_brand')).filter((f) => f.endsWith('.css')).map((f) => `_brand/${f}`)[0]!), 'utf8');
    expect(css).toContain(`--brand-primary-dark: ${lightenToContrast('#1f4e79')};`);
  });

  // The build's first step (scripts/check.ts runs the same checks, with the same
  // messages); that a failing check stops the build and keeps the previous one is
  // proven end to end in tests/brand.test.ts.
  it('a tint given in brand.yaml that is too dark stops the build with a Dutch message', () => {
    const dir = path.resolve('.build', 'dark-test-brand');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(path.resolve('content', 'brand'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'brand.yaml'), fs.readFileSync(path.join(dir, 'brand.yaml'), 'utf8').replace('  accent: "#9c4a00"', '  accent: "#9c4a00"\n  primaryDark: "#1f4e79"'));
    try {
      const result = checkBrandFolder(dir);
      expect(result.ok).toBe(false);
      const output = result.ok ? '' : result.message;
      expect(output).toContain('veld "colours.primaryDark": #1f4e79 heeft in de donkere weergave te weinig contrast');
      expect(output).toContain(`Kies een lichtere kleur, bijvoorbeeld "${lightenToContrast('#1f4e79')}"`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
