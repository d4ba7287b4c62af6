import { describe, expect, it } from 'vitest';
import { fill, letter, listNl } from './format.ts';

describe('filling UI texts', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('Nog {n} van de {points} punten.', { n: 3, points: 8 })).toBe('Nog 3 van de 8 punten.');
    expect(fill('Hallo {naam}', {})).toBe('Hallo {naam}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  it('does not read a name as a placeholder or a pattern', () => {
    expect(fill('Profiel van {name}', { name: '{points} $& $1' })).toBe('Profiel van {points} $& $1');
  });

  it('lists words the Dutch way and gives letters to answers', () => {
    expect(listNl([])).toBe('');
    expect(listNl(['geel'])).toBe('geel');
    expect(listNl(['geel', 'blauw'])).toBe('geel en blauw');
    expect(listNl(['geel', 'blauw', 'rood'])).toBe('geel, blauw en rood');
    expect([0, 4].map(letter)).toEqual(['A', 'E']);
  });
});
