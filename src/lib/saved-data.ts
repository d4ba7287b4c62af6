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

/** localStorage that never throws (private mode, full disk, blocked storage). */
export const store = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      globalThis.localStorage?.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      /* nothing to do */
    }
  },
};
