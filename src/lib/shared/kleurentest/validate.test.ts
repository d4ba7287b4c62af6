import { describe, expect, it } from 'vitest';
import { encodeCode, readEnvelope, wrap, MAX_IMPORT_BYTES } from '../saved-data.ts';
import { answersValidator, cleanName, KINDS, MAX_NAME, MAX_TEAM, profileValidator, sameProfile, teamValidator, type SharedProfile } from './validate.ts';
import type { TestShape } from './scoring.ts';

const colours = ['geel', 'blauw', 'rood', 'groen', 'wit'];
const shape: TestShape = {
  colours,
  items: [
    { id: 'a', colours: ['blauw', 'geel', 'groen', 'wit', 'rood'] },
    { id: 'b', colours: ['rood', 'wit', 'blauw', 'geel', 'groen'] },
  ],
  pointsPerItem: 8,
  thresholds: { strong: 2, weak: 1.2 },
};
const good: SharedProfile = { name: 'Anna de Vries', scoredBy: 'self', totals: { geel: 24, blauw: 30, rood: 14, groen: 18, wit: 10 }, items: 12, pointsPerItem: 8 };
const { kind, version } = KINDS.profile;
const readProfile = (text: string) => readEnvelope(text, kind, version, profileValidator(colours, 8));
const asFile = (data: unknown) => JSON.stringify(wrap(kind, version, data));

describe('importing a profile', () => {
  it('reads a good profile from a file and from a short code', () => {
    const file = readProfile(asFile(good));
    expect(file).toMatchObject({ ok: true, value: good });
    const code = readProfile(encodeCode(wrap(kind, version, good)));
    expect(code).toMatchObject({ ok: true, value: good });
  });

  it('says what is wrong with files that are not a profile', () => {
    expect(readProfile('')).toEqual({ ok: false, error: 'empty' });
    expect(readProfile('hallo dit is geen code')).toEqual({ ok: false, error: 'not-json' });
    expect(readProfile('{"a":')).toEqual({ ok: false, error: 'not-json' });
    expect(readProfile('{"app":"iets-anders","kind":"kleurentest-profiel","version":1,"data":{}}')).toEqual({ ok: false, error: 'not-ours' });
    expect(readProfile(JSON.stringify(wrap('checklist', 1, good)))).toEqual({ ok: false, error: 'other-kind' });
    expect(readProfile(JSON.stringify(wrap(kind, 2, good)))).toEqual({ ok: false, error: 'other-version' });
    expect(readProfile('x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'too-big' });
  });

  it('refuses profiles whose points are impossible', () => {
    const bad: unknown[] = [
      { ...good, totals: { ...good.totals, geel: 25 } }, // does not add up to 96
      { ...good, totals: { ...good.totals, geel: -1, blauw: 55 } },
      { ...good, totals: { ...good.totals, geel: 23.5, blauw: 30.5 } },
      { ...good, totals: { ...good.totals, geel: '24' } },
      { ...good, totals: { geel: 24, blauw: 30, rood: 14, groen: 28 } }, // a colour missing
      { ...good, totals: [24, 30, 14, 18, 10] },
      { ...good, items: 0, totals: { geel: 0, blauw: 0, rood: 0, groen: 0, wit: 0 } },
      { ...good, items: 1e9 },
      { ...good, items: '12' },
      { ...good, pointsPerItem: 10 },
      { ...good, scoredBy: 'boss' },
      { ...good, totals: null },
      null,
      'a string',
      [good],
    ];
    for (const data of bad) expect(readProfile(asFile(data)), JSON.stringify(data)).toEqual({ ok: false, error: 'invalid' });
  });

  it('keeps only the known fields and never takes over a prototype', () => {
    const hostile = `{"app":"samen-leren","kind":"${kind}","version":1,"savedAt":"x","data":{"name":"Eva","scoredBy":"self","items":12,"pointsPerItem":8,"extra":"<script>alert(1)</script>","totals":{"geel":24,"blauw":30,"rood":14,"groen":18,"wit":10,"__proto__":{"polluted":true},"paars":5}}}`;
    const result = readProfile(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value).sort()).toEqual(['items', 'name', 'pointsPerItem', 'scoredBy', 'totals']);
    expect(Object.keys(result.value.totals)).toEqual(colours);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.value.totals).not.toHaveProperty('polluted');
    // A date that is not a date is replaced, not trusted.
    expect(result.savedAt).toBe(new Date(0).toISOString());
  });

  it('does not take a colour from the prototype when the file leaves it out', () => {
    const data = JSON.parse(asFile(good));
    delete data.data.totals.wit;
    data.data.totals.geel = 34;
    expect(readProfile(JSON.stringify(data))).toEqual({ ok: false, error: 'invalid' });
  });

  it('cleans names: no markup tricks, no invisible characters, one line, not too long', () => {
    expect(cleanName('  Anna\n\tde  Vries ')).toBe('Anna de Vries');
    expect(cleanName('Bram\u202Eevil\u200B')).toBe('Bramevil');
    expect(cleanName('\uFEFFAn\u200Bna\u2066')).toBe('Anna');
    expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>'); // shown as text, never as HTML
    expect(cleanName(42)).toBe('');
    expect(cleanName(undefined)).toBe('');
    expect([...cleanName('🙂'.repeat(200))]).toHaveLength(MAX_NAME);
    const result = readProfile(asFile({ ...good, name: { toString: 'x' } }));
    expect(result).toMatchObject({ ok: true, value: { name: '' } });
  });

  it('knows the same profile imported twice', () => {
    expect(sameProfile(good, { ...good, totals: { ...good.totals } })).toBe(true);
    expect(sameProfile(good, { ...good, scoredBy: 'colleague' })).toBe(false);
    expect(sameProfile(good, { ...good, totals: { ...good.totals, geel: 23, blauw: 31 } })).toBe(false);
  });
});

describe('reading saved answers', () => {
  const { kind: aKind, version: aVersion } = KINDS.answers;
  const read = (data: unknown) => readEnvelope(JSON.stringify(wrap(aKind, aVersion, data)), aKind, aVersion, answersValidator(shape));

  it('keeps complete and unfinished situations, and drops situations the test no longer has', () => {
    const result = read({ scoredBy: 'colleague', name: 'Cas', answers: { a: [8, 0, 0, 0, 0], b: [1, 2, 0, 0, 0], old: [8, 0, 0, 0, 0] } });
    expect(result).toMatchObject({ ok: true, value: { scoredBy: 'colleague', name: 'Cas', answers: { a: [8, 0, 0, 0, 0], b: [1, 2, 0, 0, 0] } } });
    if (result.ok) expect(result.value.answers).not.toHaveProperty('old');
  });

  it('refuses answers that cannot be right', () => {
    for (const answers of [{ a: [9, 0, 0, 0, 0] }, { a: [5, 5, 0, 0, 0] }, { a: [1, 1, 1] }, { a: [-1, 0, 0, 0, 0] }, { a: ['1', 0, 0, 0, 0] }, { a: 'x' }, []]) {
      expect(read({ scoredBy: 'self', name: '', answers }), JSON.stringify(answers)).toEqual({ ok: false, error: 'invalid' });
    }
    expect(read({ scoredBy: 'self' })).toEqual({ ok: false, error: 'invalid' });
    expect(readEnvelope('{kapot', aKind, aVersion, answersValidator(shape))).toEqual({ ok: false, error: 'not-json' });
  });
});

describe('reading the saved team', () => {
  const { kind: tKind, version: tVersion } = KINDS.team;
  const read = (data: unknown) => readEnvelope(JSON.stringify(wrap(tKind, tVersion, data)), tKind, tVersion, teamValidator(colours, 8));

  it('reads a list of profiles', () => {
    expect(read({ profiles: [good, { ...good, name: 'Bram' }] })).toMatchObject({ ok: true, value: { profiles: [{ name: 'Anna de Vries' }, { name: 'Bram' }] } });
    expect(read({ profiles: [] })).toMatchObject({ ok: true, value: { profiles: [] } });
  });

  it('refuses a list with a broken profile or too many profiles', () => {
    expect(read({ profiles: [good, { ...good, items: -1 }] })).toEqual({ ok: false, error: 'invalid' });
    expect(read({ profiles: Array.from({ length: MAX_TEAM + 1 }, () => good) })).toEqual({ ok: false, error: 'invalid' });
    expect(read({ profiles: 'all' })).toEqual({ ok: false, error: 'invalid' });
  });
});
