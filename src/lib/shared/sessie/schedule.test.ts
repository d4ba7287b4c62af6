// The times of a session: start and end of every block, the total, and what
// happens when a block has no minutes yet (later times stay open, never guessed).
import { describe, expect, it } from 'vitest';
import { formatDuration, formatTime, glanceMinutes, move, parseTime, schedule } from './schedule.ts';

describe('parseTime and formatTime', () => {
  it('reads HH:MM and nothing else', () => {
    expect(parseTime('09:05')).toBe(545);
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('23:59')).toBe(1439);
    for (const bad of ['9:05', '24:00', '12:60', '12.30', '', ' 09:00', '09:00 ', null, 900, undefined]) expect(parseTime(bad), String(bad)).toBeNull();
  });
  it('writes two digits and wraps past midnight', () => {
    expect(formatTime(545)).toBe('09:05');
    expect(formatTime(1440 + 60)).toBe('01:00');
    expect(formatTime(0)).toBe('00:00');
  });
  it('says durations in Dutch', () => {
    expect(formatDuration(45)).toBe('45 minuten');
    expect(formatDuration(1)).toBe('1 minuut');
    expect(formatDuration(60)).toBe('1 uur');
    expect(formatDuration(90)).toBe('1 uur 30 minuten');
    expect(formatDuration(121)).toBe('2 uur 1 minuut');
  });
});

describe('schedule', () => {
  it('chains the blocks from the start time and adds up the total', () => {
    const s = schedule('09:00', [15, 40, 10, 45]);
    expect(s.slots.map((x) => [formatTime(x.start!), formatTime(x.end!)])).toEqual([
      ['09:00', '09:15'], ['09:15', '09:55'], ['09:55', '10:05'], ['10:05', '10:50'],
    ]);
    expect(s.total).toBe(110);
    expect(s.complete).toBe(true);
    expect(formatTime(s.end!)).toBe('10:50');
    expect(s.firstOpen).toBe(-1);
  });
  it('leaves every time after a block without minutes open', () => {
    const s = schedule('13:30', [20, null, 30]);
    expect(s.slots).toEqual([{ start: 810, end: 830 }, { start: 830, end: null }, { start: null, end: null }]);
    expect(s.total).toBe(50);
    expect(s.complete).toBe(false);
    expect(s.end).toBeNull();
    expect(s.firstOpen).toBe(1);
  });
  it('treats zero, negative and non-numbers as not entered', () => {
    expect(schedule('09:00', [0, -5, Number.NaN]).firstOpen).toBe(0);
    expect(schedule('09:00', [0, -5, Number.NaN]).total).toBe(0);
  });
  it('has no times without a valid start, but still a total', () => {
    const s = schedule('9 uur', [30, 30]);
    expect(s.slots.every((x) => x.start === null && x.end === null)).toBe(true);
    expect(s.total).toBe(60);
    expect(s.complete).toBe(false);
  });
  it('handles an empty plan and an evening session past midnight', () => {
    expect(schedule('09:00', [])).toEqual({ slots: [], total: 0, complete: true, end: 540, firstOpen: -1 });
    const late = schedule('23:30', [45]);
    expect(formatTime(late.slots[0]!.end!)).toBe('00:15');
  });
});

describe('glanceMinutes: only a duration the sources plainly give', () => {
  it('reads one number of minutes at the start', () => {
    expect(glanceMinutes('Ongeveer 40 minuten, inclusief nabespreking. Daarvan is 20 minuten productietijd.')).toBe(40);
    expect(glanceMinutes('45 minuten')).toBe(45);
  });
  it('gives nothing for ranges, words or no text', () => {
    expect(glanceMinutes('Per gesprek tien minuten tot een half uur. Een kleine groep is in anderhalf tot twee uur klaar.')).toBeUndefined();
    expect(glanceMinutes('30 minuten tot een uur')).toBeUndefined();
    expect(glanceMinutes('Een middag')).toBeUndefined();
    expect(glanceMinutes(undefined)).toBeUndefined();
    expect(glanceMinutes('0 minuten')).toBeUndefined();
  });
});

describe('move', () => {
  it('swaps with the neighbour and refuses to leave the list', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
