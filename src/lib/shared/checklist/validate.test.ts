// Strict validation of everything read back into the scorer: hostile and broken
// input is refused with a precise reason, and what passes is a clean copy.
import { describe, expect, it } from 'vitest';
import { MAX_ROUNDS } from './rounds.ts';
import type { ChecklistDef } from './types.ts';
import { checkAnswerFile, checkAnswers, checkRound, checkRounds, checkTeam, checkText, isDate, MAX_COLLEAGUES, MAX_LABEL, MAX_NAME } from './validate.ts';

const def: ChecklistDef = {
  id: 'lerend-partnerschap',
  categories: [{ id: 'p', title: 'P', items: [{ id: 'lp1', text: 'een' }, { id: 'lp2', text: 'twee' }] }],
};
const file = (over: Record<string, unknown> = {}) => ({ checklist: 'lerend-partnerschap', name: 'Anna', answers: { lp1: 3, lp2: 0 }, ...over });

describe('checkText', () => {
  it('trims and accepts ordinary names, also with accents and emoji', () => {
    expect(checkText('  Anne-Marie van den Berg ', MAX_NAME)).toEqual({ ok: true, value: 'Anne-Marie van den Berg' });
    expect(checkText('Zoë 👩‍🏫', MAX_NAME).ok).toBe(true);
    expect(checkText('', MAX_NAME)).toEqual({ ok: true, value: '' });
  });
  it('refuses markup', () => {
    for (const bad of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'a > b']) {
      expect(checkText(bad, MAX_NAME), bad).toEqual({ ok: false, reason: 'text-markup' });
    }
  });
  it('cleans names by the shared name rule: invisible and direction characters go, control characters become a space', () => {
    expect(checkText('tab\there', MAX_NAME)).toEqual({ ok: true, value: 'tab here' });
    expect(checkText('nul\u0000', MAX_NAME)).toEqual({ ok: true, value: 'nul' });
    expect(checkText('evil\u202Egnp.exe', MAX_NAME)).toEqual({ ok: true, value: 'evilgnp.exe' });
    for (const hidden of ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF']) {
      expect(checkText(`An${hidden}na${hidden}`, MAX_NAME), escape(hidden)).toEqual({ ok: true, value: 'Anna' });
    }
    expect(checkText('Zoë 👩‍🏫', MAX_NAME)).toEqual({ ok: true, value: 'Zoë 👩‍🏫' });
  });
  it('refuses texts that are too long, counting characters, not UTF-16 units', () => {
    expect(checkText('x'.repeat(MAX_NAME), MAX_NAME).ok).toBe(true);
    expect(checkText('x'.repeat(MAX_NAME + 1), MAX_NAME)).toEqual({ ok: false, reason: 'text-too-long' });
    expect(checkText('😀'.repeat(MAX_NAME), MAX_NAME).ok).toBe(true);
  });
  it('refuses what is not a string', () => {
    for (const bad of [1, null, {}, ['a'], true]) expect(checkText(bad, MAX_NAME)).toEqual({ ok: false, reason: 'shape' });
  });
});

describe('checkAnswers', () => {
  it('accepts known items with answers 0 to 3, and an empty set', () => {
    expect(checkAnswers(def, { lp1: 1, lp2: 0 })).toEqual({ ok: true, value: { lp1: 1, lp2: 0 } });
    expect(checkAnswers(def, {})).toEqual({ ok: true, value: {} });
  });
  it('refuses unknown item ids, including prototype keys', () => {
    expect(checkAnswers(def, { lp1: 1, oc1: 2 })).toEqual({ ok: false, reason: 'unknown-item' });
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const hostile = JSON.parse(`{"lp1": 1, "${key}": {"polluted": true}}`) as unknown;
      expect(checkAnswers(def, hostile), key).toEqual({ ok: false, reason: 'unknown-item' });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses answers out of range or of the wrong type', () => {
    for (const bad of [4, -1, 1.5, '2', null, true, [2], { v: 2 }, Number.NaN, 1e309]) {
      expect(checkAnswers(def, { lp1: bad }), String(bad)).toEqual({ ok: false, reason: 'bad-value' });
    }
  });
  it('refuses what is not an object', () => {
    for (const bad of [null, [], [1, 2], 'lp1', 3]) expect(checkAnswers(def, bad)).toEqual({ ok: false, reason: 'shape' });
  });
  it('returns a fresh object, not the input', () => {
    const input = { lp1: 2 as const };
    const r = checkAnswers(def, input);
    expect(r.ok && r.value).not.toBe(input);
  });
});

describe('checkAnswerFile', () => {
  it('accepts a colleague file and drops an empty name', () => {
    expect(checkAnswerFile(def, file())).toEqual({ ok: true, value: { checklist: 'lerend-partnerschap', name: 'Anna', answers: { lp1: 3, lp2: 0 } } });
    expect(checkAnswerFile(def, file({ name: '  ' }))).toEqual({ ok: true, value: { checklist: 'lerend-partnerschap', answers: { lp1: 3, lp2: 0 } } });
    const noName: Record<string, unknown> = file();
    delete noName.name;
    expect(checkAnswerFile(def, noName).ok).toBe(true);
  });
  it('says when the file belongs to the other checklist', () => {
    expect(checkAnswerFile(def, file({ checklist: 'lerende-organisatie' }))).toEqual({ ok: false, reason: 'other-checklist' });
  });
  it('refuses markup in the name and too long names', () => {
    expect(checkAnswerFile(def, file({ name: '<b onmouseover=alert(1)>Anna</b>' }))).toEqual({ ok: false, reason: 'text-markup' });
    expect(checkAnswerFile(def, file({ name: 'A'.repeat(10_000) }))).toEqual({ ok: false, reason: 'text-too-long' });
  });
  it('refuses extra fields, missing fields and a file without answers (on import)', () => {
    expect(checkAnswerFile(def, file({ extra: 1 }))).toEqual({ ok: false, reason: 'shape' });
    expect(checkAnswerFile(def, JSON.parse('{"checklist":"lerend-partnerschap","answers":{"lp1":1},"__proto__":{"x":1}}'))).toEqual({ ok: false, reason: 'shape' });
    expect(checkAnswerFile(def, { answers: { lp1: 1 } })).toEqual({ ok: false, reason: 'shape' });
    expect(checkAnswerFile(def, file({ answers: undefined }))).toEqual({ ok: false, reason: 'shape' });
    expect(checkAnswerFile(def, file({ answers: {} }))).toEqual({ ok: false, reason: 'no-answers' });
    expect(checkAnswerFile(def, file({ answers: {} }), false).ok).toBe(true);
  });
});

describe('checkTeam', () => {
  it('accepts up to the maximum of colleagues', () => {
    const colleagues = Array.from({ length: MAX_COLLEAGUES }, () => file());
    const r = checkTeam(def, { checklist: def.id, colleagues });
    expect(r.ok && r.value).toHaveLength(MAX_COLLEAGUES);
  });
  it('refuses one more, and any bad colleague in the list', () => {
    expect(checkTeam(def, { checklist: def.id, colleagues: Array.from({ length: MAX_COLLEAGUES + 1 }, () => file()) })).toEqual({ ok: false, reason: 'too-many' });
    expect(checkTeam(def, { checklist: def.id, colleagues: [file(), file({ answers: { lp1: 9 } })] })).toEqual({ ok: false, reason: 'bad-value' });
    expect(checkTeam(def, { checklist: 'x', colleagues: [] })).toEqual({ ok: false, reason: 'other-checklist' });
    expect(checkTeam(def, { checklist: def.id, colleagues: {} })).toEqual({ ok: false, reason: 'shape' });
  });
});

describe('rounds', () => {
  const round = (over: Record<string, unknown> = {}) => ({ label: 'Nulmeting', date: '2025-02-28', sets: [{ lp1: 1 }], ...over });
  it('accepts a round with label, real date and answer sets', () => {
    expect(checkRound(def, round())).toEqual({ ok: true, value: { label: 'Nulmeting', date: '2025-02-28', sets: [{ lp1: 1 }] } });
    expect(checkRound(def, round({ label: '' })).ok).toBe(true);
  });
  it('refuses impossible dates, bad labels, empty or oversized teams', () => {
    expect(checkRound(def, round({ date: '2025-02-30' }))).toEqual({ ok: false, reason: 'bad-date' });
    expect(checkRound(def, round({ date: '28-02-2025' }))).toEqual({ ok: false, reason: 'bad-date' });
    expect(checkRound(def, round({ label: 'x'.repeat(MAX_LABEL + 1) }))).toEqual({ ok: false, reason: 'text-too-long' });
    expect(checkRound(def, round({ label: '<i>' }))).toEqual({ ok: false, reason: 'text-markup' });
    expect(checkRound(def, round({ sets: [] }))).toEqual({ ok: false, reason: 'no-answers' });
    expect(checkRound(def, round({ sets: Array.from({ length: MAX_COLLEAGUES + 2 }, () => ({ lp1: 1 })) }))).toEqual({ ok: false, reason: 'too-many' });
    expect(checkRound(def, round({ sets: [{ zz: 1 }] }))).toEqual({ ok: false, reason: 'unknown-item' });
  });
  it('refuses more rounds than the limit', () => {
    expect(checkRounds(def, { checklist: def.id, rounds: Array.from({ length: MAX_ROUNDS }, () => round()) }).ok).toBe(true);
    expect(checkRounds(def, { checklist: def.id, rounds: Array.from({ length: MAX_ROUNDS + 1 }, () => round()) })).toEqual({ ok: false, reason: 'too-many' });
  });
  it('knows a real date', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2024-13-01')).toBe(false);
    expect(isDate(20240101)).toBe(false);
  });
});
