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
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const r = document.createRange(); r.selectNodeContents(n);
      const right = Math.max(0, ...[...r.getClientRects()].map((x) => x.right));
      if (right > cw + 0.5) {
        let a = n.parentElement; let clipped = false;
        while (a && a !== document.body) { if (getComputedStyle(a).overflowX !== 'visible') { clipped = true; break; } a = a.parentElement; }
        if (!clipped) out.push(`${n.parentElement!.tagName}.${n.parentElement!.className} ${Math.round(right)} "${n.textContent!.slice(0, 40)}"`);
      }
    }
    return [document.documentElement.scrollWidth - cw, ...out.slice(0, 6)];
  }));
}
await browser.close(); await server.close();
