// Plans read back from this device, a file or a link: only what the planner can
// show, nothing that could become markup, nothing unknown.
import { describe, expect, it } from 'vitest';
import { checkBlock, checkMinutes, checkPlan, checkSavedPlans } from './validate.ts';
import type { Plan } from './types.ts';

const known = { tools: new Set(['dialoog', 'carrousel']), steps: new Set(['positief-klimaat']) };
const plan: Plan = {
  title: 'Studiemiddag', date: '2026-03-12', place: 'Aula', goal: 'Samen leren', start: '13:30',
  blocks: [
    { kind: 'free', title: 'Welkom', minutes: 10, lead: 'Anna' },
    { kind: 'tool', ref: 'dialoog', minutes: null, lead: '' },
    { kind: 'break', title: 'Pauze', minutes: 15, lead: '' },
    { kind: 'reflection', ref: 'positief-klimaat', minutes: 20, lead: 'Bram' },
  ],
};
const reason = (v: unknown) => {
  const r = checkPlan(v, known);
  return r.ok ? 'ok' : r.reason;
};

describe('checkPlan', () => {
  it('accepts a good plan and returns an equal, fresh copy', () => {
    const r = checkPlan(JSON.parse(JSON.stringify(plan)), known);
    expect(r).toEqual({ ok: true, value: plan });
  });
  it('accepts an empty plan with an empty date', () => {
    expect(reason({ title: '', date: '', place: '', goal: '', start: '09:00', blocks: [] })).toBe('ok');
  });
  it('refuses unknown tools and steps', () => {
    expect(reason({ ...plan, blocks: [{ kind: 'tool', ref: 'toverstaf', minutes: 5, lead: '' }] })).toBe('unknown-tool');
    expect(reason({ ...plan, blocks: [{ kind: 'reflection', ref: 'stap-9', minutes: 5, lead: '' }] })).toBe('unknown-step');
    expect(reason({ ...plan, blocks: [{ kind: 'tool', ref: '__proto__', minutes: 5, lead: '' }] })).toBe('unknown-tool');
  });
  it('refuses markup in every text, and cleans control and direction characters by the one name rule', () => {
    expect(reason({ ...plan, title: '<img src=x onerror=alert(1)>' })).toBe('text-markup');
    expect(reason({ ...plan, blocks: [{ kind: 'free', title: 'Welkom<script>', minutes: 5, lead: '' }] })).toBe('text-markup');
    // cleanName (src/lib/shared/saved-data.ts), as in the checklist and the colour test: a control
    // character becomes a space, a direction or zero-width character goes.
    const cleaned = checkPlan({ ...plan, goal: 'a\u0000b', blocks: [{ kind: 'tool', ref: 'dialoog', minutes: 5, lead: '\u202eAn\u200bna' }] }, known);
    expect(cleaned.ok).toBe(true);
    if (cleaned.ok) {
      expect(cleaned.value.goal).toBe('a b');
      expect((cleaned.value.blocks[0] as { lead: string }).lead).toBe('Anna');
    }
  });
  it('refuses texts that are too long and too many blocks', () => {
    expect(reason({ ...plan, title: 'x'.repeat(121) })).toBe('text-too-long');
    expect(reason({ ...plan, blocks: Array.from({ length: 31 }, () => plan.blocks[0]) })).toBe('too-many');
  });
  it('refuses bad minutes, times and dates', () => {
    for (const m of [0, -5, 2.5, 601, '30', Number.NaN, Infinity]) expect(checkMinutes(m).ok, String(m)).toBe(false);
    expect(checkMinutes(null)).toEqual({ ok: true, value: null });
    expect(reason({ ...plan, start: '25:00' })).toBe('bad-time');
    expect(reason({ ...plan, start: undefined })).toBe('bad-time');
    expect(reason({ ...plan, date: '2026-02-30' })).toBe('bad-date');
    expect(reason({ ...plan, date: 'morgen' })).toBe('bad-date');
  });
  it('refuses unexpected shapes and keys', () => {
    for (const v of [null, [], 'plan', 42, { ...plan, blocks: 'x' }, { ...plan, extra: 1 }]) expect(reason(v)).toBe('shape');
    expect(reason({ ...plan, blocks: [{ kind: 'tool', ref: 'dialoog', minutes: 5, lead: '', html: '<b>' }] })).toBe('shape');
    expect(reason({ ...plan, blocks: [{ kind: 'script', title: 'x', minutes: 5, lead: '' }] })).toBe('shape');
    expect(reason({ ...plan, blocks: [{ kind: 'tool', ref: 'dialoog', title: 'x', minutes: 5, lead: '' }] })).toBe('shape');
    expect(reason({ ...plan, blocks: [{ kind: 'break', ref: 'dialoog', title: 'x', minutes: 5, lead: '' }] })).toBe('shape');
  });
  it('needs a title for a break or free block', () => {
    expect(reason({ ...plan, blocks: [{ kind: 'break', title: '  ', minutes: 5, lead: '' }] })).toBe('no-title');
  });
  it('does not let __proto__ through', () => {
    const hostile = JSON.parse('{"title":"x","date":"","place":"","goal":"","start":"09:00","blocks":[],"__proto__":{"polluted":1}}');
    expect(reason(hostile)).toBe('shape');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('checkBlock and checkSavedPlans', () => {
  it('fills in an empty lead', () => {
    expect(checkBlock({ kind: 'break', title: 'Koffie', minutes: 15 }, known)).toEqual({ ok: true, value: { kind: 'break', title: 'Koffie', minutes: 15, lead: '' } });
  });
  it('checks every saved plan and its name', () => {
    expect(checkSavedPlans({ plans: [{ name: 'Maart', plan }] }, known)).toEqual({ ok: true, value: [{ name: 'Maart', plan }] });
    expect(checkSavedPlans({ plans: [{ name: '', plan }] }, known)).toEqual({ ok: false, reason: 'no-title' });
    expect(checkSavedPlans({ plans: [{ name: 'x', plan: { ...plan, start: 'nu' } }] }, known)).toEqual({ ok: false, reason: 'bad-time' });
    expect(checkSavedPlans({ plans: Array.from({ length: 51 }, () => ({ name: 'x', plan })) }, known)).toEqual({ ok: false, reason: 'too-many' });
  });
});
