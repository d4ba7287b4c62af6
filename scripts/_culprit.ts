import { launchBrowser } from '/work/wt/polish/scripts/browser.ts';
import { serve } from '/work/wt/polish/scripts/static-server.ts';
const [dir, base, w, ...paths] = process.argv.slice(2);
const server = await serve(dir!, base!);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewport({ width: Number(w), height: 740 });
for (const p of paths) {
  await page.goto(server.url + p.slice(1), { waitUntil: 'load' });
  console.log(p, await page.evaluate(() => {
    const cw = document.documentElement.clientWidth;
    const clipped = (e: Element) => { for (let a = e.parentElement; a; a = a.parentElement) { const s = getComputedStyle(a); if (s.overflowX !== 'visible') return a !== document.documentElement && a !== document.body; } return false; };
    const all = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > cw + 0.5).map((e) => { let a = e.parentElement; const chain = []; while (a && a !== document.body) { const s = getComputedStyle(a); if (s.overflowX !== "visible") chain.push(a.tagName + "." + a.className + ":" + s.overflowX); a = a.parentElement; } return e.tagName + " " + Math.round(e.getBoundingClientRect().right) + " " + chain.join(">"); }).slice(0, 6); return all; return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > cw + 0.5 && !clipped(e) && getComputedStyle(e).position !== 'absolute').map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 40)}`).slice(0, 8);
  }));
}
await browser.close(); await server.close();
