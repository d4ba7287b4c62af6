// The tool cards (dist/pdf/samen-leren-kaarten.pdf, scripts/pdf/cards.ts): four A6
// cards per A4 sheet, fronts then mirrored backs, every step and tool once; a card
// whose text does not fit at 8 pt stops the build and is named.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { loadBook } from '../src/lib/node/book.ts';
import { A4, CARDS_PDF_NAME, CARDS_ROUTE } from '../src/lib/shared/cards.ts';
import { CardOverflowError, fitCards, imposeCards } from '../scripts/pdf/cards.ts';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { DIST, readDist } from './helpers/dist.ts';
import { serve, type StaticServer } from './helpers/server.ts';

const file = path.join(DIST, 'pdf', CARDS_PDF_NAME);
const book = loadBook();

describe('imposeCards', () => {
  it('puts four cards on a sheet, each front sheet followed by its back sheet', async () => {
    const a6 = await PDFDocument.create();
    for (let i = 0; i < 10; i++) a6.addPage([297.64, 419.53]); // 5 cards, front and back
    const out = await imposeCards(a6);
    expect(out.getPageCount()).toBe(4);
    for (const p of out.getPages()) {
      expect(p.getWidth()).toBeCloseTo(A4.width, 1);
      expect(p.getHeight()).toBeCloseTo(A4.height, 1);
    }
    const odd = await PDFDocument.create();
    odd.addPage();
    await expect(imposeCards(odd)).rejects.toThrow(/even aantal/);
  });
});

describe.skipIf(!fs.existsSync(file))('the built cards', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve(DIST, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has every step and tool on A4 sheets, fronts then backs', async () => {
    const cards = book.steps.length + book.tools.length;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: true }).promise;
    expect(pdf.numPages).toBe(Math.ceil(cards / 4) * 2);
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , w, h] = page.view;
      expect(w).toBeCloseTo(A4.width, 0);
      expect(h).toBeCloseTo(A4.height, 0);
      texts.push((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    const all = texts.join(' ');
    for (const e of [...book.steps, ...book.tools]) expect(all, e.id).toContain(e.title.slice(0, 20));
    expect(texts[0]).toContain('STAP 1');
    expect(texts[1]).toContain('Vragen voor een teamoverleg');
    expect(texts.at(-1)).toContain('Zo pak je het aan');
    expect(texts.at(-1)).toContain('Let op:');
  });

  it('is offered next to the book', () => {
    expect(readDist('colofon/index.html')).toContain(`href="/pdf/${CARDS_PDF_NAME}"`);
  });

  it('stops and names the card when its text does not fit at 8 pt', async () => {
    const page = await browser.newPage();
    await page.emulateMediaType('print');
    await page.goto(`${server.url}${CARDS_ROUTE.slice(1)}`, { waitUntil: 'load' });
    await fitCards(page); // the real content fits
    expect(await page.$$eval('[data-card]', (els) => els.every((e) => ['9', '8.5', '8'].includes((e as HTMLElement).dataset.size!)))).toBe(true);
    await page.$eval('[data-card="gereedschap-dialoog (achterkant)"] .card-steps', (ol) => {
      for (let i = 0; i < 12; i++) ol.append(Object.assign(document.createElement('li'), { textContent: 'Een heel lange stap die niet meer op de kaart past. '.repeat(3) }));
    });
    await expect(fitCards(page)).rejects.toThrow(CardOverflowError);
    await expect(fitCards(page)).rejects.toThrow('gereedschap-dialoog (achterkant)');
    await page.close();
  });
});
