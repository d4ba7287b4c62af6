import { launchBrowser } from './scripts/browser.ts';
import { serve } from './tests/helpers/server.ts';
import { storageKey, KIND, VERSION } from './src/lib/checklist/storage.ts';
import { wrap } from './src/lib/saved-data.ts';
const IDS = ['oc1','oc2','oc3','oc4','oc5','oc6','fo1','fo2','fo3','fo4','fo5','fo6','eb1','eb2','eb3','eb4','eb5','eb6'];
const ans = (d: string) => Object.fromEntries(IDS.map((id, i) => [id, Number(d[i])]));
const server = await serve('dist', '/');
const browser = await launchBrowser();
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 800 });
await page.goto(`${server.url}checklists/lerende-organisatie/`);
await page.evaluate((k, t) => { localStorage.clear(); localStorage.setItem(k, t); }, storageKey('lerende-organisatie', 'team'), JSON.stringify(wrap(KIND.team, VERSION, { checklist: 'lerende-organisatie', colleagues: [
  { checklist: 'lerende-organisatie', name: 'Anna', answers: ans('333323111111333123') },
  { checklist: 'lerende-organisatie', name: 'Bram', answers: ans('121123333222222222') }] })));
await page.reload({ waitUntil: 'networkidle0' });
await page.evaluate(() => { const d = document.querySelector('.scorer-items') as HTMLDetailsElement; d.open = true; d.scrollIntoView(); });
await new Promise((r) => setTimeout(r, 300));
await page.screenshot({ path: '/tmp/islands-shots/items-360-top.png' });
await page.emulateMediaType('print');
await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
await page.pdf({ path: '/tmp/islands-shots/checklist-print.pdf', format: 'A4' });
await browser.close(); await server.close();
