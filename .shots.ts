import { launchBrowser } from './scripts/browser.ts';
import { serve } from './tests/helpers/server.ts';
import { exportFile, storageKey, KIND, VERSION } from './src/lib/checklist/storage.ts';
import { wrap } from './src/lib/saved-data.ts';
const IDS = ['oc1','oc2','oc3','oc4','oc5','oc6','fo1','fo2','fo3','fo4','fo5','fo6','eb1','eb2','eb3','eb4','eb5','eb6'];
const ans = (d: string) => Object.fromEntries(IDS.map((id, i) => [id, Number(d[i])]));
const server = await serve(process.env.DIST ?? 'dist', '/');
const browser = await launchBrowser();
for (const width of [360, 1280]) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('pageerror', String(e)));
  page.on('dialog', (d) => void d.accept());
  await page.setViewport({ width, height: 900 });
  await page.goto(`${server.url}checklists/lerende-organisatie/`);
  await page.evaluate((k, t, v, r) => { localStorage.clear(); localStorage.setItem(k, t); localStorage.setItem(v, r); },
    storageKey('lerende-organisatie', 'team'), JSON.stringify(wrap(KIND.team, VERSION, { checklist: 'lerende-organisatie', colleagues: [
      { checklist: 'lerende-organisatie', name: 'Anna', answers: ans('333323111111333123') },
      { checklist: 'lerende-organisatie', name: 'Bram', answers: ans('121123333222222222') }] })),
    storageKey('lerende-organisatie', 'rounds'), JSON.stringify(wrap(KIND.rounds, VERSION, { checklist: 'lerende-organisatie', rounds: [{ label: 'nulmeting', date: '2025-09-01', sets: [ans('111111222222111111')] }] })));
  await page.reload({ waitUntil: 'networkidle0' });
  for (const [i, id] of IDS.entries()) await page.click(`input[name="${id}"][value="${'222222222222222222'[i]}"]`);
  await page.select('#scorer-baseline', '0');
  await page.click('#scorer-download');
  await page.evaluate(() => (document.querySelector('.scorer-items') as HTMLDetailsElement).open = true);
  await new Promise((r) => setTimeout(r, 300));
  const el = await page.$('#uitkomst');
  await el!.screenshot({ path: `/tmp/islands-shots/checklist-result-${width}.png` });
  await (await page.$('.scorer-items'))!.screenshot({ path: `/tmp/islands-shots/checklist-items-${width}.png` });
  await (await page.$('#scorer-compare'))!.screenshot({ path: `/tmp/islands-shots/checklist-compare-${width}.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  const el2 = await page.$('#samen');
  await el2!.screenshot({ path: `/tmp/islands-shots/checklist-team-${width}.png` });
  await page.close();

  const kt = await browser.newPage();
  kt.on('pageerror', (e) => console.log('pageerror', String(e)));
  await kt.setViewport({ width, height: 900 });
  await kt.goto(`${server.url}kleurentest/`);
  await kt.evaluate(() => localStorage.clear());
  await kt.reload({ waitUntil: 'networkidle0' });
  await kt.screenshot({ path: `/tmp/islands-shots/kt-start-${width}.png` });
  const first = await kt.$('[data-item]');
  const inputs = await first!.$$('input[type="number"]');
  await inputs[0]!.click({ count: 3 }); await kt.keyboard.type('6');
  await inputs[1]!.click({ count: 3 }); await kt.keyboard.type('5');
  await first!.screenshot({ path: `/tmp/islands-shots/kt-item-over-${width}.png` });
  const key = await kt.$$eval('.kt-key tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim().toLowerCase())));
  const ids = await kt.$$eval('[data-item]', (els) => els.map((e) => (e as HTMLElement).dataset.item!));
  const order = ['blauw', 'groen', 'geel', 'rood', 'wit'];
  await kt.evaluate((answers) => localStorage.setItem('samen-leren:kleurentest:antwoorden', JSON.stringify({ app: 'samen-leren', kind: 'kleurentest-antwoorden', version: 1, savedAt: new Date().toISOString(), data: { scoredBy: 'self', name: '', answers } })),
    Object.fromEntries(ids.map((id, n) => [id, key[n]!.map((c) => ((order.indexOf(c) - n + 20) % 5 < 3 ? 2 : 1))])));
  await kt.reload({ waitUntil: 'networkidle0' });
  await kt.click('[data-download]');
  await (await kt.$('#profiel'))!.screenshot({ path: `/tmp/islands-shots/kt-profile-nostrong-${width}.png` });
  await (await kt.$('.kt-paper'))!.screenshot({ path: `/tmp/islands-shots/kt-paper-${width}.png` });
  await kt.close();
}
await browser.close();
await server.close();
