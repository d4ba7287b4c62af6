import { launchBrowser } from '/work/wt/polish/scripts/browser.ts';
import { serve } from '/work/wt/polish/scripts/static-server.ts';
import { builtPages } from '/work/wt/polish/tests/helpers/dist.ts';
const dir = process.argv[2] ?? '/work/wt/polish/dist';
const base = process.argv[3] ?? '/';
const server = await serve(dir, base);
const browser = await launchBrowser();
const page = await browser.newPage();
const pages = builtPages(dir);
for (const w of [320, 360]) {
  await page.setViewport({ width: w, height: 740 });
  for (const p of pages) {
    await page.goto(server.url + p.slice(1), { waitUntil: 'load' });
    const r = await page.evaluate(() => ({ o: document.documentElement.scrollWidth - document.documentElement.clientWidth, h: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height), wide: [...document.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-3).map(e => e.tagName + '.' + e.className) }));
    if (r.o > 0 || p === '/') console.log(w, p, 'overflow', r.o, 'header', r.h, r.o > 0 ? r.wide : '');
  }
}
await browser.close(); await server.close();
