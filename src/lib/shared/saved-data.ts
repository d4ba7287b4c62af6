// Saving, exporting and importing answers in the browser (checklist, colour
// test). Everything stays on the device: localStorage and files or codes the
// user moves by hand. Nothing here throws: corrupt or hostile input comes back
// as an error code, so a page never breaks and nothing saved is overwritten.

/** The wrapper around every saved or exported piece of data. */
export interface Envelope<T> {
  app: 'samen-leren';
  kind: string;
  version: number;
  savedAt: string;
  data: T;
}

/** Checks the data inside an envelope: the clean value, or undefined when it is not valid. */
export type Validator<T> = (data: unknown) => T | undefined;

export type ReadError = 'empty' | 'too-big' | 'not-json' | 'not-ours' | 'other-kind' | 'other-version' | 'invalid';
export type ReadResult<T> = { ok: true; value: T; savedAt: string } | { ok: false; error: ReadError };

/** Larger than any real export (a team of 40 colleagues fits many times over). */
export const MAX_IMPORT_BYTES = 200_000;

export function wrap<T>(kind: string, version: number, data: T, now = new Date()): Envelope<T> {
  return { app: 'samen-leren', kind, version, savedAt: now.toISOString(), data };
}

/** Reads an envelope from text (a file, a pasted code, localStorage). */
export function readEnvelope<T>(text: string | null | undefined, kind: string, version: number, validate: Validator<T>): ReadResult<T> {
  if (text == null || text.trim() === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-big' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim().startsWith('{') ? text : decodeCode(text.trim()));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(parsed) || parsed.app !== 'samen-leren') return { ok: false, error: 'not-ours' };
  if (parsed.kind !== kind) return { ok: false, error: 'other-kind' };
  if (parsed.version !== version) return { ok: false, error: 'other-version' };
  const value = validate(parsed.data);
  if (value === undefined) return { ok: false, error: 'invalid' };
  const savedAt = typeof parsed.savedAt === 'string' && !Number.isNaN(Date.parse(parsed.savedAt)) ? parsed.savedAt : new Date(0).toISOString();
  return { ok: true, value, savedAt };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short text code (base64url of the JSON) to paste in a chat or mail. */
export function encodeCode(envelope: Envelope<unknown>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(envelope));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCode(code: string): string {
  const b64 = code.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * Keys whose unreadable content could not be set aside (storage full or
 * blocked): nothing is written over them until the page is reloaded, so the
 * only copy is never lost.
 */
const held = new Set<string>();

/**
 * Each copy of the handbook on one host (a board's /scholen/de-es/ and /scholen/de-eik/)
 * keeps its own saved data: its keys end in "|<base path>". At the root they stay as
 * they always were. Read when used, so a test can set the base path.
 */
const SCOPE_MARK = '|/';
function scopeOf(): string {
  // Written out in full: Vite replaces `import.meta.env` in the browser bundle by its value.
  const base = import.meta.env?.BASE_URL ?? '/';
  return base === '/' ? '' : `|${base}`;
}
const physical = (key: string) => `${key}${scopeOf()}`;

function rawGet(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** localStorage that never throws (private mode, full disk, blocked storage), in this copy's own key space. */
export const store = {
  get(key: string): string | null {
    const value = rawGet(physical(key));
    if (value !== null || !scopeOf()) return value;
    // Saved before copies had keys of their own: the same data, now this copy's own
    // (copied, not moved: another copy on this host may still read it).
    const shared = rawGet(key);
    if (shared !== null) store.set(key, shared);
    return shared;
  },
  set(key: string, value: string): boolean {
    if (held.has(key)) return false;
    try {
      globalThis.localStorage?.setItem(physical(key), value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): boolean {
    if (held.has(key)) return false;
    try {
      globalThis.localStorage?.removeItem(physical(key));
      return true;
    } catch {
      return false;
    }
  },
  /** Every key of this copy, oldest API first; none when storage is blocked. */
  keys(): string[] {
    const out: string[] = [];
    const scope = scopeOf();
    try {
      const ls = globalThis.localStorage;
      for (let i = 0; i < (ls?.length ?? 0); i++) {
        const k = ls!.key(i);
        if (k === null) continue;
        if (scope ? k.endsWith(scope) : !k.includes(SCOPE_MARK)) out.push(scope ? k.slice(0, -scope.length) : k);
      }
    } catch {
      /* none */
    }
    return out;
  },
};

/** At most this many unreadable copies are kept per key; the oldest goes first. */
export const MAX_SET_ASIDE = 5;

/** Where an unreadable value went: its own backup key (and how many older copies made room), or nowhere. */
export type SetAside = { ok: true; key: string; dropped: number } | { ok: false };

/**
 * The one policy for saved data that can no longer be read, in every island:
 * the value is copied to a key of its own (`<key>:kapot:<time>`, never one that
 * exists) and only then removed from `key`. At most MAX_SET_ASIDE copies are
 * kept per key, the oldest removed first. When the copy cannot be written, the
 * original stays where it is and `key` is held: nothing overwrites it.
 */
export function setAside(key: string, value: string, now = new Date()): SetAside {
  const prefix = `${key}:kapot:`;
  const stamp = prefix + now.toISOString();
  let backup = stamp;
  for (let n = 2; store.get(backup) !== null; n++) backup = `${stamp}-${String(n).padStart(3, '0')}`;
  if (!store.set(backup, value)) {
    held.add(key);
    return { ok: false };
  }
  store.remove(key);
  const copies = store.keys().filter((k) => k.startsWith(prefix)).sort();
  const extra = copies.slice(0, Math.max(0, copies.length - MAX_SET_ASIDE));
  for (const k of extra) store.remove(k);
  return { ok: true, key: backup, dropped: extra.length };
}

/** The one result type of a check: the value, or the precise reason it was refused. */
export type Checked<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R };

/**
 * readEnvelope with a check that says why it refused, not just that it did: the
 * envelope's own error, or the check's reason (`fallback` when it gave none).
 */
export function readChecked<T, R extends string>(
  text: string | null | undefined, kind: string, version: number, check: (data: unknown) => Checked<T, R>, fallback: R,
): { ok: true; value: T } | { ok: false; problem: Exclude<ReadError, 'invalid'> | R } {
  let reason = fallback;
  const r = readEnvelope(text, kind, version, (data) => {
    const c = check(data);
    if (c.ok) return c.value;
    reason = c.reason;
    return undefined;
  });
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, problem: r.error === 'invalid' ? reason : r.error };
}

/** What a saved key held: its value, or why it could not be read and where its text went. */
export interface Stored<T, P> { value: T | undefined; problem?: P; aside?: SetAside }

/**
 * Reads one saved key with `read`, for every island: unreadable text is set aside
 * by the one policy above (setAside), so the page starts clean and loses nothing.
 */
export function loadStored<T, P>(key: string, read: (text: string) => { ok: true; value: T } | { ok: false; problem: P }, now = new Date()): Stored<T, P> {
  const text = store.get(key);
  if (text === null) return { value: undefined };
  const r = read(text);
  if (r.ok) return { value: r.value };
  return { value: undefined, problem: r.problem, aside: setAside(key, text, now) };
}

/** decodeURIComponent that gives undefined instead of throwing on a malformed link. */
export function decodeLink(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

// Zero-width and direction characters (U+200B–U+200F, U+202A–U+202E,
// U+2066–U+2069, U+FEFF and the rest of Unicode's format class) are invisible,
// so they go; only a joiner inside an emoji (👩‍🏫) stays. Control characters
// and line breaks become a space.
const INVISIBLE = /(?<!\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?)\u200D|\u200D(?!\p{Extended_Pictographic})|[^\P{Cf}\u200D]/gu;
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;

/**
 * The one name rule of both islands: what a person's name or a label is after
 * cleaning. Invisible characters removed, one line, single spaces, trimmed, NFC,
 * at most `max` characters. Two names that look the same are the same string.
 */
export function cleanName(value: unknown, max = 60): string {
  if (typeof value !== 'string') return '';
  const flat = value.normalize('NFC').replace(INVISIBLE, '').replace(BREAKS, ' ').trim();
  return [...flat].slice(0, max).join('').trim();
}
