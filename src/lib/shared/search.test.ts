import { describe, expect, it } from 'vitest';
import {
  arrowTarget, backTarget, countMessage, excerptParts, excerptWindow, fill, readState, sectionHits, stateUrl,
  type ExcerptPart,
} from './search.ts';

const PARTS = ['Stap', 'Gereedschap', 'Checklist', 'Achtergrond', 'Handboek'];
const TEXTS = {
  countNone: 'Geen resultaten voor ‘{q}’.',
  countOne: '1 resultaat voor ‘{q}’',
  countMany: '{n} resultaten voor ‘{q}’',
  countIn: 'in: {parts}',
};
const text = (parts: ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('').replace(/\u00a0/g, ' ');

describe('readState and stateUrl', () => {
  it('reads the words and the parts from the address', () => {
    expect(readState('?q=intervisie&onderdeel=Gereedschap&onderdeel=Stap', PARTS)).toEqual({ query: 'intervisie', parts: ['Stap', 'Gereedschap'] });
  });

  it('tidies the words and ignores unknown parts and other parameters', () => {
    expect(readState('?q=++samen+%20%20leren+&onderdeel=Onzin&x=1', PARTS)).toEqual({ query: 'samen leren', parts: [] });
    expect(readState('', PARTS)).toEqual({ query: '', parts: [] });
    expect(readState('?q=' + 'a'.repeat(500), PARTS).query).toHaveLength(200);
  });

  it('survives a broken address', () => {
    expect(readState('?q=%E0%A4%A', PARTS)).toEqual({ query: expect.any(String), parts: [] });
  });

  it('writes an address that reads back to the same state', () => {
    const state = { query: 'leren & werken', parts: ['Stap', 'Achtergrond'] };
    const url = stateUrl('/scholen/demo/zoeken/', state);
    expect(url).toBe('/scholen/demo/zoeken/?q=leren+%26+werken&onderdeel=Stap&onderdeel=Achtergrond');
    expect(readState(url.slice(url.indexOf('?')), PARTS)).toEqual(state);
    expect(stateUrl('/zoeken/', { query: '', parts: [] })).toBe('/zoeken/');
  });
});

describe('countMessage', () => {
  it('says how many results there are, in Dutch', () => {
    expect(countMessage(TEXTS, 0, { query: 'xyz', parts: [] })).toBe('Geen resultaten voor ‘xyz’.');
    expect(countMessage(TEXTS, 1, { query: 'origami', parts: [] })).toBe('1 resultaat voor ‘origami’');
    expect(countMessage(TEXTS, 12, { query: 'feedback', parts: [] })).toBe('12 resultaten voor ‘feedback’');
  });

  it('names the chosen parts', () => {
    expect(countMessage(TEXTS, 4, { query: 'feedback', parts: ['Stap', 'Gereedschap'] })).toBe('4 resultaten voor ‘feedback’ in: Stap, Gereedschap');
  });

  it('fills only the placeholders it knows', () => {
    expect(fill('{n} van {m}', { n: 3 })).toBe('3 van {m}');
  });
});

describe('arrowTarget', () => {
  it('goes down from the field (-1) into the results and stops at the last', () => {
    expect(arrowTarget(-1, 'ArrowDown', 3)).toBe(0);
    expect(arrowTarget(1, 'ArrowDown', 3)).toBe(2);
    expect(arrowTarget(2, 'ArrowDown', 3)).toBe(2);
  });

  it('goes up, and from the first result back to the field', () => {
    expect(arrowTarget(2, 'ArrowUp', 3)).toBe(1);
    expect(arrowTarget(0, 'ArrowUp', 3)).toBe(-1);
  });

  it('leaves other keys and an empty list to the browser', () => {
    expect(arrowTarget(0, 'Enter', 3)).toBeUndefined();
    expect(arrowTarget(-1, 'ArrowDown', 0)).toBeUndefined();
  });
});

describe('backTarget', () => {
  const origin = 'https://school.nl';
  it('goes back to the handbook page the reader came from', () => {
    expect(backTarget('https://school.nl/scholen/demo/stappen/visie-op-leren/#reflectie', origin, '/scholen/demo/', '/scholen/demo/zoeken/'))
      .toBe('https://school.nl/scholen/demo/stappen/visie-op-leren/#reflectie');
  });

  it('goes home when the reader came from elsewhere, from the search itself, or from nowhere', () => {
    const home = 'https://school.nl/scholen/demo/';
    expect(backTarget('https://google.com/search?q=x', origin, '/scholen/demo/', '/scholen/demo/zoeken/')).toBe(home);
    expect(backTarget('https://school.nl/andere-site/', origin, '/scholen/demo/', '/scholen/demo/zoeken/')).toBe(home);
    expect(backTarget('https://school.nl/scholen/demo/zoeken/?q=a', origin, '/scholen/demo/', '/scholen/demo/zoeken/')).toBe(home);
    expect(backTarget('', origin, '/scholen/demo/', '/scholen/demo/zoeken/')).toBe(home);
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into text and hits, decoding what Pagefind escaped', () => {
    expect(excerptParts('elkaar <mark>feedback</mark> geven &lt;b&gt; &amp; <mark>Feedback</mark>')).toEqual([
      { text: 'elkaar ', mark: false },
      { text: 'feedback', mark: true },
      { text: ' geven <b> & ', mark: false },
      { text: 'Feedback', mark: true },
    ]);
  });

  it('never turns other markup into elements: it stays text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> <mark>visie</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['visie']);
  });
});

describe('excerptWindow', () => {
  const long = excerptParts('… een twee drie vier vijf zes zeven acht <mark>feedback</mark>, negen tien elf twaalf dertien veertien vijftien zestien …');

  it('keeps a few words before the first hit and cuts the rest with …', () => {
    expect(text(excerptWindow(long, 8, 3))).toBe('… zes zeven acht [feedback], negen tien elf twaalf …');
  });

  it('keeps the … on the line of the word next to it', () => {
    const parts = excerptWindow(long, 8, 3);
    expect(parts[0]!.text.startsWith('…\u00a0')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('\u00a0…')).toBe(true);
  });

  it('does not cut what is short enough', () => {
    expect(text(excerptWindow(excerptParts('samen <mark>leren</mark> werkt'), 14))).toBe('samen [leren] werkt');
  });

  it('keeps the original ellipsis when the excerpt was already cut', () => {
    expect(text(excerptWindow(excerptParts('… op <mark>elkaar</mark> bouwen …'), 14))).toBe('… op [elkaar] bouwen …');
  });

  it('shows the start when there is no hit', () => {
    expect(text(excerptWindow(excerptParts('een twee drie vier'), 2))).toBe('een twee …');
    expect(excerptWindow([], 5)).toEqual([]);
  });
});

describe('sectionHits', () => {
  const sub = (url: string, excerpt: string, anchor = true) => ({ title: url, url, excerpt, ...(anchor ? { anchor: {} } : {}) });

  it('keeps the headings with hits, not the page itself, at most three', () => {
    const subs = [
      sub('/a/', 'de <mark>visie</mark>', false),
      sub('/a/#een', 'de <mark>visie</mark>'),
      sub('/a/#twee', 'geen treffer'),
      sub('/a/#drie', '<mark>visie</mark>'),
      sub('/a/#een', 'dubbel <mark>visie</mark>'),
      sub('/a/#vier', '<mark>visie</mark>'),
      sub('/a/#vijf', '<mark>visie</mark>'),
    ];
    expect(sectionHits('/a/', subs).map((s) => s.url)).toEqual(['/a/#een', '/a/#drie', '/a/#vier']);
    expect(sectionHits('/a/', undefined)).toEqual([]);
  });
});
