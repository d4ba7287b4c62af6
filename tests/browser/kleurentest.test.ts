// The colour test in a real Chromium, on the built site: answer every situation
// with the − and + buttons, read the profile, reload, share and import profiles,
// and survive broken imports and broken saved data. Also: the paper version
// without JavaScript, accessibility (axe) and the size of the island.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, gotoReady, reloadReady, openPage, withoutServiceWorker, type Browser, type Page } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { builtPages, DIST, readDist } from '../helpers/dist.ts';
import { encodeCode, wrap } from '../../src/lib/shared/saved-data.ts';
import { KINDS } from '../../src/lib/shared/kleurentest/validate.ts';

const KEY_ANSWERS = 'samen-leren:kleurentest:antwoorden';
const KEY_TEAM = 'samen-leren:kleurentest:team';

let server: StaticServer;
let browser: Browser;
let url: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kleurentest-'));

beforeAll(async () => {
  server = await serve(DIST, '/');
  browser = await launchBrowser();
  url = `${server.url}kleurentest/`;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * A fresh page with empty storage: in a browser context of its own (no clearing and
 * reloading a shared one), without a service worker, as the other island tests
 * (tests/helpers/island-pages.ts says why).
 */
async function freshPage(): Promise<{ page: Page; foreignRequests: string[]; errors: string[] }> {
  const context = await browser.createBrowserContext();
  const guarded = await openPage(context as unknown as Browser, url, withoutServiceWorker);
  guarded.page.on('dialog', (d) => void d.accept());
  return guarded;
}

/** The key of the paper version, read from the page: per situation, the colour name of answers A–E. */
async function readKey(page: Page): Promise<string[][]> {
  return page.$$eval('.kt-key tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim().toLowerCase())));
}

// Points per colour for even and odd situations. Over twelve situations:
// blauw 36 (38%, sterk), groen 24 (25%, sterk), geel 18 (19%, gemiddeld), rood 12 (13%, zwak), wit 6 (6%, zwak).
const PATTERN = [
  { blauw: 3, groen: 2, geel: 2, rood: 1, wit: 0 },
  { blauw: 3, groen: 2, geel: 1, rood: 1, wit: 1 },
] as const;

/**
 * Answers every situation by clicking the + buttons, following PATTERN through the key.
 * The clicks are the buttons' own (element.click() in the page, one round trip for all
 * 96), not Puppeteer's mouse: what a mouse, a finger and the keyboard do with these
 * buttons is tested once, in "divides points with − and +".
 */
async function answerAll(page: Page): Promise<void> {
  const key = await readKey(page);
  expect(await page.$$eval('[data-item]', (items) => items.length)).toBe(key.length);
  await page.evaluate((key, pattern) => {
    document.querySelectorAll('[data-item]').forEach((item, n) => {
      const plus = [...item.querySelectorAll<HTMLElement>('[data-step="1"]')];
      const points = pattern[n % 2]! as Record<string, number>;
      for (let i = 0; i < 5; i++) for (let k = 0; k < points[key[n]![i]!]!; k++) plus[i]!.click();
    });
  }, key, PATTERN as unknown as Array<Record<string, number>>);
}

/** Chooses a file in the import field, as a person would. */
async function upload(page: Page, file: string): Promise<void> {
  const input = (await page.$('input#kt-file'))!;
  await input.uploadFile(file);
}

/** The copies of unreadable saved data set aside for a key, oldest first. */
const copiesOf = (page: Page, key: string) =>
  page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:kapot:`)).sort().map((x) => localStorage.getItem(x)), key);

const text = (page: Page, sel: string) => page.$eval(sel, (e) => (e as HTMLElement).innerText.trim());
const visible = (page: Page, sel: string) => page.$eval(sel, (e) => !!(e as HTMLElement).offsetParent);

describe('the colour test in the browser', () => {
  it('divides points with − and +, never more than 8, and tells what is left', async () => {
    const { page, errors } = await freshPage();
    const first = await page.$('[data-item]');
    const plus = await first!.$$('[data-step="1"]');
    const minus = await first!.$$('[data-step="-1"]');
    const inputs = await first!.$$('input[type="number"]');
    const values = () => Promise.all(inputs.map((i) => i.evaluate((e) => Number((e as HTMLInputElement).value))));

    expect(await minus[0]!.evaluate((b) => b.getAttribute('aria-disabled'))).toBe('true');
    for (let k = 0; k < 5; k++) await plus[0]!.click();
    expect(await values()).toEqual([5, 0, 0, 0, 0]);
    expect(await text(page, '[data-item] [data-rest]')).toBe('Nog 3 van de 8 punten te verdelen.');
    // The screen reader hears the change.
    await page.waitForFunction(() => document.querySelector('[data-announce]')!.textContent!.includes('Antwoord A: 5 punten'));

    // By keyboard: one tab stop per answer, and the arrow keys change the number.
    await inputs[0]!.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.id)).toBe(await inputs[1]!.evaluate((e) => e.id));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await values()).toEqual([5, 2, 0, 0, 0]);

    // Typing more than is left gives what is left, and says so (on screen and to a screen reader).
    await inputs[2]!.click({ count: 3 });
    await page.keyboard.type('7');
    expect(await values()).toEqual([5, 2, 1, 0, 0]);
    const over = 'Antwoord C kan geen 7 punten krijgen: er waren er nog 1 over. Het staat nu op 1. Klaar. Alle 8 punten zijn verdeeld.';
    expect(await text(page, '[data-item] [data-rest]')).toBe(over);
    await page.waitForFunction((m) => document.querySelector('[data-announce]')!.textContent === m, {}, over);

    // At 0 left every + is disabled and does nothing.
    for (const p of plus) expect(await p.evaluate((b) => b.getAttribute('aria-disabled'))).toBe('true');
    await plus[4]!.click();
    expect(await values()).toEqual([5, 2, 1, 0, 0]);
    await minus[0]!.click();
    expect(await values()).toEqual([4, 2, 1, 0, 0]);
    expect(await plus[4]!.evaluate((b) => b.getAttribute('aria-disabled'))).toBe('false');

    // Start again: after confirming, every box is empty and that is announced.
    await page.click('[data-reset]');
    expect(await values()).toEqual([0, 0, 0, 0, 0]);
    await page.waitForFunction(() => document.querySelector('[data-announce]')!.textContent === 'Je antwoorden zijn gewist.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the profile after the last situation, keeps it after a reload, and shares it as a code', async () => {
    const { page, errors, foreignRequests } = await freshPage();
    expect(await visible(page, '[data-waiting]')).toBe(true);
    await answerAll(page);
    expect(await text(page, '[data-progress]')).toBe('Alle situaties zijn ingevuld. Je profiel staat hieronder.');
    expect(await visible(page, '[data-result]')).toBe(true);

    const readProfile = async () => ({
      chart: await page.$eval('[data-chart] svg', (svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent)),
      label: await page.$eval('[data-chart] svg', (svg) => svg.getAttribute('aria-label')),
      levels: await page.$$eval('[data-levels] > li', (lis) => lis.map((li) => li.querySelector('strong')!.textContent)),
      strongest: await text(page, '[data-strongest]'),
    });
    const profile = await readProfile();
    // The chart carries names and values as text, not only colour.
    expect(profile.chart).toEqual(expect.arrayContaining(['Geel', 'Blauw', 'Rood', 'Groen', 'Wit', '38% sterk', '25% sterk', '19% gemiddeld', '13% zwak', '6% zwak']));
    expect(profile.label).toContain('Blauw: 38% sterk');
    expect(profile.levels).toEqual(['Geel: gemiddeld', 'Blauw: sterk', 'Rood: zwak', 'Groen: sterk', 'Wit: zwak']);
    expect(profile.strongest).toBe('Je sterkste kleur: blauw.');
    expect(await text(page, '[data-overuse]')).toContain('Als je altijd voor blauw kiest');
    const levelsText = await text(page, '[data-levels]');
    expect(levelsText).toContain('36 punten, 38%');
    // Links to the tool page and to tools per colour.
    const links = await page.$$eval('#profiel a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/gereedschap/kleuren-van-verandering/', '/gereedschap/achtbaan/', '/gereedschap/collegiale-consultatie/']));

    await reloadReady(page);
    expect(await readProfile()).toEqual(profile);
    const firstValues = await page.$$eval('[data-item] input[type="number"]', (is) => is.slice(0, 5).map((i) => (i as HTMLInputElement).value));
    expect(firstValues.reduce((a, b) => a + Number(b), 0)).toBe(8);

    // Share as a code: it holds the name and the points per colour.
    await page.click('[data-make-code]');
    const code = await page.$eval('#kt-code-out', (t) => (t as HTMLTextAreaElement).value);
    expect(code).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const decoded = JSON.parse(Buffer.from(code, 'base64url').toString('utf8'));
    expect(decoded).toMatchObject({ app: 'samen-leren', kind: 'kleurentest-profiel', version: 1, data: { scoredBy: 'self', items: 12, pointsPerItem: 8, totals: { blauw: 36, groen: 24, geel: 18, rood: 12, wit: 6 } } });
    expect(Object.keys(decoded.data).sort()).toEqual(['items', 'name', 'pointsPerItem', 'scoredBy', 'totals']);

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('lets a colleague score someone else, and that profile can be imported elsewhere', async () => {
    const { page } = await freshPage();
    await page.click('input[name="scoredBy"][value="colleague"]');
    await page.type('#kt-name', 'Anna');
    expect(await text(page, '[data-question]')).toBe('Wat doet Anna het liefst? Verdeel 8 punten over de vijf antwoorden.');
    await answerAll(page);
    expect(await text(page, '[data-profile-heading]')).toBe('Profiel van Anna');
    await page.click('[data-make-code]');
    const code = await page.$eval('#kt-code-out', (t) => (t as HTMLTextAreaElement).value);
    await page.close();

    // Someone else, in another browser profile, imports the code.
    const other = await browser.createBrowserContext();
    const page2 = await other.newPage();
    await gotoReady(page2, url);
    await page2.type('#kt-code-in', code);
    await page2.click('[data-import-code]');
    expect(await text(page2, '[data-team-status]')).toBe('Het profiel van Anna (ingevuld door een collega) is toegevoegd.');
    expect(await page2.$$eval('.kt-team-table tbody th', (ths) => ths.map((t) => t.textContent))).toEqual(['Anna (ingevuld door een collega)']);
    await other.close();
  });

  it('imports colleagues\u2019 profiles from files and codes and shows the team profile', async () => {
    const { page, errors } = await freshPage();
    await answerAll(page); // own profile: blauw and groen strong, rood and wit weak
    const profile = (name: string, totals: Record<string, number>) => wrap(KINDS.profile.kind, KINDS.profile.version, { name, scoredBy: 'self', items: 12, pointsPerItem: 8, totals });
    const bram = path.join(tmp, 'bram.json');
    fs.writeFileSync(bram, JSON.stringify(profile('Bram', { geel: 20, blauw: 40, rood: 12, groen: 14, wit: 10 })));
    await upload(page, bram);
    await page.waitForFunction(() => document.querySelector('[data-team-status]')!.textContent!.includes('Bram'));
    await page.type('#kt-code-in', encodeCode(profile('Chris', { geel: 22, blauw: 38, rood: 10, groen: 16, wit: 10 })));
    await page.click('[data-import-code]');
    expect(await text(page, '[data-team-status]')).toBe('Het profiel van Chris is toegevoegd.');
    expect(await page.$eval('#kt-code-in', (t) => (t as HTMLTextAreaElement).value)).toBe('');

    const rows = await page.$$eval('.kt-team-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(rows.map((r) => r[0])).toEqual(['Jij', 'Bram', 'Chris']);
    expect(rows[1]!.slice(1, 6)).toEqual(['21% gemiddeld', '42% sterk', '13% zwak', '15% zwak', '10% zwak']);
    expect(await visible(page, '[data-team-result]')).toBe(true);
    expect(await text(page, '[data-team-summary]')).toBe('Veel aanwezig in jullie team: blauw. Weinig aanwezig in jullie team: rood en wit.');
    const teamColours = await page.$$eval('[data-team-colours] > li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
    expect(teamColours[1]).toContain('Sterk bij: Jij, Bram en Chris.');
    expect(teamColours[4]).toContain('Bij niemand sterk.');
    expect(await page.$$eval('[data-team-chart] svg text', (ts) => ts.map((t) => t.textContent))).toEqual(expect.arrayContaining(['Blauw', '40% sterk']));

    // The same file again is not added twice.
    await upload(page, bram);
    await page.waitForFunction(() => document.querySelector('[data-team-status]')!.textContent!.includes('stond er al in'));
    expect(await page.$$eval('.kt-team-table tbody tr', (trs) => trs.length)).toBe(3);

    // Kept after a reload.
    await reloadReady(page);
    expect(await page.$$eval('.kt-team-table tbody th', (ths) => ths.map((t) => t.textContent))).toEqual(['Jij', 'Bram', 'Chris']);

    // Remove Bram with the keyboard; focus stays in the list.
    await page.focus('.kt-team-table tbody tr:nth-child(2) button');
    await page.keyboard.press('Enter');
    expect(await page.$$eval('.kt-team-table tbody th', (ths) => ths.map((t) => t.textContent))).toEqual(['Jij', 'Chris']);
    expect(await text(page, '[data-team-status]')).toBe('Bram is weggehaald.');
    expect(await page.evaluate(() => document.activeElement?.closest('.kt-team-table') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses broken and hostile imports with a Dutch message and loses nothing', async () => {
    const { page, errors } = await freshPage();
    const good = wrap(KINDS.profile.kind, KINDS.profile.version, { name: 'Dana', scoredBy: 'self', items: 12, pointsPerItem: 8, totals: { geel: 20, blauw: 20, rood: 20, groen: 20, wit: 16 } });
    await page.type('#kt-code-in', encodeCode(good));
    await page.click('[data-import-code]');
    const savedBefore = await page.evaluate((k) => localStorage.getItem(k), KEY_TEAM);

    const cases: Array<[string, string]> = [
      ['kapot.json', '{"app": "samen-leren", "kind":'],
      ['ander.json', JSON.stringify({ hello: 'world' })],
      ['checklist.json', JSON.stringify(wrap('checklist', 1, {}))],
      ['te-veel.json', JSON.stringify(wrap(KINDS.profile.kind, 1, { name: 'X', scoredBy: 'self', items: 12, pointsPerItem: 8, totals: { geel: 90, blauw: 20, rood: 20, groen: 20, wit: 16 } }))],
      ['nieuwer.json', JSON.stringify(wrap(KINDS.profile.kind, 99, {}))],
      ['leeg.json', ''],
    ];
    const expected = [
      'Dit is geen profiel van de kleurentest. Heb je de hele code geplakt? Er is niets veranderd.',
      'Dit bestand komt niet uit dit handboek. Er is niets veranderd.',
      'Dit bestand komt wel uit dit handboek, maar het is geen profiel van de kleurentest. Er is niets veranderd.',
      'Dit profiel is beschadigd of klopt niet, bijvoorbeeld omdat de punten niet goed optellen. Er is niets veranderd.',
      'Dit profiel is gemaakt met een andere versie van de kleurentest en kan niet worden gelezen. Er is niets veranderd.',
      'Er is niets om toe te voegen. Kies een bestand of plak een code. Er is niets veranderd.',
    ];
    for (const [i, [name, content]] of cases.entries()) {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, content);
      await upload(page, file);
      await page.waitForFunction((msg) => document.querySelector('[data-team-error]')!.textContent === msg, { timeout: 5000 }, expected[i]!);
      expect(await page.$eval('[data-team-error]', (e) => e.getAttribute('role'))).toBe('alert');
    }
    // A big file is refused before it is read.
    const big = path.join(tmp, 'groot.json');
    fs.writeFileSync(big, 'x'.repeat(300_000));
    await upload(page, big);
    await page.waitForFunction(() => document.querySelector('[data-team-error]')!.textContent!.startsWith('Dit bestand is te groot'));
    // A pasted code that is not one.
    await page.type('#kt-code-in', 'dit-is-geen-code!!');
    await page.click('[data-import-code]');
    expect(await text(page, '[data-team-error]')).toContain('Er is niets veranderd.');
    expect(await page.$eval('#kt-code-in', (t) => (t as HTMLTextAreaElement).value)).toBe('dit-is-geen-code!!');

    // Nothing was lost.
    expect(await page.$$eval('.kt-team-table tbody th', (ths) => ths.map((t) => t.textContent))).toEqual(['Dana']);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY_TEAM)).toBe(savedBefore);

    // A name with markup is shown as text, never run.
    const hostile = path.join(tmp, 'hostile.json');
    fs.writeFileSync(hostile, JSON.stringify(wrap(KINDS.profile.kind, 1, { name: '<img src=x onerror="window.pwned=1">', scoredBy: 'self', items: 12, pointsPerItem: 8, totals: { geel: 20, blauw: 20, rood: 20, groen: 20, wit: 16 } })));
    await upload(page, hostile);
    await page.waitForFunction(() => document.querySelectorAll('.kt-team-table tbody tr').length === 2);
    expect(await page.$$eval('.kt-team-table tbody th', (ths) => ths.map((t) => t.textContent))).toEqual(['Dana', '<img src=x onerror="window.pwned=1">']);
    expect(await page.$$eval('.kt-team-table img, [data-team-colours] img', (imgs) => imgs.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working with corrupt saved data, says so, and keeps the old data aside', async () => {
    const { page, errors } = await freshPage();
    await page.evaluate(
      ([a, t]) => {
        localStorage.setItem(a!, '{"app":"samen-leren","kind":"kleurentest-antwoorden","version":1,"data":{"scoredBy":"self","answers":{"leesmethode":[9,9,9,9,9]}}}');
        localStorage.setItem(t!, 'niet eens JSON');
      },
      [KEY_ANSWERS, KEY_TEAM],
    );
    await reloadReady(page);
    const notice = await text(page, '[data-notice]');
    expect(notice).toContain('Je eerder bewaarde antwoorden waren beschadigd');
    expect(notice).toContain('Je eerder bewaarde teamoverzicht was beschadigd');
    expect(await copiesOf(page, KEY_TEAM)).toEqual(['niet eens JSON']);
    expect(await copiesOf(page, KEY_ANSWERS)).toEqual([expect.stringContaining('[9,9,9,9,9]')]);
    expect(notice).toContain(`De oude gegevens zijn apart in deze browser bewaard, onder ‘${KEY_ANSWERS}:kapot:`);
    // The test starts empty and works.
    expect(await page.$$eval('[data-item] input[type="number"]', (is) => is.every((i) => (i as HTMLInputElement).value === '0'))).toBe(true);
    await page.click('[data-item] [data-step="1"]');
    expect(await page.$eval('[data-item] input[type="number"]', (i) => (i as HTMLInputElement).value)).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets a second corrupt value aside next to the first one, never over it', async () => {
    const { page, errors } = await freshPage();
    await page.evaluate((k) => localStorage.setItem(k, 'eerste kapotte waarde'), KEY_ANSWERS);
    await reloadReady(page);
    await page.click('[data-item] [data-step="1"]'); // saves good answers over the key
    await page.evaluate((k) => localStorage.setItem(k, 'tweede kapotte waarde'), KEY_ANSWERS);
    await reloadReady(page);
    await page.click('[data-item] [data-step="1"]');
    await reloadReady(page);
    expect(await copiesOf(page, KEY_ANSWERS)).toEqual(['eerste kapotte waarde', 'tweede kapotte waarde']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps at most five copies, removes the oldest first, and says so', async () => {
    const { page, errors } = await freshPage();
    await page.evaluate((k) => {
      for (let i = 1; i <= 5; i++) localStorage.setItem(`${k}:kapot:2020-01-0${i}T00:00:00.000Z`, `oud ${i}`);
      localStorage.setItem(k, 'nieuw kapot');
    }, KEY_TEAM);
    await reloadReady(page);
    expect(await copiesOf(page, KEY_TEAM)).toEqual(['oud 2', 'oud 3', 'oud 4', 'oud 5', 'nieuw kapot']);
    expect(await text(page, '[data-notice]')).toContain('Er blijven hoogstens 5 beschadigde kopieën bewaard: de oudste is daarvoor weggehaald.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not claim a copy it could not write, and then never overwrites the original', async () => {
    const { page, errors } = await freshPage();
    await page.evaluate((k) => localStorage.setItem(k, 'enige kopie'), KEY_ANSWERS);
    await page.evaluateOnNewDocument(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.includes(':kapot:')) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, k, v);
      };
    });
    await reloadReady(page);
    const notice = await text(page, '[data-notice]');
    expect(notice).toContain('Apart bewaren lukte niet');
    expect(notice).not.toContain('apart in deze browser bewaard');
    await page.click('[data-item] [data-step="1"]');
    await page.click('[data-reset]');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY_ANSWERS)).toBe('enige kopie');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a Dutch message for every malformed code, and a malformed link breaks nothing', async () => {
    const { page, errors } = await freshPage();
    const codes = ['%E0%A4%A', '!!!!', 'eyJhcHAiOiJzYW1lbi1sZW', '_w', 'bnVsbA', '{"app":', 'W10', '   '];
    for (const code of codes) {
      await page.$eval('#kt-code-in', (e, c) => ((e as HTMLTextAreaElement).value = c), code);
      await page.click('[data-import-code]');
      const error = await text(page, '[data-team-error]');
      expect(error, code).toMatch(/^(Dit|Er is niets).*Er is niets veranderd\.$/);
    }
    await gotoReady(page, `${url}#antwoorden=%E0%A4%A`);
    await gotoReady(page, `${url}#%`);
    expect(await page.$eval('[data-progress]', (e) => (e as HTMLElement).innerText)).toContain('situaties ingevuld');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the key off the screen until every situation is answered, and prints it', async () => {
    const { page, errors } = await freshPage();
    expect(await visible(page, '[data-key-box]')).toBe(false);
    expect(await text(page, '[data-key-later]')).toContain('De sleutel verschijnt hier als je alle situaties hebt ingevuld');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.$eval('[data-key-box]', (d) => (d as HTMLDetailsElement).open && !!(d as HTMLElement).offsetParent)).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await visible(page, '[data-key-box]')).toBe(false);
    await answerAll(page);
    expect(await visible(page, '[data-key-box]')).toBe(true);
    expect(await page.$eval('[data-key-box]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await visible(page, '[data-key-later]')).toBe(false);
    // Downloading the profile is confirmed in a live region.
    await page.click('[data-download]');
    expect(await page.$eval('[data-download-status]', (e) => [e.getAttribute('role'), e.textContent])).toEqual(['status', 'Het bestand ‘kleurentest-profiel.json’ is aangemaakt. Je browser zet het bij je downloads.']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names no strongest colour and no trap when no colour is strong, and names a tie as a tie', async () => {
    const { page, errors } = await freshPage();
    // Per situation 2, 2, 2, 1, 1 points, rotating: every colour ends at 19 or 20 of 96 (average).
    const key = await readKey(page);
    const order = ['blauw', 'groen', 'geel', 'rood', 'wit'];
    await page.evaluate(
      (k, answers) => localStorage.setItem(k, JSON.stringify({ app: 'samen-leren', kind: 'kleurentest-antwoorden', version: 1, savedAt: new Date().toISOString(), data: { scoredBy: 'self', name: '', answers } })),
      KEY_ANSWERS,
      Object.fromEntries(
        (await page.$$eval('[data-item]', (els) => els.map((e) => (e as HTMLElement).dataset.item!))).map((id, n) => [
          id,
          key[n]!.map((colour) => ((order.indexOf(colour) - n + 20) % 5 < 3 ? 2 : 1)),
        ]),
      ),
    );
    await reloadReady(page);
    expect(await visible(page, '[data-result]')).toBe(true);
    expect(await text(page, '[data-levels]')).not.toContain('sterk (');
    expect(await visible(page, '[data-no-strongest]')).toBe(true);
    expect(await text(page, '[data-no-strongest]')).toContain('Geen kleur is bij jou sterk');
    expect(await visible(page, '[data-overuse-box]')).toBe(false);

    // Blauw and rood 3 points each in every situation: 36 of 96 each, a tie.
    const tie: Record<string, number> = { blauw: 3, rood: 3, groen: 1, geel: 1, wit: 0 };
    const ids = await page.$$eval('[data-item]', (els) => els.map((e) => (e as HTMLElement).dataset.item!));
    await page.evaluate(
      (k, answers) => localStorage.setItem(k, JSON.stringify({ app: 'samen-leren', kind: 'kleurentest-antwoorden', version: 1, savedAt: new Date().toISOString(), data: { scoredBy: 'self', name: '', answers } })),
      KEY_ANSWERS,
      Object.fromEntries(ids.map((id, n) => [id, key[n]!.map((c) => tie[c]!)])),
    );
    await reloadReady(page);
    expect(await text(page, '[data-strongest]')).toBe('Je sterkste kleuren zijn even sterk: blauw en rood.');
    expect(await visible(page, '[data-no-strongest]')).toBe(false);
    expect(await page.$$eval('[data-overuse] li strong', (els) => els.map((e) => e.textContent))).toEqual(['Blauw: ', 'Rood: ']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still works when the browser refuses to store anything', async () => {
    const { page, errors } = await freshPage();
    await page.evaluateOnNewDocument(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await reloadReady(page);
    await page.click('[data-item] [data-step="1"]');
    expect(await text(page, '[data-notice]')).toContain('konden niet in deze browser worden bewaard');
    expect(await page.$eval('[data-item] input[type="number"]', (i) => (i as HTMLInputElement).value)).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes an accessibility check of its content (axe, WCAG 2.2 AA) when filled in with a team', async () => {
    const { page } = await freshPage();
    await answerAll(page);
    await page.type('#kt-code-in', encodeCode(wrap(KINDS.profile.kind, 1, { name: 'Eva', scoredBy: 'self', items: 12, pointsPerItem: 8, totals: { geel: 20, blauw: 20, rood: 20, groen: 20, wit: 16 } })));
    await page.click('[data-import-code]');
    await page.click('[data-make-code]');
    // The page's own content; the shared header, navigation and footer are the layout's business.
    expect(await axeViolations(page, { context: '#inhoud' })).toEqual([]);
    await page.close();
  });
});

describe('the colour test without JavaScript', () => {
  it('is a paper version: boxes for points, a key and the meanings, and no buttons that do nothing', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    // Without scripts there is nothing to wait for after 'load' (and nothing to wait with).
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.$$eval('[data-item]', (fs) => fs.length)).toBe(12);
    expect(await page.$$eval('[data-item] input[type="number"]', (is) => is.filter((i) => (i as HTMLElement).offsetParent).length)).toBe(60);
    expect(await page.$$eval('.kt-step', (bs) => bs.filter((b) => (b as HTMLElement).offsetParent).length)).toBe(0);
    for (const sel of ['#profiel', '#vergelijken', '[data-progress]']) expect(await page.$eval(sel, (e) => (e as HTMLElement).offsetParent === null), sel).toBe(true);
    const key = await readKey(page);
    expect(key).toHaveLength(12);
    for (const row of key) expect([...row].sort()).toEqual(['blauw', 'geel', 'groen', 'rood', 'wit']);
    const paper = await text(page, '.kt-paper');
    expect(paper).toContain('Een kleur is sterk bij 24 punten of meer, en zwak bij 14 punten of minder.');
    expect(await page.$$eval('.kt-guide .kt-colour', (s) => s.length)).toBe(5);
    // Printing shows the tally table and hides nothing of the test.
    await page.emulateMediaType('print');
    expect(await page.$eval('.kt-tally', (e) => (e as HTMLElement).offsetParent !== null)).toBe(true);
    await page.close();
  });
});

describe('the built colour test page', () => {
  const html = readDist('kleurentest/index.html');
  // Besides the head script every page loads (theme and offline, issue 17; budget in tests/browser/offline.test.ts).
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter((s) => !/\/_astro\/site\.\w+\.js$/.test(s));

  it('loads one small island, at most 10 kB gzipped with everything it imports', () => {
    expect(scripts).toHaveLength(1);
    const seen = new Set<string>();
    const visit = (rel: string) => {
      const file = path.join(DIST, rel.replace(/^\//, ''));
      if (seen.has(file)) return;
      seen.add(file);
      // Static imports between chunks count too.
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bfrom\s*["']\.\/([^"']+)["']|import\s*["']\.\/([^"']+)["']/g)) visit(path.posix.join(path.posix.dirname(rel), m[1] ?? m[2]!));
    };
    visit(scripts[0]!);
    const gz = [...seen].reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);
    console.log(`kleurentest island: ${seen.size} file(s), ${(gz / 1024).toFixed(1)} kB gzipped`);
    expect(gz).toBeLessThanOrEqual(10 * 1024);
  });

  it('loads the island on its own page only', () => {
    const name = path.basename(scripts[0]!);
    const others = builtPages().filter((p) => p !== '/kleurentest/' && readDist(`${p}index.html`).includes(name));
    expect(others).toEqual([]);
  });

  it('is linked from the navigation, the toolkit and the tool page of the five colours, and from no other tool', () => {
    expect(readDist('gereedschap/index.html')).toContain('href="/kleurentest/"');
    expect(readDist('gereedschap/kleuren-van-verandering/index.html')).toMatch(/class="test-link"[^]*?href="\/kleurentest\/"/);
    expect(readDist('gereedschap/dialoog/index.html')).not.toContain('class="test-link"');
    expect(readDist('inleiding/index.html')).toMatch(/<nav id="navigatie"[^]*href="\/kleurentest\/"[^]*<\/nav>/);
  });

  it('says it is a reflection aid written for this handbook and cites De Caluwé and Vermaak', () => {
    expect(html).toContain('Het is <strong>niet</strong> de kleurentest van De Caluwé zelf, en hij is niet wetenschappelijk getoetst');
    expect(html).toMatch(/Caluwé, L\. de, &amp; Vermaak, H\. \(2006\)/);
  });
});
