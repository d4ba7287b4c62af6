// The session planner (/sessie/) in a real Chromium, against the built site: plan
// from scratch, from a step, from a tool page and from the checklist result on this
// device; read the times; reorder by keyboard; reload; keep plans by name; share by
// link and by file; feed it broken and hostile links, files and saved data; print
// the agenda. Every page is guarded: no request to another host, no error.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { settled, gotoReady, reloadReady, type Page } from '../helpers/browser.ts';
import { islandPages } from '../helpers/island-pages.ts';
import { DIST } from '../helpers/dist.ts';
import { axeViolations } from '../helpers/axe.ts';
import { KIND as CHECKLIST_KIND, storageKey, VERSION as CHECKLIST_VERSION } from '../../src/lib/shared/checklist/storage.ts';
import { encodeCode, wrap } from '../../src/lib/shared/saved-data.ts';
import { KEYS, KIND, linkHash, VERSION } from '../../src/lib/shared/sessie/storage.ts';
import type { Plan } from '../../src/lib/shared/sessie/types.ts';

const pages = islandPages('sessie-test');
const open = (rel = 'sessie/', before?: (page: Page) => Promise<void>) => pages.open(rel, before);

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
// Until the page has handled the last action: no short timer pending (the live region speaks after 50 ms), one frame drawn.
const settle = (page: Page) => settled(page);
const times = (page: Page) => page.$$eval('#sessie-blocks [data-time]', (els) => els.map((e) => e.textContent));
const titles = (page: Page) => page.$$eval('#sessie-blocks h3 > span:last-child', (els) => els.map((e) => e.textContent));

/** Sets a field the way a browser does after the user picked a value (date and time pickers). */
async function setValue(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (el, v) => {
    (el as HTMLInputElement).value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (value) await page.type(selector, value);
}

async function addTool(page: Page, id: string): Promise<void> {
  await page.select('#sessie-add-tool', id);
  await page.click('#sessie-add-tool-go');
}

/** Welcome 15, Bloemenfabriek (40 from the handbook), break 15, Dialoog 45, from 09:30. */
async function buildPlan(page: Page): Promise<void> {
  await typeInto(page, '#sessie-title', 'Studiemiddag samen leren');
  await setValue(page, '#sessie-date', '2026-03-12');
  await typeInto(page, '#sessie-place', 'Aula, OBS De Wilg');
  await typeInto(page, '#sessie-goal', 'We ervaren hoe leren in een team werkt.');
  await setValue(page, '#sessie-start', '09:30');
  await page.click('#sessie-add-free');
  await typeInto(page, '#sessie-b0-min', '15');
  await typeInto(page, '#sessie-b0-lead', 'Anna');
  await addTool(page, 'bloemenfabriek');
  await page.click('#sessie-add-break');
  await typeInto(page, '#sessie-b2-min', '15');
  await addTool(page, 'dialoog');
  await settle(page);
}

describe('planning from scratch', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open();
  });

  it('starts empty, with the planner shown and the no-JavaScript note hidden', async () => {
    expect(await page.$eval('#sessie-noscript', (el) => (el as HTMLElement).hidden)).toBe(true);
    expect(await page.$eval('#sessie-app', (el) => (el as HTMLElement).hidden)).toBe(false);
    expect(await text(page, '#sessie-blocks')).toContain('Nog geen onderdelen');
    expect(await text(page, '#sessie-total')).toBe('Nog geen onderdelen.');
  });

  it('computes every start and end time, and leaves times open until the trainer enters the minutes', async () => {
    await buildPlan(page);
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Pauze', 'Dialoog']);
    // The Bloemenfabriek's 40 minutes come from its at-a-glance data; Dialoog has none.
    expect(await page.$eval('#sessie-b1-min', (el) => (el as HTMLInputElement).value)).toBe('40');
    expect(await text(page, '#sessie-b1-hint')).toContain('Het handboek noemt: Ongeveer 40 minuten');
    expect(await page.$eval('#sessie-b3-min', (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await text(page, '#sessie-b3-hint')).toContain('Het handboek noemt geen tijd');
    expect(await times(page)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–10:40', '10:40–tijd nog open']);
    expect(await text(page, '#sessie-total')).toBe('Totaal tot nu toe: 1 uur 10 minuten. Vul bij ‘Dialoog’ de minuten in; dan rekent de planner de tijden erna uit.');
    await typeInto(page, '#sessie-b3-min', '45');
    expect(await times(page)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–10:40', '10:40–11:25']);
    expect(await text(page, '#sessie-total')).toBe('Totaal: 1 uur 55 minuten, van 09:30 tot 11:25.');
  });

  it('shows each tool\'s purpose, and merges materials and preparation into one list', async () => {
    expect(await text(page, '[data-i="1"] .sessie-purpose')).toMatch(/^Doel: .{20,}Lees het gereedschap$/);
    const needs = await text(page, '#sessie-needs');
    expect(needs).toContain('De Bloemenfabriek: Vouwblaadjes, A4-papier en een plakstift.');
    expect(needs).toContain('Dialoog: het handboek noemt geen materiaal.');
    expect(needs).toContain('Dialoog: Kies een open vraag of een dilemma');
  });

  it('moves blocks with the keyboard, keeps the focus on the button and says where the block went', async () => {
    await page.focus('[data-i="3"] [data-act="up"]');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Dialoog', 'Pauze']);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.i + '/' + (document.activeElement as HTMLElement).dataset.act)).toBe('2/up');
    expect(await text(page, '#sessie-live')).toBe('Dialoog staat nu op plek 3 van 4.');
    await page.keyboard.press('Space');
    await settle(page);
    expect(await titles(page)).toEqual(['Welkom', 'Dialoog', 'De Bloemenfabriek', 'Pauze']);
    expect(await times(page)).toEqual(['09:30–09:45', '09:45–10:30', '10:30–11:10', '11:10–11:25']);
    // Tab reaches "Omlaag" next; moving down twice puts Dialoog back last but one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'))).toBe('Omlaag: Dialoog een plek lager');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Dialoog', 'Pauze']);
    // The first block cannot go up: the button stays focusable and says so.
    await page.focus('[data-i="0"] [data-act="up"]');
    expect(await page.$eval('[data-i="0"] [data-act="up"]', (el) => el.getAttribute('aria-disabled'))).toBe('true');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await text(page, '#sessie-live')).toBe('Welkom staat al op plek 1 van 4.');
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Dialoog', 'Pauze']);
  });

  it('keeps the plan on reload', async () => {
    await reloadReady(page);
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Dialoog', 'Pauze']);
    expect(await times(page)).toEqual(['09:30–09:45', '09:45–10:25', '10:25–11:10', '11:10–11:25']);
    expect(await page.$eval('#sessie-title', (el) => (el as HTMLInputElement).value)).toBe('Studiemiddag samen leren');
    expect(await page.$eval('#sessie-b0-lead', (el) => (el as HTMLInputElement).value)).toBe('Anna');
  });

  it('removes a block and moves the focus to the next one', async () => {
    await page.click('#sessie-add-break');
    await settle(page);
    await page.focus('[data-i="4"] [data-act="remove"]');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await titles(page)).toHaveLength(4);
    expect(await text(page, '#sessie-live')).toBe('Pauze is verwijderd.');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.act)).toBe('remove');
  });

  it('prints a one-page agenda, then the materials and preparation', async () => {
    await page.emulateMediaType('print');
    const shown = await page.evaluate(() => ({
      agenda: getComputedStyle(document.getElementById('sessie-print-agenda')!).display,
      editor: getComputedStyle(document.getElementById('sessie-blocks')!.closest('.no-print')!).display,
      needs: getComputedStyle(document.getElementById('sessie-needs')!).display,
    }));
    expect(shown).toEqual({ agenda: 'block', editor: 'none', needs: 'block' });
    const rows = await page.$$eval('#sessie-print-agenda tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['09:30–09:45', 'Welkom (15 min)', 'Anna'],
      ['09:45–10:25', 'De Bloemenfabriek (40 min)', ''],
      ['10:25–11:10', 'Dialoog (45 min)', ''],
      ['11:10–11:25', 'Pauze (15 min)', ''],
    ]);
    expect(await text(page, '#sessie-print-agenda')).toContain('donderdag 12 maart 2026');
    await page.emulateMediaType();
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), useSystemFonts: true }).promise;
    const pageText = async (n: number) => (await (await pdf.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
    expect(pdf.numPages).toBe(2);
    const first = await pageText(1);
    expect(first).toContain('Studiemiddag samen leren');
    expect(first).toContain('Aula, OBS De Wilg');
    expect(first).toContain('Totaal: 1 uur 55 minuten, van 09:30 tot 11:25.');
    expect(first).not.toContain('Vouwblaadjes');
    expect(await pageText(2)).toContain('Vouwblaadjes');
  });

  it('has no accessibility violations, and fits a 360 px screen', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 360, height: 740 });
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('keeps plans by name on this device, and opens them again', async () => {
    await typeInto(page, '#sessie-save-name', 'Maart');
    await page.click('#sessie-save');
    expect(await text(page, '#sessie-keep-status')).toBe('Bewaard op dit apparaat als ‘Maart’.');
    await page.click('#sessie-start-empty');
    await settle(page);
    expect(await titles(page)).toEqual([]);
    await reloadReady(page);
    expect(await text(page, '#sessie-saved')).toBe('Maart Open Verwijder');
    await page.click('#sessie-saved button[aria-label="Open ‘Maart’"]');
    await settle(page);
    expect(await titles(page)).toEqual(['Welkom', 'De Bloemenfabriek', 'Dialoog', 'Pauze']);
    expect(await text(page, '#sessie-keep-status')).toBe('Plan ‘Maart’ staat nu in de planner.');
  });
});

describe('a full day on paper', () => {
  it('keeps the agenda of the longest plan (30 blocks, a long goal) on one A4 page', async () => {
    const blocks: Plan['blocks'] = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 1 ? { kind: 'tool', ref: 'leerwegcreatie', minutes: 15, lead: 'Een collega met een lange naam uit het team' } : { kind: 'free', title: `Onderdeel ${i + 1} met een wat langere titel`, minutes: 10, lead: 'Anna' });
    const plan: Plan = { title: 'Een hele studiedag met een lange titel voor het hele team', date: '2026-06-01', place: 'De aula van de school', goal: 'Een doel van een paar zinnen. '.repeat(10).trim(), start: '08:30', blocks };
    const page = await open(`sessie/${linkHash(plan)}`);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), useSystemFonts: true }).promise;
    const pageText = async (n: number) => (await (await pdf.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
    const first = await pageText(1);
    expect(first).toContain('Onderdeel 30 met een wat langere titel');
    expect(first).toContain('Totaal: 5 uur 50 minuten, van 08:30 tot 14:20.');
    expect(await pageText(2)).not.toContain('Onderdeel 30');
  });
});

describe('sharing', () => {
  let link: string;
  let file: string;
  const expected = ['09:30–09:45', '09:45–10:25', '10:25–10:40', '10:40–11:25'];

  it('makes a link that carries the plan, and opens it in an empty planner', async () => {
    const page = await open();
    await buildPlan(page);
    await typeInto(page, '#sessie-b3-min', '45');
    await page.click('#sessie-make-link');
    link = await page.$eval('#sessie-link', (el) => (el as HTMLTextAreaElement).value);
    expect(link).toMatch(new RegExp(`^${pages.url}sessie/#plan=[A-Za-z0-9_-]{100,3000}$`));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sessie-link');

    const downloads = path.join(pages.tmp, 'downloads');
    fs.mkdirSync(downloads, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
    await page.click('#sessie-download');
    file = path.join(downloads, 'sessie-studiemiddag-samen-leren-2026-03-12.json');
    for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ app: 'samen-leren', kind: KIND.plan, version: VERSION, data: { title: 'Studiemiddag samen leren', start: '09:30' } });

    const other = await open(link.slice(pages.url.length));
    expect(await times(other)).toEqual(expected);
    expect(await text(other, '#sessie-start-status')).toBe('Plan ‘Studiemiddag samen leren’ uit de link staat nu in de planner.');
    expect(await other.evaluate(() => location.hash)).toBe('');
  });

  it('asks before a link replaces a plan in progress', async () => {
    const page = await open('gereedschap/dialoog/');
    await page.click(`a[href="/sessie/?gereedschap=dialoog"]`);
    await page.waitForSelector('#sessie-blocks [data-i="0"]');
    expect(await titles(page)).toEqual(['Dialoog']);
    expect(await page.evaluate(() => location.search)).toBe('');
    await gotoReady(page, link);
    expect(await text(page, '#sessie-incoming-text')).toBe('Deze link bevat een plan: ‘Studiemiddag samen leren’. Wil je het openen? Het plan waar je aan werkte wordt dan vervangen.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sessie-link-open');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await times(page)).toEqual(expected);
  });

  it('opens a plan from a file', async () => {
    const page = await open();
    const inputEl = (await page.$('#sessie-file')) as ElementHandle<HTMLInputElement>;
    await inputEl.uploadFile(file);
    await page.waitForFunction(() => document.querySelectorAll('#sessie-blocks [data-time]').length === 4);
    expect(await times(page)).toEqual(expected);
    expect(await text(page, '#sessie-share-status')).toBe('Plan ‘Studiemiddag samen leren’ geopend uit het bestand.');
  });
});

describe('hostile and broken input', () => {
  const plan: Plan = { title: 'x', date: '', place: '', goal: '', start: '09:00', blocks: [{ kind: 'break', title: 'Koffie', minutes: 10, lead: '' }] };

  it('says in Dutch what is wrong with a broken link, and does not crash', async () => {
    const page = await open('sessie/#plan=dit-is-geen-plan!!');
    expect(await text(page, '#sessie-notices')).toBe('De link kan niet worden geopend: Het is beschadigd of onvolledig. Kopieer de hele link, of vraag het bestand opnieuw.');
    expect(await text(page, '#sessie-total')).toBe('Nog geen onderdelen.');
    const cut = await open(`sessie/${linkHash(plan).slice(0, 40)}`);
    expect(await text(cut, '#sessie-notices')).toMatch(/^De link kan niet worden geopend: /);
  });

  it('refuses a link or file with markup, an unknown tool or an absurd duration, and never renders it', async () => {
    const hostile = { ...plan, title: '<img src=x onerror="document.title=1">' };
    const page = await open(`sessie/#plan=${encodeCode(wrap(KIND.plan, VERSION, hostile))}`);
    expect(await text(page, '#sessie-notices')).toBe('De link kan niet worden geopend: Er staat een tekst in met tekens die niet mogen, zoals < of >.');
    expect(await page.$('img[src="x"]')).toBeNull();
    const files: Array<[string, string, string]> = [
      ['gereedschap.json', JSON.stringify(wrap(KIND.plan, VERSION, { ...plan, blocks: [{ kind: 'tool', ref: 'toverstaf', minutes: 10, lead: '' }] })), 'Er staat een gereedschap in dat dit handboek niet heeft.'],
      ['duur.json', JSON.stringify(wrap(KIND.plan, VERSION, { ...plan, blocks: [{ kind: 'break', title: 'x', minutes: 99999, lead: '' }] })), 'Er staat een tijdsduur in die geen heel aantal minuten is (1 tot 600).'],
      ['lead.json', JSON.stringify(wrap(KIND.plan, VERSION, { ...plan, blocks: [{ kind: 'break', title: 'x', minutes: 5, lead: '<script>alert(1)</script>' }] })), 'Er staat een tekst in met tekens die niet mogen, zoals < of >.'],
      ['antwoorden.json', JSON.stringify(wrap(CHECKLIST_KIND.answers, CHECKLIST_VERSION, { checklist: 'lerende-organisatie', answers: {} })), 'Het is geen sessieplan, maar iets anders uit dit handboek.'],
      ['kapot.json', '{"app": "samen-leren", ', 'Het is beschadigd of onvolledig. Kopieer de hele link, of vraag het bestand opnieuw.'],
      ['groot.json', 'x'.repeat(250_000), 'Het is groter dan 200 kB; een plan is veel kleiner.'],
    ];
    for (const [name, content, message] of files) {
      const f = path.join(pages.tmp, name);
      fs.writeFileSync(f, content);
      const inputEl = (await page.$('#sessie-file')) as ElementHandle<HTMLInputElement>;
      await inputEl.uploadFile(f);
      await page.waitForFunction((n) => document.getElementById('sessie-share-status')!.textContent!.includes(n), {}, name);
      expect(await text(page, '#sessie-share-status'), name).toBe(`Het bestand ‘${name}’ kan niet worden geopend: ${message}`);
    }
    expect(await page.$('script:not([src]):not([type="application/json"])')).toBeNull();
    expect(await page.title()).not.toBe('1');
    expect(await text(page, '#sessie-total')).toBe('Nog geen onderdelen.');
  });

  it('shows a title with special characters as plain text', async () => {
    const odd = { ...plan, title: 'Tom & Jerry’s "sessie" &amp; meer' };
    const page = await open(`sessie/#plan=${encodeCode(wrap(KIND.plan, VERSION, odd))}`);
    expect(await page.$eval('#sessie-title', (el) => (el as HTMLInputElement).value)).toBe(odd.title);
    expect(await page.$eval('#sessie-print-agenda h2', (el) => el.textContent)).toBe(odd.title);
  });

  it('sets a corrupt saved plan aside, never overwrites it, and starts clean', async () => {
    const page = await open('sessie/', async (prep) => {
      await prep.evaluate((k) => localStorage.setItem(k, '{kapot'), KEYS.draft);
    });
    expect(await text(page, '#sessie-notices')).toMatch(/^Het plan waar je aan werkte op dit apparaat kon niet worden gelezen: Het is beschadigd of onvolledig\..* We hebben het apart gezet onder de sleutel samen-leren:sessie:concept:kapot:\S+; er is niets overschreven\.$/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const backup = keys.find((k) => k.startsWith(`${KEYS.draft}:kapot:`))!;
    expect(await page.evaluate((k) => localStorage.getItem(k), backup)).toBe('{kapot');
    await page.click('#sessie-add-break');
    await settle(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), backup)).toBe('{kapot');
  });

  it('does not save a text it could not read back, and says why', async () => {
    const page = await open();
    await typeInto(page, '#sessie-title', 'A <b>');
    await settle(page);
    expect(await text(page, '#sessie-plan-status')).toBe('Er staat een tekst in met tekens die niet mogen, zoals < of >.');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEYS.draft)).not.toContain('<b>');
  });
});

describe('starting points', () => {
  const answers = (digits: string) => {
    const ids = ['oc1', 'oc2', 'oc3', 'oc4', 'oc5', 'oc6', 'fo1', 'fo2', 'fo3', 'fo4', 'fo5', 'fo6', 'eb1', 'eb2', 'eb3', 'eb4', 'eb5', 'eb6'];
    return Object.fromEntries(ids.map((id, i) => [id, Number(digits[i])]));
  };

  it('plans from the checklist result on this device: the tools of the weak categories', async () => {
    const seed = async (prep: Page) => {
      await prep.evaluate((k, v) => localStorage.setItem(k, v), storageKey('lerende-organisatie', 'answers'),
        JSON.stringify(wrap(CHECKLIST_KIND.answers, CHECKLIST_VERSION, { checklist: 'lerende-organisatie', answers: answers('333333' + '333333' + '111211') })));
    };
    const list = await open('checklists/lerende-organisatie/', seed);
    await list.click('#scorer-plan-session a');
    await list.waitForSelector('#sessie-blocks [data-i="0"]');
    expect(await titles(list)).toEqual(['Ontmoetingen in het carrousel', 'Leerwegcreatie met het actornetwerkmodel']);
    expect(await text(list, '#sessie-start-status')).toBe('Plan gemaakt uit jullie uitkomst van ‘Checklist lerende organisatie’. Aandacht nodig: Expertise benutten.');
    expect(await list.$eval('#sessie-title', (el) => (el as HTMLInputElement).value)).toBe('Checklist lerende organisatie');
  });

  it('says so when this device has no checklist result', async () => {
    const page = await open();
    await page.select('#sessie-start-checklist', 'lerend-partnerschap');
    await page.click('#sessie-start-checklist-go');
    expect(await text(page, '#sessie-start-status')).toMatch(/^Op dit apparaat staat nog geen uitkomst van de checklist ‘.+’\. Vul eerst de checklist in\.$/);
  });

  it('plans from a step: its tools, then a reflection round with its questions', async () => {
    const page = await open();
    await page.select('#sessie-start-step', 'positief-klimaat');
    await page.click('#sessie-start-step-go');
    await settle(page);
    expect(await titles(page)).toEqual(['Dialoog', 'Betrokkenheidsmodel', 'Kleuren van verandering', 'Reflectieronde bij stap 6: Positief klimaat']);
    expect(await page.$$eval('[data-i="3"] .sessie-questions li', (lis) => lis.length)).toBeGreaterThan(2);
    expect(await times(page)).toEqual(['09:00–tijd nog open', 'tijd nog open', 'tijd nog open', 'tijd nog open']);
    expect(await text(page, '#sessie-needs')).toContain('Zet de vragen van stap 6 op papier of op het scherm.');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.skipIf(!fs.existsSync(path.join(DIST, 'pdf')))('the hand-outs of a plan as one PDF (with the PDFs built)', () => {
  it('merges the hand-outs in agenda order, loading pdf-lib only on click', async () => {
    const plan: Plan = { title: 'Hand-outs', date: '', place: '', goal: '', start: '09:00', blocks: [
      { kind: 'tool', ref: 'dialoog', minutes: 30, lead: '' }, { kind: 'break', title: 'Pauze', minutes: 10, lead: '' },
      { kind: 'reflection', ref: 'positief-klimaat', minutes: 20, lead: '' }, { kind: 'tool', ref: 'dialoog', minutes: 30, lead: '' }] };
    const page = await open(`sessie/${linkHash(plan)}`);
    // pdf-lib (the large es.*.js chunk) is not part of the page: it comes only on click.
    const scriptsBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scriptsBefore.some((n) => /\/_astro\/es\.[^/]+\.js$/.test(n))).toBe(false);
    const loaded: string[] = [];
    page.on('request', (r) => void loaded.push(r.url()));
    const downloads = path.join(pages.tmp, 'handouts');
    fs.mkdirSync(downloads, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
    await page.click('#sessie-handouts');
    await page.waitForFunction(() => /klaar|lukte niet/.test(document.getElementById('sessie-handouts-status')!.textContent!), { timeout: 30_000 });
    expect(await text(page, '#sessie-handouts-status')).toMatch(/^De PDF met 2 hand-outs is klaar \(\d+ pagina's\)\.$/);
    expect(loaded.some((u) => /\/_astro\/es\.[^/]+\.js$/.test(u))).toBe(true);
    expect(loaded.filter((u) => u.endsWith('.pdf')).map((u) => u.replace(/^.*\/pdf\//, ''))).toEqual(['gereedschap-8-dialoog.pdf', 'stap-6-positief-klimaat.pdf']);
    const file = path.join(downloads, 'sessie-hand-outs-hand-outs.pdf');
    for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    const { PDFDocument } = await import('pdf-lib');
    const merged = await PDFDocument.load(fs.readFileSync(file));
    const parts = await Promise.all(['gereedschap-8-dialoog.pdf', 'stap-6-positief-klimaat.pdf'].map(async (f) => (await PDFDocument.load(fs.readFileSync(path.join(DIST, 'pdf', f)))).getPageCount()));
    expect(merged.getPageCount()).toBe(parts[0]! + parts[1]!);
  });
});
