// The checklist scorer in a real Chromium, against the built site: fill in the
// form with keyboard and mouse, read the result and the chart, reload, share and
// import colleagues' answers, save and compare rounds, and feed it broken and
// hostile input. Every page is guarded: no request to another host, no error.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { settled, gotoReady, reloadReady, type Page } from '../helpers/browser.ts';
import { islandPages } from '../helpers/island-pages.ts';
import { axeViolations } from '../helpers/axe.ts';
import { exportFile, KIND, storageKey, VERSION } from '../../src/lib/shared/checklist/storage.ts';
import { wrap } from '../../src/lib/shared/saved-data.ts';
import type { Answer, Answers } from '../../src/lib/shared/checklist/types.ts';

const LO = 'lerende-organisatie';
const IDS = ['oc1', 'oc2', 'oc3', 'oc4', 'oc5', 'oc6', 'fo1', 'fo2', 'fo3', 'fo4', 'fo5', 'fo6', 'eb1', 'eb2', 'eb3', 'eb4', 'eb5', 'eb6'];
const answersFrom = (digits: string): Answers => Object.fromEntries(IDS.map((id, i) => [id, Number(digits[i]) as Answer]));

const pages = islandPages('scorer-test');
/** A checklist page in its own browser context (its own localStorage), with confirm() answered yes. */
const open = (id = LO, before?: (page: Page) => Promise<void>) => pages.open(`checklists/${id}/`, before);

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
// Until the page has handled the last action: no short timer pending (the live region speaks after 50 ms), one frame drawn.
const settle = (page: Page) => settled(page);

async function fill(page: Page, digits: string): Promise<void> {
  for (let i = 0; i < digits.length; i++) {
    if (digits[i] !== '-') await page.click(`input[name="${IDS[i]}"][value="${digits[i]}"]`);
  }
  await settle(page);
}

describe('one person fills in the checklist', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });

  it('shows the form without a result, and the notice that answers stay on this device', async () => {
    expect(await text(page, '.scorer-privacy')).toContain('Je antwoorden blijven op dit apparaat');
    expect(await text(page, '#scorer-who')).toBe('Vul de uitspraken in; de uitkomst verschijnt hier.');
    expect(await page.$eval('#scorer-chart', (el) => (el as HTMLElement).hidden)).toBe(true);
    // Each statement is a radio group with its text as legend.
    const legends = await page.$$eval('fieldset.item legend', (els) => els.map((e) => e.textContent!.trim()));
    expect(legends).toHaveLength(18);
    expect(legends[0]).toMatch(/^1\. Voor elke leerling van de school/);
  });

  it('takes answers from the keyboard: arrow keys move through a radio group', async () => {
    await page.focus('input[name="oc1"][value="1"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await page.$eval('input[name="oc1"]:checked', (el) => (el as HTMLInputElement).value)).toBe('3');
    // Tab leaves the group and lands in the next one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('oc2');
    // Three answers of six in a category are not yet enough for a level.
    expect(await text(page, '#scorer-categories')).toContain('Ondersteunende cultuur: nog te weinig antwoorden (1 van 6 uitspraken)');
  });

  it('shows per category the mean, the level, the spread, and the chart with the same words', async () => {
    await fill(page, '-32303' + '121121' + '232123');
    const categories = await text(page, '#scorer-categories');
    expect(categories).toContain('Ondersteunende cultuur: gemiddeld 2,8: sterk ontwikkeld.');
    expect(categories).toContain('Antwoorden: 1× gedeeltelijk ontwikkeld, 4× sterk ontwikkeld, 1× weet ik niet.');
    expect(categories).toContain('Focus op ontwikkeling: gemiddeld 1,3: nog in startfase.');
    expect(categories).toContain('Expertise benutten: gemiddeld 2,2: gedeeltelijk ontwikkeld.');
    expect(await text(page, '#scorer-who')).toBe('Op basis van de antwoorden van één persoon.');

    const chart = await page.$eval('#scorer-chart svg', (svg) => ({
      role: svg.getAttribute('role'),
      label: svg.getAttribute('aria-label'),
      // Leaf texts: a level name is split over two <tspan> lines.
      texts: [...svg.querySelectorAll('text:not(:has(tspan)), tspan')].map((t) => t.textContent),
      bars: svg.querySelectorAll('.chart-bar').length,
    }));
    expect(chart.role).toBe('img');
    expect(chart.label).toContain('Focus op ontwikkeling: gemiddeld 1,3: nog in startfase');
    expect(chart.texts).toEqual(expect.arrayContaining(['Ondersteunende cultuur', 'gemiddeld 2,8: sterk ontwikkeld', 'nog in', 'startfase', '1', '3']));
    expect(chart.bars).toBe(3);
  });

  it('names the strongest and weakest statements and points the weak categories to steps and tools', async () => {
    expect(await text(page, '#scorer-strongest')).toMatch(/^Voor elke leerling van de school.*\(sterk ontwikkeld\)/);
    expect(await text(page, '#scorer-weakest')).toMatch(/^Leraren willen hun onderwijs steeds beter maken\. \(nog in startfase\)/);
    const next = await page.$$eval('#scorer-next-list div', (divs) =>
      divs.map((d) => ({ title: d.querySelector('dt')!.textContent, hrefs: [...d.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
    );
    expect(next.map((n) => n.title)).toEqual(['Focus op ontwikkeling: nog in startfase', 'Expertise benutten: gedeeltelijk ontwikkeld']);
    expect(next[0]!.hrefs).toEqual(['/stappen/ontwikkeling-van-expertise/', '/stappen/onderzoeksmatig-werken/', '/gereedschap/collegiale-consultatie/', '/gereedschap/changelab/', '/gereedschap/bloemenfabriek/']);
  });

  it('announces the changed category in a live region', async () => {
    await page.click('input[name="fo1"][value="3"]');
    await page.waitForFunction(() => document.getElementById('scorer-live')!.textContent !== '');
    expect(await page.$eval('#scorer-live', (el) => [el.getAttribute('aria-live'), el.textContent])).toEqual(['polite', 'Uitkomst Focus op ontwikkeling: gemiddeld 1,7: gedeeltelijk ontwikkeld.']);
  });

  it('keeps the answers after a reload', async () => {
    const before = await page.$$eval('input[type=radio]:checked', (els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));
    await reloadReady(page);
    const after = await page.$$eval('input[type=radio]:checked', (els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));
    expect(after).toEqual(before);
    expect(after).toHaveLength(18);
    expect(await text(page, '#scorer-categories')).toContain('Focus op ontwikkeling: gemiddeld 1,7: gedeeltelijk ontwikkeld.');
  });

  it('passes axe (WCAG 2.2 A and AA) with a result on screen', async () => {
    // The site footer belongs to the shared layout, not to the scorer.
    expect(await axeViolations(page, { context: { exclude: [['.site-footer']] } })).toEqual([]);
  });

  it('prints the result on one A4 page, and the blank form without a result', async () => {
    const pdf = await page.pdf({ format: 'A4' });
    const { PDFDocument } = await import('pdf-lib');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await page.emulateMediaType('print');
    const shown = await page.evaluate(() => ({
      form: getComputedStyle(document.querySelector('.checklist-form')!).display,
      result: getComputedStyle(document.getElementById('uitkomst')!).display,
      team: getComputedStyle(document.getElementById('samen')!).display,
    }));
    expect(shown).toEqual({ form: 'none', result: 'block', team: 'none' });
    await page.emulateMediaType('screen');
  });

  it('clears the answers on request, and then prints the blank form', async () => {
    await page.click('#scorer-clear');
    await settle(page);
    expect(await page.$$('input[type=radio]:checked')).toHaveLength(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey(LO, 'answers'))).toBeNull();
    await page.emulateMediaType('print');
    expect(await page.evaluate(() => [getComputedStyle(document.querySelector('.checklist-form')!).display, getComputedStyle(document.getElementById('uitkomst')!).display])).toEqual(['block', 'none']);
    await page.emulateMediaType('screen');
  });
});

describe('a team', () => {
  let anna: string;
  let code: string;

  it('lets a colleague download her answers as a file and make a code', async () => {
    const page = await open();
    await fill(page, '333323' + '111111' + '333123');
    await page.type('#scorer-name', 'Anna');
    await page.keyboard.press('Tab'); // "change" saves the name
    const downloads = path.join(pages.tmp, 'downloads');
    fs.mkdirSync(downloads, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
    await page.click('#scorer-download');
    anna = path.join(downloads, 'checklist-lerende-organisatie-anna.json');
    for (let i = 0; i < 50 && !fs.existsSync(anna); i++) await new Promise((r) => setTimeout(r, 100));
    const file = JSON.parse(fs.readFileSync(anna, 'utf8'));
    // Downloading is confirmed on screen, in a live region.
    expect(await page.$eval('#scorer-share-status', (e) => e.getAttribute('role'))).toBe('status');
    expect(await text(page, '#scorer-share-status')).toBe('Het bestand ‘checklist-lerende-organisatie-anna.json’ is aangemaakt. Je browser zet het bij je downloads; stuur het naar de collega die de antwoorden samenvoegt.');
    expect(file).toMatchObject({ app: 'samen-leren', kind: KIND.answers, version: VERSION, data: { checklist: LO, name: 'Anna', answers: answersFrom('333323111111333123') } });

    await page.click('#scorer-make-code');
    code = await page.$eval('#scorer-code', (el) => (el as HTMLTextAreaElement).value);
    expect(code).toMatch(/^[A-Za-z0-9_-]{100,700}$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scorer-code');
    await page.browserContext().overridePermissions(new URL(pages.url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.click('#scorer-copy');
    await settle(page);
    expect(await text(page, '#scorer-share-status')).toBe('De code staat op het klembord.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.click('#scorer-copy-link');
    await settle(page);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${pages.url}checklists/${LO}/#antwoorden=${code}`);
  });

  it('combines the own answers with two colleagues (a file and a pasted code) into a team view', async () => {
    const bram = path.join(pages.tmp, 'bram.json');
    fs.writeFileSync(bram, exportFile({ checklist: LO, name: 'Bram', answers: answersFrom('121123' + '333222' + '222222') }));
    const page = await open();
    await fill(page, '222222' + '222222' + '222222');
    const input = (await page.$('#scorer-files')) as ElementHandle<HTMLInputElement>;
    await input!.uploadFile(anna, bram);
    await page.waitForFunction(() => document.querySelectorAll('#scorer-import-status p').length === 2);
    expect(await text(page, '#scorer-import-status')).toBe(
      'checklist-lerende-organisatie-anna.json: de antwoorden van Anna zijn toegevoegd. bram.json: de antwoorden van Bram zijn toegevoegd.',
    );
    expect(await text(page, '#scorer-who')).toBe('Op basis van de antwoorden van 3 mensen.');
    expect(await text(page, '#scorer-people')).toBe('Jij (dit apparaat) 18 van 18 ingevuld Anna 18 van 18 ingevuld Verwijder Bram 18 van 18 ingevuld Verwijder');

    // The team means: oc1 = (2 + 3 + 1) / 3 = 2; fo: (2+1+3)/3 = 2 for fo1–3.
    expect(await text(page, '#scorer-categories')).toContain('Ondersteunende cultuur: gemiddeld 2,2: gedeeltelijk ontwikkeld.');
    // Disagreement: oc1, oc3, fo1–6 and eb4 split between 1 and 3 (mean difference 4/3). The cut-off
    // is five, but every statement tied with the fifth is a prompt too, in whatever category.
    const prompts = await page.$$eval('#scorer-disagree li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ')));
    expect(prompts.length).toBeGreaterThan(5);
    expect(prompts[0]).toMatch(/^Voor elke leerling van de school.*Antwoorden van nog in startfase tot sterk ontwikkeld, gemiddeld verschil 1,3 punt\.$/);
    for (const p of prompts) expect(p).toMatch(/gemiddeld verschil 1,3 punt\.$/);
    const tied = await page.$$eval('#scorer-items tr', (trs) => trs.filter((tr) => tr.lastElementChild!.textContent === '1,3').length);
    expect(prompts).toHaveLength(tied);
    // The table of all statements says what it counts.
    expect(await text(page, '#scorer-items-title')).toBe('Alle uitspraken: hoeveel mensen elk antwoord gaven');
    // The spread per item, in the table.
    const row = await page.$$eval('#scorer-items tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)).find((cells) => cells[0]!.startsWith('Voor elke leerling')));
    expect(row).toEqual([expect.stringContaining('Voor elke leerling'), '2,0', '1', '1', '1', '0', '1,3']);

    // On a phone, with the table of all statements open: each statement at full width with
    // its numbers labelled below it, no sideways scrolling, and axe finds nothing.
    await page.setViewport({ width: 360, height: 740 });
    await page.click('#scorer-items-title');
    const cellBox = await page.$eval('#scorer-items tr:nth-child(2)', (tr) => {
      const [th, td] = [tr.children[0]!.getBoundingClientRect(), tr.children[1]!.getBoundingClientRect()];
      return { statementWidth: th.width, numberBelow: td.top >= th.bottom - 1, label: getComputedStyle(tr.children[1]!, '::before').content };
    });
    expect(cellBox.statementWidth).toBeGreaterThan(280);
    expect(cellBox.numberBelow).toBe(true);
    expect(cellBox.label).toBe('"Gemiddeld"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 1280, height: 900 });

    // A third colleague by pasted code; the same one again is refused.
    await page.type('#scorer-paste', code.replace(/(.{60})/g, '$1\n'));
    await page.click('#scorer-add');
    await settle(page);
    expect(await text(page, '#scorer-import-status')).toBe('De geplakte code: deze antwoorden staan al in de lijst.');
  });

  it('adds a colleague from a shared link only after asking, and clears the link', async () => {
    const page = await pages.open(`checklists/${LO}/#antwoorden=${code}`);
    expect(await text(page, '#scorer-incoming-text')).toBe('Deze link bevat de antwoorden van Anna. Wil je ze meetellen in de uitkomst van het team?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scorer-link-add');
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await text(page, '#scorer-people')).toBe("Nog geen collega's toegevoegd.");
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await page.$eval('#scorer-incoming', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await text(page, '#scorer-people')).toBe('Anna 18 van 18 ingevuld Verwijder');
    expect(await text(page, '#scorer-who')).toBe('Op basis van de antwoorden van één persoon.');

    // A damaged link gives a message and adds nothing.
    await page.evaluate(() => (location.hash = '#antwoorden=eyJhcHAiOiJzYW1lbi1sZW'));
    await settle(page);
    expect(await text(page, '#scorer-notices')).toBe('De link: Het is geen bestand of code van deze checklist: de inhoud is onleesbaar of onvolledig. Is de code helemaal gekopieerd?');
    expect(await page.$eval('#scorer-incoming', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await text(page, '#scorer-people')).toBe('Anna 18 van 18 ingevuld Verwijder');
  });

  it('removes a colleague from the team with a keyboard-reachable button, and focus stays sensible', async () => {
    const page = await open(LO, async (p) => {
      await p.evaluate((k, v) => localStorage.setItem(k, v), storageKey(LO, 'team'), JSON.stringify(wrap(KIND.team, VERSION, { checklist: LO, colleagues: [
        { checklist: LO, name: 'Anna', answers: answersFrom('333333333333333333') },
        { checklist: LO, name: 'Bram', answers: answersFrom('111111111111111111') },
      ] })));
    });
    expect(await text(page, '#scorer-who')).toBe('Op basis van de antwoorden van 2 mensen.');
    const label = await page.$eval('#scorer-people button', (b) => b.getAttribute('aria-label'));
    expect(label).toBe('Verwijder Anna');
    await page.focus('#scorer-people button');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await text(page, '#scorer-people')).toBe('Bram 18 van 18 ingevuld Verwijder');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scorer-people-title');
    expect(await text(page, '#scorer-import-status')).toBe('Anna is uit de lijst gehaald.');
    expect(await text(page, '#scorer-who')).toBe('Op basis van de antwoorden van één persoon.');
  });
});

describe('bad input', () => {
  it('refuses broken, hostile and huge files with a Dutch message, keeps the saved answers, injects nothing', async () => {
    const page = await open();
    await fill(page, '333333' + '222222' + '111111');
    const saved = await page.evaluate((k) => localStorage.getItem(k), storageKey(LO, 'answers'));
    const files: Array<[string, string]> = [
      ['kapot.json', '{"app": "samen-leren", "kind": "checklist-ans'],
      ['<img src=x onerror=window.pwned=1>.json', exportFile({ checklist: LO, name: '<img src=x onerror="window.pwned=1">', answers: { oc1: 3 } })],
      ['oud.json', JSON.stringify(wrap(KIND.answers, VERSION + 1, { checklist: LO, answers: { oc1: 3 } }))],
      ['ander.json', exportFile({ checklist: 'lerend-partnerschap', answers: { lp1: 3 } })],
      ['vreemd.json', JSON.stringify(wrap(KIND.answers, VERSION, { checklist: LO, answers: { oc1: 3, __proto__: 1, zz9: 2 } }))],
      ['te-hoog.json', JSON.stringify(wrap(KIND.answers, VERSION, { checklist: LO, answers: { oc1: 7 } }))],
      ['groot.json', JSON.stringify({ pad: 'x'.repeat(3_000_000) })],
    ];
    const paths = files.map(([name, content], i) => {
      const p = path.join(pages.tmp, `bad-${i}`);
      fs.mkdirSync(p, { recursive: true });
      fs.writeFileSync(path.join(p, name), content);
      return path.join(p, name);
    });
    const input = (await page.$('#scorer-files')) as ElementHandle<HTMLInputElement>;
    await input!.uploadFile(...paths);
    await page.waitForFunction((n) => document.querySelectorAll('#scorer-import-status p').length === n, {}, files.length);
    const messages = await page.$$eval('#scorer-import-status p', (ps) => ps.map((p) => [p.textContent, p.className]));
    expect(messages.map((m) => m[0])).toEqual([
      'kapot.json: Het is geen bestand of code van deze checklist: de inhoud is onleesbaar of onvolledig. Is de code helemaal gekopieerd?',
      '<img src=x onerror=window.pwned=1>.json: Een naam bevat tekens die hier niet thuishoren, zoals < of >. Uit voorzorg is niets overgenomen.',
      'oud.json: Het komt uit een andere versie van het handboek en kan hier niet worden gelezen. Vraag je collega de antwoorden opnieuw te delen.',
      'ander.json: Het zijn antwoorden op de andere checklist. Voeg ze toe op de pagina van die checklist.',
      'vreemd.json: Er staan antwoorden in op uitspraken die deze checklist niet kent.',
      'te-hoog.json: Er staat een antwoord in dat niet bestaat: alleen de drie antwoorden en ‘weet ik niet’ kunnen.',
      'groot.json: Het is veel te groot voor antwoorden op een checklist (meer dan 200 kB). Kies het bestand dat de checklist zelf heeft gemaakt.',
    ]);
    expect(messages.every((m) => m[1]!.includes('scorer-msg-error'))).toBe(true);
    // Nothing was added, injected or overwritten.
    expect(await text(page, '#scorer-people')).toBe('Jij (dit apparaat) 18 van 18 ingevuld');
    expect(await page.evaluate(() => [typeof (window as unknown as { pwned?: number }).pwned, document.querySelectorAll('main img').length])).toEqual(['undefined', 0]);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey(LO, 'answers'))).toBe(saved);
    expect(await page.evaluate((k) => localStorage.getItem(k), storageKey(LO, 'team'))).toBeNull();
    expect(await page.$$('input[type=radio]:checked')).toHaveLength(18);
  });

  it('refuses a pasted code that is not a code, and a name with markup on export', async () => {
    const page = await open();
    await fill(page, '3');
    await page.type('#scorer-paste', 'dit is geen code');
    await page.click('#scorer-add');
    await settle(page);
    expect(await text(page, '#scorer-import-status')).toBe('De geplakte code: Het is geen bestand of code van deze checklist: de inhoud is onleesbaar of onvolledig. Is de code helemaal gekopieerd?');
    expect(await page.$eval('#scorer-paste', (el) => (el as HTMLTextAreaElement).value)).toBe('dit is geen code');
    await page.type('#scorer-name', '<script>');
    await page.click('#scorer-make-code');
    expect(await text(page, '#scorer-share-status')).toBe('Je naam: Een naam bevat tekens die hier niet thuishoren, zoals < of >. Uit voorzorg is niets overgenomen.');
    expect(await page.$eval('#scorer-code-box', (el) => (el as HTMLElement).hidden)).toBe(true);
  });

  it('sets corrupt saved data aside with a notice, and still works', async () => {
    const key = storageKey(LO, 'answers');
    const page = await open(LO, async (p) => {
      await p.evaluate((k) => {
        localStorage.setItem(k, '{"app":"samen-leren","kind":"checklist-answers","version":1,"data":{"checklist":"lerende-organisatie","answers":{"oc1":');
        localStorage.setItem(k.replace(':answers', ':rounds'), JSON.stringify({ app: 'samen-leren', kind: 'checklist-rounds', version: 0, data: [] }));
      }, key);
    });
    const notices = await page.$$eval('#scorer-notices p', (ps) => ps.map((p) => p.textContent!));
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Je bewaarde antwoorden konden niet worden gelezen\. Het is geen bestand of code van deze checklist.* Ze zijn apart bewaard in je browser, onder ‘samen-leren:checklist:lerende-organisatie:answers:kapot:[^’]+’; de pagina begint opnieuw\.$/);
    expect(notices[1]).toMatch(/^Je bewaarde metingen konden niet worden gelezen\. Het komt uit een andere versie van het handboek/);
    // The unreadable data is kept under the backup key, and the page works.
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':kapot:')));
    expect(backups).toHaveLength(2);
    await fill(page, '333333');
    expect(await text(page, '#scorer-categories')).toContain('Ondersteunende cultuur: gemiddeld 3,0: sterk ontwikkeld.');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':kapot:')).length)).toBe(2);
  });
});

describe('nothing lost', () => {
  const copies = (page: Page, key: string) =>
    page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:kapot:`)).sort().map((x) => localStorage.getItem(x)), key);

  it('sets a second corrupt value aside next to the first one, never over it', async () => {
    const key = storageKey(LO, 'answers');
    const page = await open(LO, async (p) => p.evaluate((k) => localStorage.setItem(k, 'eerste kapotte waarde'), key));
    await fill(page, '3');
    await page.evaluate((k) => localStorage.setItem(k, 'tweede kapotte waarde'), key);
    await reloadReady(page);
    await fill(page, '2');
    expect(await copies(page, key)).toEqual(['eerste kapotte waarde', 'tweede kapotte waarde']);
  });

  it('says so when unreadable data cannot be set aside, and then never overwrites it', async () => {
    const key = storageKey(LO, 'answers');
    const page = await open();
    await page.evaluateOnNewDocument(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.includes(':kapot:')) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, k, v);
      };
    });
    await page.evaluate((k) => localStorage.setItem(k, 'enige kopie'), key);
    await reloadReady(page);
    const notices = await page.$$eval('#scorer-notices p', (ps) => ps.map((p) => p.textContent!));
    expect(notices[0]).toMatch(/^Je bewaarde antwoorden konden niet worden gelezen\. .* Apart bewaren lukte niet .* worden niet overschreven: wat je nu invult, wordt niet bewaard\.$/);
    expect(notices[0]).not.toContain('apart bewaard in je browser');
    await fill(page, '33');
    await page.click('#scorer-clear');
    await settle(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('enige kopie');
  });

  it('gives a Dutch message for every malformed share link, and printing still draws the chart for paper', async () => {
    const page = await open(LO, async (p) => {
      await p.evaluate((k, v) => localStorage.setItem(k, v), storageKey(LO, 'answers'), JSON.stringify(wrap(KIND.answers, VERSION, { checklist: LO, answers: answersFrom('333333222222111111') })));
    });
    const lastNotice = () => page.$$eval('#scorer-notices p', (ps) => ps.at(-1)?.textContent ?? '');
    for (const [i, hash] of ['%E0%A4%A', '%', '%zz%', 'eyJhcHAi', '!!!', '%7B%22app%22%3A'].entries()) {
      // The first two as a link that opens the page, the rest as a link followed on the open page.
      if (i < 2) await gotoReady(page, `${pages.url}checklists/${LO}/#antwoorden=${hash}`);
      else {
        await page.evaluate((h) => (location.hash = `#antwoorden=${h}`), hash);
        await settle(page);
      }
      expect(await lastNotice(), hash).toMatch(/^De link: Het (is geen bestand of code van deze checklist|komt niet uit dit handboek)/);
      expect(await page.$eval('#scorer-incoming', (el) => (el as HTMLElement).hidden)).toBe(true);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await page.$eval('#scorer-chart svg', (svg) => svg.getAttribute('viewBox')), hash).toMatch(/^0 0 680 /);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
  });

  it('counts a name with invisible or direction characters as the same name', async () => {
    const page = await open();
    const anna = { checklist: LO, answers: answersFrom('333333222222111111') };
    for (const name of ['Anna', '\u200BAn\u200Dna\u202E', 'Anna\uFEFF\u2066']) {
      await page.$eval('#scorer-paste', (e, v) => ((e as HTMLTextAreaElement).value = v), exportFile({ ...anna, name }));
      await page.click('#scorer-add');
      await settle(page);
    }
    expect(await text(page, '#scorer-import-status')).toBe('De geplakte code: deze antwoorden staan al in de lijst.');
    expect(await text(page, '#scorer-people')).toBe('Anna 18 van 18 ingevuld Verwijder');
  });

  it('keeps a saved round as it was when the answers change, also after a reload, and keeps the chosen baseline', async () => {
    const page = await open();
    await fill(page, '111111' + '222222' + '333333');
    await page.type('#scorer-round-label', 'nulmeting');
    await page.click('#scorer-save-round');
    await fill(page, '333333' + '333333' + '111111');
    await page.select('#scorer-baseline', '0');
    await settle(page);
    const expected = [
      ['Ondersteunende cultuur', '1,0', '3,0', '+2,0 (vooruit)'],
      ['Focus op ontwikkeling', '2,0', '3,0', '+1,0 (vooruit)'],
      ['Expertise benutten', '3,0', '1,0', '−2,0 (achteruit)'],
    ];
    const rows = () => page.$$eval('#scorer-compare-rows tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(await rows()).toEqual(expected);
    // A second round is saved; the first stays what it was.
    await page.type('#scorer-round-label', 'tweede');
    await page.click('#scorer-save-round');
    await reloadReady(page);
    expect(await page.$eval('#scorer-baseline', (el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent)).toMatch(/· nulmeting$/);
    expect(await rows()).toEqual(expected);
    // The printed result says when it was printed and which round it is.
    const meta = await text(page, '#scorer-print-meta');
    expect(meta).toMatch(/^Afgedrukt op \d{1,2} \S+ \d{4}\. Bewaard als meting ‘tweede’ van \d{1,2} \S+ \d{4}\.$/);
    await page.emulateMediaType('print');
    expect(await page.$eval('#scorer-print-meta', (e) => getComputedStyle(e).display)).toBe('block');
    await page.emulateMediaType('screen');
    await page.click('input[name="oc1"][value="1"]');
    await settle(page);
    expect(await text(page, '#scorer-print-meta')).toMatch(/Niet bewaard als meting\.$/);
  });
});

describe('rounds over time', () => {
  it('saves a round with a date and label, keeps it after a reload, and compares with it', async () => {
    const page = await open();
    await fill(page, '111111' + '222222' + '333333');
    await page.type('#scorer-round-label', 'Nulmeting');
    await page.$eval('#scorer-round-date', (el) => ((el as HTMLInputElement).value = '2024-09-02'));
    await page.click('#scorer-save-round');
    expect(await text(page, '#scorer-round-status')).toBe('Meting ‘Nulmeting’ van 2 september 2024 bewaard.');

    await reloadReady(page);
    expect(await text(page, '#scorer-rounds')).toBe('2 september 2024 · Nulmeting ingevulde checklists: 1 Verwijder');
    await fill(page, '222222' + '222222' + '222223');
    await page.select('#scorer-baseline', '0');
    await settle(page);
    expect(await text(page, '#scorer-compare-title')).toBe('Nu vergeleken met ‘Nulmeting’ (2 september 2024)');
    const rows = await page.$$eval('#scorer-compare-rows tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Ondersteunende cultuur', '1,0', '2,0', '+1,0 (vooruit)'],
      ['Focus op ontwikkeling', '2,0', '2,0', '0,0 (gelijk)'],
      ['Expertise benutten', '3,0', '2,2', '−0,8 (achteruit)'],
    ]);
    const then = await page.$$eval('#scorer-chart .chart-before', (els) => els.length);
    expect(then).toBe(3);
    expect(await page.$eval('#scorer-chart svg', (svg) => svg.getAttribute('aria-label'))).toContain('Expertise benutten: gemiddeld 2,2: gedeeltelijk ontwikkeld');

    // Deleting the baseline ends the comparison.
    await page.click('#scorer-rounds button');
    await settle(page);
    expect(await text(page, '#scorer-rounds')).toBe('Nog geen metingen bewaard.');
    expect(await page.$eval('#scorer-compare', (el) => (el as HTMLElement).hidden)).toBe(true);
  });
});

describe('the partnership checklist', () => {
  it('scores its single category and keeps its answers apart from the other checklist', async () => {
    const page = await open('lerend-partnerschap');
    for (const [i, v] of ['3', '3', '2', '1', '1', '0', '2', '3', '1'].entries()) await page.click(`input[name="lp${i + 1}"][value="${v}"]`);
    await settle(page);
    expect(await text(page, '#scorer-categories')).toBe('In ons partnerschap: gemiddeld 2,0: gedeeltelijk ontwikkeld. Antwoorden: 3× nog in startfase, 2× gedeeltelijk ontwikkeld, 3× sterk ontwikkeld, 1× weet ik niet.');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual([storageKey('lerend-partnerschap', 'answers')]);
  });
});
