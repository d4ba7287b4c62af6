// Numbers and texts as the page shows them.
import { describe, expect, it } from 'vitest';
import { fill, nl1, signed } from './format.ts';

describe('format', () => {
  it('writes one decimal with a Dutch comma', () => {
    expect(nl1(2)).toBe('2,0');
    expect(nl1(7 / 3)).toBe('2,3');
    expect(nl1(2.25)).toBe('2,3');
  });
  it('signs a change, with a real minus sign', () => {
    expect(signed(0.3)).toBe('+0,3');
    expect(signed(-0.84)).toBe('−0,8');
    expect(signed(0.04)).toBe('0,0');
    expect(signed(-0.04)).toBe('0,0');
  });
  it('fills placeholders and leaves unknown ones visible, also for prototype names', () => {
    expect(fill('{n} van {total}', { n: 3, total: 18 })).toBe('3 van 18');
    expect(fill('{naam} en {constructor} en {__proto__}', {})).toBe('{naam} en {constructor} en {__proto__}');
    expect(fill('{a}', { a: '<b>{a}</b>' })).toBe('<b>{a}</b>');
  });
});
