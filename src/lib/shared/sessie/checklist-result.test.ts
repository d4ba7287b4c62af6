// Reading the checklist's saved result: same keys and checks as the checklist page,
// own answers and colleagues together, corrupt data ignored and left untouched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSlot, storageKey } from '../checklist/storage.ts';
import { savedSets, weakOnThisDevice } from './checklist-result.ts';
import { toDef } from './build.ts';
import type { ChecklistInfo } from './types.ts';

const info: ChecklistInfo = {
  id: 'lo',
  title: 'Lerende organisatie',
  categories: [
    { id: 'a', title: 'A', items: [{ id: 'a1', text: '' }, { id: 'a2', text: '' }], tools: ['dialoog'] },
    { id: 'b', title: 'B', items: [{ id: 'b1', text: '' }, { id: 'b2', text: '' }], tools: ['carrousel'] },
  ],
};
const def = toDef(info);
let map: Map<string, string>;
beforeEach(() => {
  map = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the checklist result on this device', () => {
  it('is empty without saved answers', () => {
    expect(savedSets(info)).toEqual([]);
    expect(weakOnThisDevice(info)).toBeNull();
  });
  it('reads the own answers and the team, as the checklist saved them', () => {
    saveSlot(def, 'answers', { checklist: 'lo', answers: { a1: 3, a2: 3, b1: 1, b2: 2 } });
    saveSlot(def, 'team', [{ checklist: 'lo', name: 'Bram', answers: { a1: 3, a2: 3, b1: 1, b2: 1 } }]);
    expect(savedSets(info)).toHaveLength(2);
    expect(weakOnThisDevice(info)).toEqual({ categories: [{ id: 'b', title: 'B' }], tools: ['carrousel'] });
  });
  it('ignores corrupt data and leaves it where it is', () => {
    map.set(storageKey('lo', 'answers'), '{kapot');
    saveSlot(def, 'team', [{ checklist: 'lo', answers: { a1: 1, a2: 1, b1: 3, b2: 3 } }]);
    expect(weakOnThisDevice(info)?.tools).toEqual(['dialoog']);
    expect(map.get(storageKey('lo', 'answers'))).toBe('{kapot');
  });
});
