// The shared saved-data module: envelopes, short codes and a localStorage that
// never throws. Every kind of broken or hostile text comes back as an error code.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeCode, isRecord, MAX_IMPORT_BYTES, readEnvelope, store, wrap, type Validator } from './saved-data.ts';

/** Accepts { n: <number> } and returns a clean copy. */
const validate: Validator<{ n: number }> = (d) => (isRecord(d) && typeof d.n === 'number' && Object.keys(d).length === 1 ? { n: d.n } : undefined);
const read = (text: string | null | undefined) => readEnvelope(text, 'test', 2, validate);
const now = new Date('2025-03-01T10:00:00Z');
const good = () => wrap('test', 2, { n: 7 }, now);

describe('wrap and readEnvelope', () => {
  it('reads back what it wrapped, as JSON text and as a code', () => {
    const env = good();
    expect(env).toEqual({ app: 'samen-leren', kind: 'test', version: 2, savedAt: '2025-03-01T10:00:00.000Z', data: { n: 7 } });
    expect(read(JSON.stringify(env))).toEqual({ ok: true, value: { n: 7 }, savedAt: '2025-03-01T10:00:00.000Z' });
    expect(read(encodeCode(env))).toEqual({ ok: true, value: { n: 7 }, savedAt: '2025-03-01T10:00:00.000Z' });
  });

  it('reads JSON with surrounding white space and pretty printing', () => {
    expect(read(`\n  ${JSON.stringify(good(), null, 2)}\n`).ok).toBe(true);
  });

  it('says "empty" for nothing', () => {
    for (const t of [null, undefined, '', '   \n']) expect(read(t)).toEqual({ ok: false, error: 'empty' });
  });

  it('says "too-big" before parsing anything huge', () => {
    const huge = JSON.stringify({ ...good(), pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(read(huge)).toEqual({ ok: false, error: 'too-big' });
    const parse = vi.spyOn(JSON, 'parse');
    read('{' + ' '.repeat(MAX_IMPORT_BYTES));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('says "not-json" for broken JSON, broken codes and invalid UTF-8', () => {
    const notUtf8 = btoa(String.fromCharCode(0xff, 0xfe, 0xfd));
    for (const t of ['{"app": "samen-leren"', '{oops}', 'Dit is geen code!', '@@@@', notUtf8, encodeCode(good()).slice(0, 20)]) {
      expect(read(t), t).toEqual({ ok: false, error: 'not-json' });
    }
  });

  it('says "not-ours" for a JSON object from elsewhere, also inside a code', () => {
    for (const v of [{}, { app: 'iets-anders', kind: 'test', version: 2, data: { n: 1 } }, { data: { n: 1 } }]) {
      expect(read(JSON.stringify(v)), JSON.stringify(v)).toEqual({ ok: false, error: 'not-ours' });
    }
    expect(read(encodeCode({ app: 'iets-anders' } as never))).toEqual({ ok: false, error: 'not-ours' });
    expect(read(btoa('[1,2]'))).toEqual({ ok: false, error: 'not-ours' });
  });

  it('reads text that does not start with "{" as a code, so bare JSON values fail as "not-json"', () => {
    for (const v of [[], [good()], 42, null]) expect(read(JSON.stringify(v)), JSON.stringify(v)).toEqual({ ok: false, error: 'not-json' });
  });

  it('says "other-kind" and "other-version"', () => {
    expect(read(JSON.stringify(wrap('kleurentest', 2, { n: 1 })))).toEqual({ ok: false, error: 'other-kind' });
    expect(read(JSON.stringify(wrap('test', 1, { n: 1 })))).toEqual({ ok: false, error: 'other-version' });
    expect(read(JSON.stringify({ ...good(), version: '2' }))).toEqual({ ok: false, error: 'other-version' });
  });

  it('says "invalid" when the data inside does not pass the check', () => {
    expect(read(JSON.stringify(wrap('test', 2, { n: 'zeven' })))).toEqual({ ok: false, error: 'invalid' });
    expect(read(JSON.stringify({ app: 'samen-leren', kind: 'test', version: 2 }))).toEqual({ ok: false, error: 'invalid' });
  });

  it('lets no prototype key through and does not pollute Object.prototype', () => {
    const text = '{"app":"samen-leren","kind":"test","version":2,"data":{"n":1,"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}';
    expect(read(text)).toEqual({ ok: false, error: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('replaces a missing or nonsense date by the epoch instead of failing', () => {
    const env = { ...good(), savedAt: '<script>' };
    expect(read(JSON.stringify(env))).toEqual({ ok: true, value: { n: 7 }, savedAt: new Date(0).toISOString() });
  });
});

describe('encodeCode', () => {
  it('is base64url without padding, and survives line breaks and spaces from a chat app', () => {
    const env = wrap('test', 2, { n: 1, name: 'Zoë — “juf” 👩‍🏫' } as unknown as { n: number }, now);
    const code = encodeCode(env);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    const mangled = `  ${code.slice(0, 30)}\n${code.slice(30, 60)} ${code.slice(60)}\n`;
    const r = readEnvelope(mangled, 'test', 2, (d) => d);
    expect(r).toEqual({ ok: true, value: { n: 1, name: 'Zoë — “juf” 👩‍🏫' }, savedAt: env.savedAt });
  });
});

describe('store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads, writes and removes', () => {
    const map = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    });
    expect(store.get('a')).toBeNull();
    expect(store.set('a', '1')).toBe(true);
    expect(store.get('a')).toBe('1');
    store.remove('a');
    expect(store.get('a')).toBeNull();
  });

  it('never throws when storage is blocked or full', () => {
    const boom = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: boom, setItem: boom, removeItem: boom });
    expect(store.get('a')).toBeNull();
    expect(store.set('a', '1')).toBe(false);
    expect(() => store.remove('a')).not.toThrow();
  });

  it('never throws when there is no storage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(store.get('a')).toBeNull();
    expect(() => store.remove('a')).not.toThrow();
  });
});
