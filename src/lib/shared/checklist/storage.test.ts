// The scorer's saved data and imports: round trips, and what happens to data
// that cannot be read (kept aside, reported, never silently overwritten).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCode, MAX_IMPORT_BYTES, wrap } from '../saved-data.ts';
import { exportCode, exportFile, exportFileName, KIND, loadSlot, readImport, saveSlot, storageKey, VERSION } from './storage.ts';
import type { AnswerFile, ChecklistDef } from './types.ts';

const def: ChecklistDef = {
  id: 'lerend-partnerschap',
  categories: [{ id: 'p', title: 'P', items: [{ id: 'lp1', text: 'een' }, { id: 'lp2', text: 'twee' }] }],
};
const anna: AnswerFile = { checklist: def.id, name: 'Anna', answers: { lp1: 3, lp2: 1 } };
const now = new Date('2025-03-01T10:00:00Z');

let map: Map<string, string>;
let quota = Infinity;
beforeEach(() => {
  map = new Map();
  quota = Infinity;
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const used = [...map.values()].reduce((s, x) => s + x.length, 0);
      if (used + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('saving and loading', () => {
  it('round-trips the own answers, the team and the rounds', () => {
    expect(saveSlot(def, 'answers', anna)).toBe(true);
    expect(saveSlot(def, 'team', [anna, { checklist: def.id, answers: { lp2: 0 } }])).toBe(true);
    expect(saveSlot(def, 'rounds', [{ label: 'Start', date: '2025-01-10', sets: [anna.answers] }])).toBe(true);
    expect(loadSlot(def, 'answers')).toEqual({ value: anna });
    expect(loadSlot(def, 'team').value).toHaveLength(2);
    expect(loadSlot(def, 'rounds').value).toEqual([{ label: 'Start', date: '2025-01-10', sets: [{ lp1: 3, lp2: 1 }] }]);
    expect([...map.keys()].sort()).toEqual(['answers', 'rounds', 'team'].map((s) => storageKey(def.id, s as 'team')));
  });

  it('removes a slot when there is nothing left to save', () => {
    saveSlot(def, 'answers', anna);
    saveSlot(def, 'answers', { checklist: def.id, answers: {} });
    saveSlot(def, 'team', []);
    expect(map.size).toBe(0);
    expect(loadSlot(def, 'answers')).toEqual({ value: undefined });
  });

  it('reports a refused save instead of throwing', () => {
    quota = 10;
    expect(saveSlot(def, 'answers', anna)).toBe(false);
  });

  it('keeps the two checklists apart', () => {
    saveSlot(def, 'answers', anna);
    const other: ChecklistDef = { ...def, id: 'lerende-organisatie' };
    expect(loadSlot(other, 'answers')).toEqual({ value: undefined });
  });
});

describe('saved data that cannot be read', () => {
  const key = storageKey(def.id, 'answers');
  const cases: Array<[string, string, string]> = [
    ['corrupt text', '{"app":"samen-leren", "kind":', 'not-json'],
    ['an older version', JSON.stringify(wrap(KIND.answers, VERSION - 1, anna)), 'other-version'],
    ['another kind', JSON.stringify(wrap(KIND.team, VERSION, anna)), 'other-kind'],
    ['an unknown item', JSON.stringify(wrap(KIND.answers, VERSION, { ...anna, answers: { zz9: 1 } })), 'unknown-item'],
    ['markup in the name', JSON.stringify(wrap(KIND.answers, VERSION, { ...anna, name: '<img src=x onerror=alert(1)>' })), 'text-markup'],
  ];
  for (const [what, text, problem] of cases) {
    it(`sets aside ${what} under a backup key and reports "${problem}"`, () => {
      map.set(key, text);
      const r = loadSlot(def, 'answers', now);
      expect(r).toEqual({ value: undefined, problem, aside: { ok: true, key: `${key}:kapot:2025-03-01T10:00:00.000Z`, dropped: 0 } });
      expect(map.get(`${key}:kapot:2025-03-01T10:00:00.000Z`)).toBe(text);
      expect(map.has(key)).toBe(false);
    });
  }

  it('sets a second unreadable value aside next to the first, never over it', () => {
    map.set(key, 'eerste');
    loadSlot(def, 'answers', now);
    map.set(key, 'tweede');
    const r = loadSlot(def, 'answers', now);
    expect(r.aside).toEqual({ ok: true, key: `${key}:kapot:2025-03-01T10:00:00.000Z-002`, dropped: 0 });
    expect([...map.entries()].filter(([k]) => k.includes(':kapot:')).map(([, v]) => v)).toEqual(['eerste', 'tweede']);
  });

  it('leaves the data in place when even the backup cannot be written, and nothing overwrites it', () => {
    const teamKey = storageKey(def.id, 'team');
    map.set(teamKey, 'x'.repeat(50));
    quota = 60;
    const r = loadSlot(def, 'team', now);
    expect(r).toEqual({ value: undefined, problem: 'not-json', aside: { ok: false } });
    quota = Infinity;
    expect(saveSlot(def, 'team', [anna], now)).toBe(false);
    expect(saveSlot(def, 'team', [], now)).toBe(false);
    expect(map.get(teamKey)).toBe('x'.repeat(50));
  });
});

describe('importing a colleague', () => {
  it('reads the exported file and the exported code', () => {
    expect(readImport(def, exportFile(anna, now))).toEqual({ ok: true, value: anna });
    expect(readImport(def, exportCode(anna, now))).toEqual({ ok: true, value: anna });
  });

  it('names the precise problem of a bad import', () => {
    const env = (data: unknown, kind: string = KIND.answers, version = VERSION) => JSON.stringify(wrap(kind, version, data));
    const cases: Array<[string, string]> = [
      ['', 'empty'],
      ['hallo', 'not-json'],
      ['{"a":1', 'not-json'],
      ['{"a":1}', 'not-ours'],
      [env(anna, 'kleurentest'), 'other-kind'],
      [env(anna, KIND.answers, 99), 'other-version'],
      [env({ ...anna, checklist: 'lerende-organisatie' }), 'other-checklist'],
      [env({ ...anna, answers: { lp1: 3, oc1: 2 } }), 'unknown-item'],
      [env({ ...anna, answers: { lp1: 7 } }), 'bad-value'],
      [env({ ...anna, answers: {} }), 'no-answers'],
      [env({ ...anna, name: '<script>alert("x")</script>' }), 'text-markup'],
      [env({ ...anna, name: 'x'.repeat(500) }), 'text-too-long'],
      [env({ ...anna, extra: '<svg onload=alert(1)>' }), 'shape'],
      [env(['lp1', 3]), 'shape'],
      [JSON.stringify({ ...wrap(KIND.answers, VERSION, anna), pad: ' '.repeat(MAX_IMPORT_BYTES) }), 'too-big'],
      [encodeCode(JSON.parse(`{"app":"samen-leren","kind":"${KIND.answers}","version":${VERSION},"data":{"checklist":"${def.id}","answers":{"__proto__":{"polluted":1}}}}`)), 'unknown-item'],
    ];
    for (const [text, problem] of cases) expect(readImport(def, text), text.slice(0, 80)).toEqual({ ok: false, problem });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the download after the colleague, safely', () => {
    expect(exportFileName(anna)).toBe('checklist-lerend-partnerschap-anna.json');
    expect(exportFileName({ ...anna, name: 'Zoë de Vries-Ängström' })).toBe('checklist-lerend-partnerschap-zoe-de-vries-angstrom.json');
    expect(exportFileName({ ...anna, name: '../../etc' })).toBe('checklist-lerend-partnerschap-etc.json');
    expect(exportFileName({ checklist: def.id, answers: {} })).toBe('checklist-lerend-partnerschap.json');
  });
});
