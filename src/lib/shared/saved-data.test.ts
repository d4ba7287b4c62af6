// The shared saved-data module: envelopes, short codes and a localStorage that
// never throws. Every kind of broken or hostile text comes back as an error code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanName, decodeLink, encodeCode, isRecord, MAX_IMPORT_BYTES, MAX_SET_ASIDE, readEnvelope, setAside, store, wrap, type Validator } from './saved-data.ts';

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

  it('gives each copy on one host its own saved data, and a copy under a base path keeps what it saved before', () => {
    const map = new Map<string, string>([['antwoorden', 'van voor de scheiding']]);
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
    });
    try {
      vi.stubEnv('BASE_URL', '/scholen/de-es/');
      // Saved before copies had keys of their own: still there, now also under its own key.
      expect(store.get('antwoorden')).toBe('van voor de scheiding');
      expect(store.set('antwoorden', 'De Es')).toBe(true);
      vi.stubEnv('BASE_URL', '/scholen/de-eik/');
      expect(store.set('antwoorden', 'De Eik')).toBe(true);
      expect(store.get('antwoorden')).toBe('De Eik');
      expect(store.keys()).toEqual(['antwoorden']);
      vi.stubEnv('BASE_URL', '/scholen/de-es/');
      expect(store.get('antwoorden')).toBe('De Es');
      vi.stubEnv('BASE_URL', '/');
      // The root keeps the keys it always had, and sees no other copy's.
      expect(store.get('antwoorden')).toBe('van voor de scheiding');
      expect(store.keys()).toEqual(['antwoorden']);
      expect([...map.keys()].sort()).toEqual(['antwoorden', 'antwoorden|/scholen/de-eik/', 'antwoorden|/scholen/de-es/']);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('setAside: the one policy for unreadable saved data', () => {
  let map: Map<string, string>;
  let full = false;
  const at = (s: number) => new Date(Date.UTC(2025, 2, 1, 10, 0, s));
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
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  const copies = (key: string) => [...map.keys()].filter((k) => k.startsWith(`${key}:kapot:`)).sort().map((k) => map.get(k));

  it('copies every unreadable value to a key of its own, then clears the original', () => {
    map.set('a', 'een');
    expect(setAside('a', 'een', at(0))).toEqual({ ok: true, key: 'a:kapot:2025-03-01T10:00:00.000Z', dropped: 0 });
    expect(map.has('a')).toBe(false);
    // The same moment twice (two tabs, a fast clock): a new key, never the old one.
    expect(setAside('a', 'twee', at(0))).toEqual({ ok: true, key: 'a:kapot:2025-03-01T10:00:00.000Z-002', dropped: 0 });
    expect(copies('a')).toEqual(['een', 'twee']);
  });

  it(`keeps at most ${MAX_SET_ASIDE} copies per key, removes the oldest first and says how many`, () => {
    for (let i = 0; i < MAX_SET_ASIDE; i++) expect(setAside('a', `v${i}`, at(i))).toMatchObject({ ok: true, dropped: 0 });
    expect(setAside('a', 'nieuw', at(30))).toMatchObject({ ok: true, dropped: 1 });
    expect(copies('a')).toEqual(['v1', 'v2', 'v3', 'v4', 'nieuw']);
    setAside('b', 'ander', at(0));
    expect(copies('a')).toHaveLength(MAX_SET_ASIDE);
  });

  it('when the copy cannot be written, leaves the original and lets nothing write over it', () => {
    map.set('c', 'enige kopie');
    full = true;
    expect(setAside('c', 'enige kopie', at(0))).toEqual({ ok: false });
    full = false;
    expect(store.set('c', 'nieuw')).toBe(false);
    expect(store.remove('c')).toBe(false);
    expect(map.get('c')).toBe('enige kopie');
    expect(store.set('d', 'ander')).toBe(true);
  });
});

describe('decodeLink', () => {
  it('decodes a link and gives undefined for a malformed one instead of throwing', () => {
    expect(decodeLink('a%20b')).toBe('a b');
    for (const bad of ['%E0%A4%A', '%', '%zz', '%C0%80']) expect(decodeLink(bad), bad).toBeUndefined();
  });
});

describe('cleanName: the one name rule of both islands', () => {
  it('removes zero-width and direction characters, so a name that looks the same is the same', () => {
    for (const c of ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF']) {
      expect(cleanName(`${c}An${c}na${c}`), escape(c)).toBe('Anna');
    }
  });
  it('turns control characters and line breaks into one space, trims, keeps emoji whole and limits the length', () => {
    expect(cleanName('  Anna\n\t de\u2028Vries\u0000 ')).toBe('Anna de Vries');
    expect(cleanName('Zoë 👩‍🏫')).toBe('Zoë 👩‍🏫');
    expect(cleanName('Zoe\u0308')).toBe('Zoë');
    expect([...cleanName('😀'.repeat(100), 60)]).toHaveLength(60);
    expect(cleanName(7)).toBe('');
  });
});
