// Times of a session: from a start time and each block's minutes, when every block
// starts and ends, and how long the whole session takes. A block without minutes
// (the trainer has not entered them) leaves every later time open: the planner
// never guesses a duration.

/** "09:05" → 545; anything else → null. */
export function parseTime(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 545 → "09:05"; past midnight it wraps (1500 → "01:00"). */
export function formatTime(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** 90 → "1 uur 30 minuten", 45 → "45 minuten", 120 → "2 uur", 1 → "1 minuut". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = m === 1 ? '1 minuut' : `${m} minuten`;
  if (!h) return mins;
  return m ? `${h} uur ${mins}` : `${h} uur`;
}

export interface Slot { start: number | null; end: number | null }
export interface Schedule {
  slots: Slot[];
  /** The sum of the minutes that are known. */
  total: number;
  /** True when every block has minutes (and the start time is valid). */
  complete: boolean;
  /** The end of the session, when complete. */
  end: number | null;
  /** Index of the first block without minutes, or -1. */
  firstOpen: number;
}

export function schedule(start: string, minutes: Array<number | null>): Schedule {
  let clock = parseTime(start);
  const slots: Slot[] = [];
  let total = 0;
  let firstOpen = -1;
  minutes.forEach((m, i) => {
    const known = typeof m === 'number' && Number.isFinite(m) && m > 0;
    if (known) total += m;
    else if (firstOpen < 0) firstOpen = i;
    const end = clock !== null && known ? clock + m : null;
    slots.push({ start: clock, end });
    clock = end;
  });
  const complete = firstOpen < 0 && parseTime(start) !== null;
  return { slots, total, complete, end: complete ? (clock ?? parseTime(start)) : null, firstOpen };
}

/**
 * The minutes of a tool's at-a-glance duration, only when the text plainly names
 * one number of minutes at its start ("Ongeveer 40 minuten, inclusief …").
 * A range or a duration in words ("tien minuten tot een half uur") gives undefined:
 * then the trainer enters it.
 */
export function glanceMinutes(duration: string | undefined): number | undefined {
  if (!duration) return undefined;
  const m = /^\s*(?:ongeveer\s+|circa\s+|zo'n\s+)?(\d{1,3})\s+minuten\b(?!\s*(?:tot|à|a|-|–)\s)/i.exec(duration);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}

/** Moves the item at `from` one place up (-1) or down (+1); the same array back when it cannot. */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}
