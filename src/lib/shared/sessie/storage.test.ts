// Keeping and sharing plans: round trips through the device, a file and a link,
// and what happens to saved data that cannot be read (set aside, reported, never
// overwritten).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCode, wrap } from '../saved-data.ts';
import { addSaved, exportFile, exportFileName, KEYS, KIND, linkHash, loadDraft, loadSaved, readLink, readPlan, saveDraft, VERSION, writeSaved } from './storage.ts';
import type { Plan } from './types.ts';

const known = { tools: new Set(['dialoog']), steps: new Set(['positief-klimaat']) };
const plan: Plan = {
  title: 'Studiemiddag één', date: '2026-03-12', place: 'Aula', goal: 'Samen leren', start: '13:30',
  blocks: [{ kind: 'tool', ref: 'dialoog', minutes: 30, lead: 'Anna' }, { kind: 'break', title: 'Pauze', minutes: 15, lead: '' }],
};
const now = new Date('2026-03-01T10:00:00Z');

let map: Map<string, string>;
let full = false;
beforeEach(() => {
  map = new Map();
  full = false;
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('files and links', () => {
  it('round-trips a plan through a file', () => {
    expect(readPlan(exportFile(plan, now), known)).toEqual({ ok: true, value: plan });
    expect(exportFileName(plan)).toBe('sessie-studiemiddag-een-2026-03-12.json');
    expect(exportFileName({ ...plan, title: '', date: '' })).toBe('sessie.json');
  });
  it('round-trips a plan through a link, also when the browser escaped it', () => {
    const hash = linkHash(plan, now);
    expect(hash.startsWith('#plan=')).toBe(true);
    expect(hash).toMatch(/^#plan=[A-Za-z0-9_-]+$/);
    expect(readLink(hash, known)).toEqual({ ok: true, value: plan });
    expect(readLink(hash.replace('#plan=', '#plan=%20'), known)).toEqual({ ok: true, value: plan });
  });
  it('ignores a hash without a plan', () => {
    expect(readLink('', known)).toBeUndefined();
    expect(readLink('#uitkomst', known)).toBeUndefined();
  });
  it('names what is wrong with a broken or hostile link', () => {
    expect(readLink('#plan=', known)).toEqual({ ok: false, problem: 'empty' });
    expect(readLink('#plan=%E0%A4%A', known)).toEqual({ ok: false, problem: 'not-json' });
    expect(readLink('#plan=!!!niet-base64', known)).toEqual({ ok: false, problem: 'not-json' });
    expect(readLink(`#plan=${linkHash(plan).slice(6, 40)}`, known)?.ok).toBe(false);
    const other = encodeCode(wrap('checklist-answers', 1, { checklist: 'x', answers: {} }));
    expect(readLink(`#plan=${other}`, known)).toEqual({ ok: false, problem: 'other-kind' });
    const hostile = encodeCode(wrap(KIND.plan, VERSION, { ...plan, title: '<img src=x onerror=alert(1)>' }));
    expect(readLink(`#plan=${hostile}`, known)).toEqual({ ok: false, problem: 'text-markup' });
  });
  it('refuses files that are not plans', () => {
    expect(readPlan('', known)).toEqual({ ok: false, problem: 'empty' });
    expect(readPlan('{"a":', known)).toEqual({ ok: false, problem: 'not-json' });
    expect(readPlan('{"app":"iets-anders"}', known)).toEqual({ ok: false, problem: 'not-ours' });
    expect(readPlan(JSON.stringify(wrap(KIND.plan, 2, plan)), known)).toEqual({ ok: false, problem: 'other-version' });
    expect(readPlan(JSON.stringify(wrap(KIND.plan, VERSION, { ...plan, blocks: [{ kind: 'tool', ref: 'x', minutes: 5, lead: '' }] })), known)).toEqual({ ok: false, problem: 'unknown-tool' });
    expect(readPlan('x'.repeat(300_000), known)).toEqual({ ok: false, problem: 'too-big' });
  });
});

describe('on this device', () => {
  it('keeps the working plan', () => {
    expect(loadDraft(known)).toEqual({ value: undefined });
    expect(saveDraft(plan, now)).toBe(true);
    expect(loadDraft(known)).toEqual({ value: plan });
  });
  it('sets a corrupt working plan aside and starts clean', () => {
    map.set(KEYS.draft, '{kapot');
    const r = loadDraft(known, now);
    // The policy every island shares (src/lib/shared/saved-data.ts setAside).
    expect(r).toEqual({ value: undefined, problem: 'not-json', aside: { ok: true, key: `${KEYS.draft}:kapot:2026-03-01T10:00:00.000Z`, dropped: 0 } });
    expect(map.get(`${KEYS.draft}:kapot:2026-03-01T10:00:00.000Z`)).toBe('{kapot');
    expect(map.has(KEYS.draft)).toBe(false);
  });
  it('saves named plans, newest first, replacing one with the same name', () => {
    let list = addSaved([], 'Maart', plan);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const second = addSaved(list.plans, 'April', { ...plan, title: 'April' });
    if (!second.ok) throw new Error();
    const again = addSaved(second.plans, 'maart', { ...plan, title: 'Nieuw' });
    if (!again.ok) throw new Error();
    expect(again.replaced).toBe(true);
    expect(again.plans.map((p) => p.name)).toEqual(['maart', 'April']);
    expect(writeSaved(again.plans, now)).toBe(true);
    expect(loadSaved(known)).toEqual({ value: again.plans });
    expect(writeSaved([], now)).toBe(true);
    expect(map.has(KEYS.saved)).toBe(false);
    list = addSaved(Array.from({ length: 50 }, (_, i) => ({ name: `p${i}`, plan })), 'nog een', plan);
    expect(list).toEqual({ ok: false, reason: 'full' });
  });
  it('does not share the saved plan object with the editor', () => {
    const r = addSaved([], 'Maart', plan);
    if (!r.ok) throw new Error();
    expect(r.plans[0]!.plan).not.toBe(plan);
    expect(r.plans[0]!.plan).toEqual(plan);
  });
  // Last: a held key stays held for the rest of the page's life (module state).
  it('leaves corrupt data where it is when it cannot be set aside, and never saves over it', () => {
    map.set(KEYS.saved, '{kapot');
    full = true;
    const r = loadSaved(known, now);
    expect(r).toEqual({ value: undefined, problem: 'not-json', aside: { ok: false } });
    full = false;
    expect(writeSaved([{ name: 'Nieuw', plan }], now)).toBe(false);
    expect(map.get(KEYS.saved)).toBe('{kapot');
  });
});
