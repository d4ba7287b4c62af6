import { describe, expect, it } from 'vitest';
import { citeText } from './bibliography.ts';
import { referenceSchema } from '../shared/schemas.ts';

const ref = (r: object) => referenceSchema.parse(r);

describe('citeText', () => {
  it('author, year, title, publisher and details, APA-like', () => {
    expect(citeText(ref({ id: 'a', authors: 'Jansen, A., & Vos, B.', year: 2020, title: 'Samen werken', publisher: 'Tijdschrift', details: '3(6), 23' })))
      .toBe('Jansen, A., & Vos, B. (2020). Samen werken. Tijdschrift, 3(6), 23.');
  });
  it('a work without an author starts with its title', () => {
    expect(citeText(ref({ id: 'b', year: 'z.j.', title: 'Samen leren', publisher: 'Katern' }))).toBe('Samen leren. (z.j.). Katern.');
  });
  it('a work named only by author (and year) has no title', () => {
    expect(citeText(ref({ id: 'c', authors: 'Argyris', details: 'Genoemd in 1 + 1 = 3' }))).toBe('Argyris. Genoemd in 1 + 1 = 3.');
    expect(citeText(ref({ id: 'd', authors: 'Schelfhout e.a.', year: 2019 }))).toBe('Schelfhout e.a. (2019).');
  });
  it('needs an author or a title', () => {
    expect(referenceSchema.safeParse({ id: 'e', year: 2020 }).success).toBe(false);
  });
});
