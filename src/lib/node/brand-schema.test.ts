// The brand config: every way brand.yaml can be wrong gives its own Dutch
// message that names brand.yaml, the field and the fix; and the checks the
// schema cannot do alone (files, colours, parts, ui keys).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { FONTS } from './brand-schema.ts';
import { contrastRatio, darkenToContrast, formatRatio, SURFACES } from '../shared/contrast.ts';
import { imageDimensions, sniffImage, svgProblems } from './brand-files.ts';
import { loadBrand, BrandError, brandCss, escapeHtml } from './brand.ts';

const ROOT = process.cwd();
const LOGO = fs.readFileSync(path.join(ROOT, 'content', 'brand-voorbeeld', 'logo.svg'));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5b1f1a50000000049454e44ae426082', 'hex');

const VALID = {
  name: 'Basisschool Het Anker',
  shortName: 'Het Anker',
  logo: 'logo.svg',
  colours: { primary: '#1f4e79', accent: '#9c4a00' },
  site: { base: '/anker/' },
};

/** A brand folder in a temp dir: brand.yaml from `config` (an object, or raw YAML text) and extra files. */
function brandFolder(config: object | string, files: Record<string, string | Buffer> = { 'logo.svg': LOGO }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merk-'));
  fs.writeFileSync(path.join(dir, 'brand.yaml'), typeof config === 'string' ? config : stringify(config));
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}

/** The error loadBrand gives for this folder (fails the test if there is none). */
function errorFor(dir: string): string {
  try {
    loadBrand(dir, { root: ROOT });
  } catch (e) {
    expect(e).toBeInstanceOf(BrandError);
    const message = (e as Error).message;
    expect(message).toContain(`${dir}/brand.yaml klopt niet`);
    return message;
  }
  throw new Error('loadBrand gaf geen fout');
}

describe('the brands in the repository', () => {
  it('the project\'s own brand is the default: its name, colours, logo and the root path', () => {
    const brand = loadBrand(undefined, { root: ROOT });
    expect(brand).toMatchObject({ isDefault: true, name: 'Samen leren', colours: { primary: '#1f4e79', accent: '#9c4a00' }, base: '/', footer: [] });
    expect(brand.logo.path).toMatch(/^\/_brand\/logo-[0-9a-f]{10}\.svg$/);
    expect(brand.icon).toBe(brand.logo);
    expect(brand.include).toEqual(['inleiding', 'stappen', 'gereedschap', 'checklists', 'kleurentest', 'achtergrond', 'begrippen', 'bronnen', 'colofon']);
    expect(brand.cover).toEqual({ title: 'Samen leren', subtitle: 'Handboek voor scholen waar leraren samen leren', text: [] });
  });

  it('the example school has its name, base path, own page after the introduction, cover and ui text', () => {
    const brand = loadBrand('content/brand-voorbeeld', { root: ROOT });
    expect(brand).toMatchObject({
      isDefault: false,
      name: 'Openbare basisschool De Wilg, Zwolle',
      shortName: 'OBS De Wilg',
      base: '/scholen/de-wilg/',
      siteUrl: 'https://www.obsdewilg.example',
      font: { id: 'rond' },
      cover: { title: 'Samen leren op De Wilg' },
      ui: { siteSubtitle: 'Handboek voor het team van De Wilg' },
    });
    expect(brand.pages).toEqual([{ id: 'samen-leren-op-de-wilg', file: path.join(ROOT, 'content/brand-voorbeeld/paginas/samen-leren-op-de-wilg.mdx'), after: 'inleiding' }]);
    expect(brand.footer).toHaveLength(2);
    expect(brand.css.text).toContain('--brand-primary: #2d6a4f;');
  });

  it('a base path from SAMEN_LEREN_BASE wins over site.base, and is checked too', () => {
    expect(loadBrand('content/brand-voorbeeld', { root: ROOT, baseOverride: '/proef/' }).base).toBe('/proef/');
    expect(() => loadBrand('content/brand-voorbeeld', { root: ROOT, baseOverride: 'proef' })).toThrow(/SAMEN_LEREN_BASE="proef"/);
  });
});

describe('a brand folder that is not there', () => {
  it('names the folder', () => {
    expect(() => loadBrand('/nergens/merk', { root: ROOT })).toThrow(/Merkmap \/nergens\/merk: die map bestaat niet/);
  });
  it('names brand.yaml, and a file that looks like it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'merk-'));
    fs.writeFileSync(path.join(dir, 'brand.yml'), stringify(VALID));
    expect(() => loadBrand(dir, { root: ROOT })).toThrow(/brand\.yaml: dat bestand ontbreekt \(er staat wel "brand\.yml"; noem het brand\.yaml\)/);
  });
  it('YAML that does not parse', () => {
    const dir = brandFolder('name: "De Wilg\nshortName: x\n');
    expect(() => loadBrand(dir, { root: ROOT })).toThrow(/brand\.yaml, regel 1: geen geldige YAML\.\n    name: "De Wilg\n  een aanhalingsteken of haakje wordt niet gesloten/);
  });
});

describe('each invalid brand.yaml gives its own message', () => {
  it('accepts the valid one', () => {
    expect(loadBrand(brandFolder(VALID), { root: ROOT }).name).toBe('Basisschool Het Anker');
  });

  it('an unknown key, with the key it probably means, at any depth', () => {
    const { colours, ...rest } = VALID;
    const message = errorFor(brandFolder({ ...rest, colors: colours, cover: { titel: 'x' } }));
    expect(message).toContain('veld "colors": onbekende sleutel; bedoel je "colours"?');
    expect(message).toContain('veld "cover.titel": onbekende sleutel; bedoel je "cover.title"?');
    expect(message).toContain('veld "colours": ontbreekt; verwacht een groep velden');
  });

  it('a key that resembles nothing lists the keys there are', () => {
    expect(errorFor(brandFolder({ ...VALID, site: { base: '/a/', zzzzzz: 1 } }))).toContain('veld "site.zzzzzz": onbekende sleutel; haal hem weg of kies een van: url, base');
  });

  it('a wrong type', () => {
    const message = errorFor(brandFolder({ ...VALID, name: 42, pages: 'inleiding' }));
    expect(message).toContain('veld "name": verwacht een tekst, maar vond een getal');
    expect(message).toContain('veld "pages": verwacht een lijst, maar vond de tekst "inleiding"');
  });

  it('a missing required field', () => {
    const { shortName: _, ...rest } = VALID;
    expect(errorFor(brandFolder(rest))).toContain('veld "shortName": ontbreekt; verwacht een tekst');
  });

  it('a colour without quotes (YAML reads it as a comment)', () => {
    const message = errorFor(brandFolder(`name: A\nshortName: A\nlogo: logo.svg\ncolours:\n  primary: #1f4e79\n  accent: "#9c4a00"\n`));
    expect(message).toContain('veld "colours.primary": ontbreekt of is leeg; zet de kleur tussen aanhalingstekens');
  });

  it('a colour in another notation', () => {
    expect(errorFor(brandFolder({ ...VALID, colours: { primary: 'blue', accent: '#9c4a00' } }))).toContain('veld "colours.primary": schrijf een kleur als "#rrggbb"');
  });

  it('a font the project does not offer', () => {
    const message = errorFor(brandFolder({ ...VALID, font: 'Comic Sans' }));
    expect(message).toContain('veld "font": kies een van deze letters: "systeem" (de standaardletter van het apparaat');
    for (const f of Object.keys(FONTS)) expect(message).toContain(`"${f}" (`);
  });

  it('a missing logo file, with the name it probably means', () => {
    const message = errorFor(brandFolder({ ...VALID, logo: 'logo.svgg' }));
    expect(message).toContain('veld "logo": het bestand "logo.svgg" staat niet in de merkmap (bedoel je "logo.svg"?)');
  });

  it('a text file named logo.png', () => {
    const message = errorFor(brandFolder({ ...VALID, logo: 'logo.png' }, { 'logo.png': 'Dit is geen plaatje, maar tekst.\n' }));
    expect(message).toContain('veld "logo": "logo.png" is geen afbeelding: de inhoud is geen SVG, PNG, JPEG of WebP');
  });

  it('a PNG named logo.svg', () => {
    expect(errorFor(brandFolder(VALID, { 'logo.svg': PNG }))).toContain('veld "logo": "logo.svg" is eigenlijk een PNG-bestand; geef het de extensie .png');
  });

  it('a logo that is too heavy for every page', () => {
    const big = Buffer.concat([PNG, Buffer.alloc(400 * 1024)]);
    expect(errorFor(brandFolder({ ...VALID, logo: 'logo.png' }, { 'logo.png': big }))).toMatch(/veld "logo": "logo\.png" is 40\d kB; .*maximaal 300 kB/);
  });

  it('an SVG with a script', () => {
    const evil = LOGO.toString().replace('</svg>', '<script>alert(1)</script></svg>');
    expect(errorFor(brandFolder(VALID, { 'logo.svg': evil }))).toContain('veld "logo": "logo.svg" is geen veilige SVG: bevat een <script>');
  });

  it('an icon that is not square, and the size the web app manifest gets', () => {
    // The same PNG, its header saying 2 pixels wide and 1 high.
    const wide = Buffer.from(PNG);
    wide.writeUInt32BE(2, 16);
    expect(errorFor(brandFolder({ ...VALID, icon: 'icon.png' }, { 'logo.svg': LOGO, 'icon.png': wide }))).toContain('veld "icon": "icon.png" is 2×1 pixels; een icoon is vierkant');
    const brand = loadBrand(brandFolder({ ...VALID, icon: 'icon.png' }, { 'logo.svg': LOGO, 'icon.png': PNG }), { root: ROOT });
    expect(brand.icon.sizes).toBe('1x1');
    expect(brand.logo.sizes).toBe('any');
  });

  it('an SVG icon with an event handler (the icon is checked like the logo)', () => {
    const evil = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>';
    expect(errorFor(brandFolder({ ...VALID, icon: 'icon.svg' }, { 'logo.svg': LOGO, 'icon.svg': evil }))).toContain('veld "icon": "icon.svg" is geen veilige SVG: bevat een onload-attribuut');
  });

  it('a primary colour with too little contrast: the measured ratio and a darker colour that passes', () => {
    const message = errorFor(brandFolder({ ...VALID, colours: { primary: '#7fa3c8', accent: '#9c4a00' } }));
    expect(message).toContain('veld "colours.primary": #7fa3c8 heeft te weinig contrast: op wit (de pagina) 2,63:1, op lichtgrijs');
    expect(message).toContain('minstens 4,5:1 nodig (WCAG AA)');
    expect(message).toContain('bijvoorbeeld "#59728c"');
    expect(message).not.toContain('colours.accent');
  });

  it('an accent that passes on white but not on the light grey of the menu', () => {
    expect(contrastRatio('#b85a1a', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const message = errorFor(brandFolder({ ...VALID, colours: { primary: '#1f4e79', accent: '#b85a1a' } }));
    expect(message).toContain(`veld "colours.accent": #b85a1a heeft te weinig contrast: op lichtgrijs (#f5f6f8, het menu en de kaders) ${formatRatio(contrastRatio('#b85a1a', '#f5f6f8'))}.`);
    expect(message).not.toContain('op wit');
  });

  it('a base path without a leading slash, and one without a trailing slash', () => {
    expect(errorFor(brandFolder({ ...VALID, site: { base: 'scholen/de-wilg/' } }))).toContain('veld "site.base": "scholen/de-wilg/" moet beginnen met "/": schrijf "/scholen/de-wilg/"');
    expect(errorFor(brandFolder({ ...VALID, site: { base: '/scholen/de-wilg' } }))).toContain('veld "site.base": "/scholen/de-wilg" moet eindigen met "/": schrijf "/scholen/de-wilg/"');
    expect(errorFor(brandFolder({ ...VALID, site: { base: '/scholen/de wilg/' } }))).toContain('mag alleen letters, cijfers en . _ ~ - bevatten');
  });

  it('a site address with a path in it', () => {
    expect(errorFor(brandFolder({ ...VALID, site: { url: 'https://www.anker.nl/handboek/', base: '/' } }))).toContain('veld "site.url": alleen het adres van de site zelf, zonder pad');
  });

  it('an unknown part id in include, with the one it probably means', () => {
    const message = errorFor(brandFolder({ ...VALID, include: ['inleidng', 'stappen', 'gereedschap', 'checklists', 'bronnen', 'colofon'] }));
    expect(message).toContain('veld "include.0": "inleidng" is geen deel van het handboek; bedoel je "inleiding"?');
    expect(message).toContain('veld "include": "inleiding" ontbreekt; dat deel blijft altijd in het handboek');
  });

  it('leaving out a part that must stay says why', () => {
    const message = errorFor(brandFolder({ ...VALID, include: ['inleiding', 'stappen', 'gereedschap', 'checklists', 'bronnen'] }));
    expect(message).toContain('"colofon" ontbreekt; dat deel blijft altijd in het handboek (de licentie (CC BY-SA) vraagt om naamsvermelding');
    expect(message).toContain('Alleen achtergrond en begrippen kun je weglaten');
  });

  it('leaving out the optional parts is fine, and keeps book order', () => {
    const brand = loadBrand(brandFolder({ ...VALID, include: ['colofon', 'bronnen', 'kleurentest', 'checklists', 'gereedschap', 'stappen', 'inleiding'] }), { root: ROOT });
    expect(brand.include).toEqual(['inleiding', 'stappen', 'gereedschap', 'checklists', 'kleurentest', 'bronnen', 'colofon']);
  });

  it('an own page after a part that does not exist', () => {
    const page = '---\ntitle: Bij ons\nsummary: Hoe wij het doen.\n---\n\nTekst.\n';
    const message = errorFor(brandFolder({ ...VALID, pages: [{ file: 'bij-ons.mdx', after: 'inleidingg' }] }, { 'logo.svg': LOGO, 'bij-ons.mdx': page }));
    expect(message).toContain('veld "pages.0.after": "inleidingg" is geen deel van dit handboek; bedoel je "inleiding"?');
  });

  it('an own page that is missing, or takes the name of a part, or has a script', () => {
    const page = '---\ntitle: Bij ons\nsummary: Hoe wij het doen.\n---\n\nTekst.\n';
    const dir = brandFolder(
      { ...VALID, pages: [{ file: 'weg.mdx', after: 'inleiding' }, { file: 'stappen.mdx', after: 'inleiding' }, { file: 'eng.mdx', after: 'inleiding' }] },
      { 'logo.svg': LOGO, 'stappen.mdx': page, 'eng.mdx': `${page}\n<script>alert(1)</script>\n` },
    );
    const message = errorFor(dir);
    expect(message).toContain('veld "pages.0.file": het bestand "weg.mdx" staat niet in de merkmap');
    expect(message).toContain('veld "pages.1.file": het handboek heeft al een pagina of map "/stappen/"');
    expect(message).toMatch(/veld "pages.2.file": "eng.mdx", regel \d+: <script> laadt of doet iets buiten de tekst/);
  });

  it('a page file outside the brand folder', () => {
    expect(errorFor(brandFolder({ ...VALID, pages: [{ file: '../x.mdx', after: 'inleiding' }] }))).toContain('veld "pages.0.file": schrijf het pad vanaf de merkmap');
  });

  it('an unknown ui key, with the key it probably means', () => {
    const message = errorFor(brandFolder({ ...VALID, ui: { siteTitel: 'X', footer: { colofon: 'Y' } } }));
    expect(message).toContain('veld "ui.siteTitel": deze tekst bestaat niet in content/ui.yaml; bedoel je "ui.siteTitle"?');
    expect(message).toContain('veld "ui.footer.colofon": deze tekst bestaat niet in content/ui.yaml; bedoel je "ui.footer.colophon"?');
  });

  it('a ui text of the wrong kind', () => {
    const message = errorFor(brandFolder({ ...VALID, ui: { home: 'Welkom', checklistPage: { scale: ['een', 'twee'] } } }));
    expect(message).toContain('veld "ui.home": is een groep teksten; noem de tekst die je wilt veranderen, bijvoorbeeld "ui.home.ways"');
    expect(message).toContain('veld "ui.checklistPage.scale": verwacht een lijst van 3 teksten');
  });

  it('names hidden control characters, line breaks in a name and a name that is too long', () => {
    const message = errorFor(brandFolder({ ...VALID, name: 'De\u202eWilg', shortName: 'Twee\nregels', cover: { title: 'x'.repeat(121) } }));
    expect(message).toContain('veld "name": bevat een regeleinde of een onzichtbaar stuurteken');
    expect(message).toContain('veld "shortName": bevat een regeleinde');
    expect(message).toContain('veld "cover.title": is te lang; maximaal 120 tekens');
  });

  it('lists every problem at once', () => {
    const message = errorFor(brandFolder({ ...VALID, logo: 'weg.svg', colours: { primary: '#aaaaaa', accent: '#bbbbbb' }, ui: { nope: 'x' } }));
    expect(message.match(/^ {2}- veld/gm)).toHaveLength(4);
    expect(message).toContain('Alle velden staan in README.md onder "Een eigen versie voor je school".');
  });
});

describe('markup in a brand is text', () => {
  it('a name with markup and odd characters is accepted as it is (the templates escape it)', () => {
    const name = '<img src=x onerror=alert(1)>&amp; "Sint-Jozef" — ’t Kompas';
    expect(loadBrand(brandFolder({ ...VALID, name }), { root: ROOT }).name).toBe(name);
  });
  it('escapeHtml for HTML built as a string (PDF header and footer templates)', () => {
    expect(escapeHtml('<b>"A" & \'B\'</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
  });
  it('the brand stylesheet holds only checked values: hex colours and a font stack from the list', () => {
    const css = brandCss({ primary: '#123456', accent: '#654321' }, { id: 'schreef', stack: FONTS.schreef.stack });
    expect(css).toBe(`/* Generated from brand.yaml by src/lib/node/brand.ts. */\n:root {\n  --brand-primary: #123456;\n  --brand-accent: #654321;\n  --brand-primary-dark: #458fd8;\n  --brand-accent-dark: #bc7d3e;\n  --brand-font: ${FONTS.schreef.stack};\n}\n`);
  });
  it('dark mode (issue 17): own tints from brand.yaml are checked; too dark stops with the field and a lighter suggestion', () => {
    const ok = brandCss({ primary: '#123456', accent: '#654321', primaryDark: '#99ccff', accentDark: '#ffcc99' }, { id: 'systeem', stack: FONTS.systeem.stack });
    expect(ok).toContain('--brand-primary-dark: #99ccff;');
    const message = errorFor(brandFolder({ ...VALID, colours: { ...VALID.colours, accentDark: '#654321' } }));
    expect(message).toContain('veld "colours.accentDark": #654321 heeft in de donkere weergave te weinig contrast: op donkergrijs (#15181d, de pagina in de donkere weergave) 2,');
    expect(message).toContain('Kies een lichtere kleur, bijvoorbeeld "#bc7d3e"');
  });
});

describe('colour contrast (WCAG 2.2)', () => {
  it('computes the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('rounds down when it prints, so a failing ratio never reads as 4,50', () => {
    expect(formatRatio(4.499)).toBe('4,49:1');
  });
  it('suggests the lightest darker shade that passes on every surface', () => {
    for (const c of ['#7fa3c8', '#ff8800', '#e0e0e0', '#66cc66']) {
      const d = darkenToContrast(c);
      for (const s of SURFACES) expect(contrastRatio(d, s.hex), `${c} -> ${d} on ${s.hex}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(darkenToContrast('#1f4e79')).toBe('#1f4e79');
  });
});

describe('what an image really is', () => {
  it('knows its own size, for the header\'s <img> (so the logo has its place before it loads)', () => {
    expect(imageDimensions(PNG)).toEqual({ width: 1, height: 1 });
    const wide = Buffer.from(PNG);
    wide.writeUInt32BE(300, 16);
    wide.writeUInt32BE(80, 20);
    expect(imageDimensions(wide)).toEqual({ width: 300, height: 80 });
    expect(imageDimensions(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>'))).toEqual({ width: 120, height: 40 });
    expect(imageDimensions(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"></svg>'))).toEqual({ width: 64, height: 32 });
    // Neither a size nor a viewBox: the browser finds out when it loads it.
    expect(imageDimensions(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    expect(imageDimensions(Buffer.from('geen plaatje'))).toBeUndefined();
    const brand = loadBrand(brandFolder(VALID), { root: ROOT });
    expect([brand.logo.width, brand.logo.height]).toEqual([imageDimensions(LOGO)!.width, imageDimensions(LOGO)!.height]);
    expect(brand.logo.width).toBeGreaterThan(0);
  });
  it('knows PNG, JPEG, WebP and SVG by their bytes', () => {
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffImage(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(sniffImage(LOGO)).toBe('svg');
    expect(sniffImage(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
  });
  it('is not fooled by a name or by text that mentions svg', () => {
    expect(sniffImage(Buffer.from('Dit is geen <svg>.'))).toBeUndefined();
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
  });
  it('finds what makes an SVG unsafe, and nothing in a clean one', () => {
    expect(svgProblems(LOGO.toString())).toEqual([]);
    expect(svgProblems('<svg><a xlink:href="https://elders.nl/x.png"/></svg>')[0]).toMatch(/verwijst naar een ander bestand of een andere site/);
    expect(svgProblems('<svg><image href="foto.png"/></svg>')[0]).toMatch(/"foto\.png"/);
    expect(svgProblems('<svg><use href="#a"/><rect fill="url(#g)"/></svg>')).toEqual([]);
    expect(svgProblems('<svg><rect style="fill:url(https://x.nl/a)"/></svg>')[0]).toMatch(/url\(https/);
    expect(svgProblems('<svg><foreignObject><div/></foreignObject></svg>')[0]).toMatch(/foreignObject/);
    expect(svgProblems('<svg><a href="javascript:alert(1)"/></svg>').join()).toMatch(/javascript:/);
  });
});
