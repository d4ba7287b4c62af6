import { describe, expect, it } from 'vitest';
import { loadContext } from '../node/context.ts';
import { bookRoutes, pageRoute, pdfOf, searchPartOf, searchParts } from './routes.ts';

const own = loadContext({ pdfs: true });
const school = loadContext({ brand: 'content/brand-voorbeeld', pdfs: false });

describe('route data', () => {
  it('gives every page of the book one route, except the checklists and the colour test (they carry an island)', () => {
    const routed = bookRoutes(own).map((r) => r.entry.path);
    const rest = own.book.order.filter((e) => !routed.includes(e.path)).map((e) => e.path);
    expect(rest).toEqual(['/checklists/lerende-organisatie/', '/checklists/lerend-partnerschap/', '/kleurentest/']);
    expect(new Set(routed).size).toBe(routed.length);
  });

  it('titles a step with its number, and describes each page with its summary', () => {
    const step = own.book.steps[2]!;
    expect(pageRoute(step, own).title).toBe(`Stap 3: ${step.title}`);
    expect(pageRoute(step, own).description).toMatch(/\S/);
    for (const r of bookRoutes(own)) expect(r.description, r.entry.path).toMatch(/\S{3}/);
  });

  it('gives a school\'s own pages the school\'s name as their search filter, and the search page lists it', () => {
    const page = school.book.order.find((e) => e.own)!;
    expect(searchPartOf(page, school)).toBe('OBS De Wilg');
    expect(searchParts(school)).toEqual(['OBS De Wilg', 'Stap', 'Gereedschap', 'Checklist', 'Achtergrond', 'Handboek']);
    expect(searchParts(own)).toEqual(['Stap', 'Gereedschap', 'Checklist', 'Achtergrond', 'Handboek']);
  });

  it('offers a hand-out only for steps, tools and checklists, and none in a build without PDFs', () => {
    expect(pdfOf(own.book.tools[0]!, own)).toBe(`/pdf/gereedschap-1-${own.book.tools[0]!.id}.pdf`);
    expect(pdfOf(own.book.parts[0]!.entry, own)).toBeUndefined();
    expect(pdfOf(school.book.tools[0]!, school)).toBeUndefined();
  });
});
