// Plans from the content: a step's session, a tool's block (minutes only where the
// sources give them), the checklist result's tools, and the merged lists.
import { describe, expect, it } from 'vitest';
import { handoutsOf, needsOf, planFromStep, planFromTools, toolBlock, weakFromResult } from './build.ts';
import type { ChecklistInfo, SessionData } from './types.ts';

const data: SessionData = {
  tools: [
    { id: 'bloemenfabriek', title: 'De Bloemenfabriek', summary: 's', path: '/gereedschap/bloemenfabriek/', duration: 'Ongeveer 40 minuten', minutes: 40, materials: 'Vouwblaadjes.', preparation: 'Kies een figuur.', handout: '/pdf/b.pdf' },
    { id: 'dialoog', title: 'Dialoog', summary: 's', path: '/gereedschap/dialoog/', preparation: 'Kies een vraag.', handout: '/pdf/d.pdf' },
    { id: 'carrousel', title: 'Carrousel', summary: 's', path: '/gereedschap/carrousel/', materials: 'Een logboek.' },
  ],
  steps: [{ id: 'positief-klimaat', number: 6, title: 'Creëer een positief klimaat', navTitle: 'Positief klimaat', path: '/stappen/positief-klimaat/', reflection: ['Vraag?'], tools: ['dialoog', 'bloemenfabriek'], handout: '/pdf/s6.pdf' }],
  checklists: [],
};
const checklist: ChecklistInfo = {
  id: 'lo',
  title: 'Lerende organisatie',
  categories: [
    { id: 'a', title: 'A', items: [{ id: 'a1', text: '' }, { id: 'a2', text: '' }], tools: ['dialoog', 'carrousel'] },
    { id: 'b', title: 'B', items: [{ id: 'b1', text: '' }, { id: 'b2', text: '' }], tools: ['carrousel', 'bloemenfabriek'] },
    { id: 'c', title: 'C', items: [{ id: 'c1', text: '' }, { id: 'c2', text: '' }], tools: ['changelab'] },
  ],
};

describe('blocks and plans from content', () => {
  it('takes the minutes from the tool only when the sources give them', () => {
    expect(toolBlock(data.tools[0]!)).toEqual({ kind: 'tool', ref: 'bloemenfabriek', minutes: 40, lead: '' });
    expect(toolBlock(data.tools[1]!).minutes).toBeNull();
  });
  it('makes a step session: its tools, then its reflection round', () => {
    const p = planFromStep(data, 'positief-klimaat')!;
    expect(p.title).toBe('Creëer een positief klimaat');
    expect(p.blocks.map((b) => `${b.kind}:${b.ref}`)).toEqual(['tool:dialoog', 'tool:bloemenfabriek', 'reflection:positief-klimaat']);
    expect(planFromStep(data, 'bestaat-niet')).toBeUndefined();
  });
  it('makes a plan from tool ids, skipping unknown ones', () => {
    expect(planFromTools(data, ['carrousel', 'x', 'dialoog']).blocks.map((b) => b.ref)).toEqual(['carrousel', 'dialoog']);
  });
});

describe('weakFromResult', () => {
  it('gives the tools of the categories not yet strong, weakest first, each once', () => {
    const r = weakFromResult(checklist, [{ a1: 2, a2: 2, b1: 1, b2: 1, c1: 3, c2: 3 }]);
    expect(r).toEqual({ categories: [{ id: 'b', title: 'B' }, { id: 'a', title: 'A' }], tools: ['carrousel', 'bloemenfabriek', 'dialoog'] });
  });
  it('combines the own answers with the colleagues, like the checklist page', () => {
    const r = weakFromResult(checklist, [{ a1: 3, a2: 3, b1: 3, b2: 3, c1: 1, c2: 1 }, { a1: 3, a2: 3, b1: 3, b2: 3, c1: 1, c2: 1 }]);
    expect(r?.tools).toEqual(['changelab']);
  });
  it('is null without a result and empty when everything is strong', () => {
    expect(weakFromResult(checklist, [])).toBeNull();
    expect(weakFromResult(checklist, [{ a1: 0 }])).toBeNull();
    expect(weakFromResult(checklist, [{ a1: 3, a2: 3, b1: 3, b2: 3, c1: 3, c2: 3 }])).toEqual({ categories: [], tools: [] });
  });
});

describe('needsOf and handoutsOf', () => {
  it('merges materials and preparation in agenda order, each tool once, and says where the handbook names none', () => {
    const plan = { ...planFromTools(data, ['carrousel', 'dialoog', 'carrousel']) };
    const n = needsOf(plan, data);
    expect(n.materials.map((m) => [m.tool.id, m.text])).toEqual([['carrousel', 'Een logboek.'], ['dialoog', undefined]]);
    expect(n.preparation.map((m) => [m.tool.id, m.text])).toEqual([['carrousel', undefined], ['dialoog', 'Kies een vraag.']]);
  });
  it('lists the hand-outs in agenda order, each once', () => {
    const p = planFromStep(data, 'positief-klimaat')!;
    p.blocks.push({ kind: 'tool', ref: 'dialoog', minutes: 5, lead: '' }, { kind: 'break', title: 'Pauze', minutes: 5, lead: '' });
    expect(handoutsOf(p, data)).toEqual(['/pdf/d.pdf', '/pdf/b.pdf', '/pdf/s6.pdf']);
  });
});
