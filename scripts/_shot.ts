import { launchBrowser } from '/work/wt/polish/scripts/browser.ts';
import { serve } from '/work/wt/polish/scripts/static-server.ts';
const [dir, base, out, ...specs] = process.argv.slice(2);
const server = await serve(dir!, base!);
const browser = await launchBrowser();
const page = await browser.newPage();
for (const spec of specs) {
  const [p, w, full] = spec.split('@');
  await page.setViewport({ width: Number(w), height: 740 });
  await page.goto(server.url + p!.slice(1), { waitUntil: 'load' });
  const name = `${out}/${p!.replace(/\//g, '_') || 'home'}-${w}.png`;
  await page.screenshot({ path: name, fullPage: full === 'full', clip: full === 'full' ? undefined : undefined });
  console.log(name);
}
await browser.close(); await server.close();
