// Checks everything the colour test reads back: its own saved answers, its saved
// team list and profiles imported from colleagues (files or codes). Each
// validator returns a clean copy built from known fields only, or undefined, so
// hostile input (wrong types, impossible numbers, "__proto__" keys, very long or
// invisible-character names) never reaches the page. Used with readEnvelope()
// from src/lib/shared/saved-data.ts, which handles size, JSON and the envelope.
import { cleanName as sharedCleanName, isRecord, type Validator } from '../saved-data.ts';
import type { Answers, Profile, TestShape } from './scoring.ts';

/** Envelope kinds and versions: a change in the data format gets a new version. */
export const KINDS = {
  profile: { kind: 'kleurentest-profiel', version: 1 },
  answers: { kind: 'kleurentest-antwoorden', version: 1 },
  team: { kind: 'kleurentest-team', version: 1 },
} as const;

/** More than any real team; keeps the page fast and the saved data small. */
export const MAX_TEAM = 40;
export const MAX_NAME = 60;
/** More situations than any version of the test will have; content/kleurentest.yaml may not have more (src/lib/shared/schemas.ts). */
export const MAX_ITEMS = 100;

/** Who filled in the test: the person themselves, or a colleague about them. */
export type ScoredBy = 'self' | 'colleague';

/** A profile as it is shared: who it is about, who scored it, and the points per colour. */
export interface SharedProfile extends Profile {
  name: string;
  scoredBy: ScoredBy;
}

/** The answers in progress, as saved in this browser. */
export interface SavedAnswers {
  scoredBy: ScoredBy;
  name: string;
  answers: Answers;
}

/** The profiles imported into the team view, as saved in this browser. */
export interface SavedTeam {
  profiles: SharedProfile[];
}

/** A name as it may be shown: the shared name rule of both islands (src/lib/shared/saved-data.ts). */
export const cleanName = (value: unknown): string => sharedCleanName(value, MAX_NAME);

const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function scoredBy(v: unknown): ScoredBy | undefined {
  return v === 'self' || v === 'colleague' ? v : undefined;
}

/** A shared profile: known colours only, whole points that add up to items × points per situation. */
export function profileValidator(colours: readonly string[], pointsPerItem: number): Validator<SharedProfile> {
  return (data) => {
    if (!isRecord(data) || !isRecord(data.totals)) return undefined;
    const by = scoredBy(data.scoredBy);
    const { items } = data;
    if (!by || !isCount(items, MAX_ITEMS) || items === 0 || data.pointsPerItem !== pointsPerItem) return undefined;
    const max = items * pointsPerItem;
    const totals: Record<string, number> = {};
    for (const c of colours) {
      const v = Object.hasOwn(data.totals, c) ? data.totals[c] : undefined;
      if (!isCount(v, max)) return undefined;
      totals[c] = v;
    }
    if (Object.values(totals).reduce((a, b) => a + b, 0) !== max) return undefined;
    return { name: cleanName(data.name), scoredBy: by, totals, items, pointsPerItem };
  };
}

/**
 * Saved answers: each known situation has one whole number per answer and no
 * more than the points to divide. Situations the test no longer has are dropped.
 */
export function answersValidator(shape: TestShape): Validator<SavedAnswers> {
  return (data) => {
    if (!isRecord(data) || !isRecord(data.answers)) return undefined;
    const by = scoredBy(data.scoredBy);
    if (!by) return undefined;
    const answers: Answers = {};
    for (const item of shape.items) {
      if (!Object.hasOwn(data.answers, item.id)) continue;
      const points = data.answers[item.id];
      if (!Array.isArray(points) || points.length !== item.colours.length) return undefined;
      if (!points.every((p) => isCount(p, shape.pointsPerItem))) return undefined;
      const total = (points as number[]).reduce((a, b) => a + b, 0);
      if (total > shape.pointsPerItem) return undefined;
      answers[item.id] = [...(points as number[])];
    }
    return { scoredBy: by, name: cleanName(data.name), answers };
  };
}

/** A saved team list: every profile valid, at most MAX_TEAM. */
export function teamValidator(colours: readonly string[], pointsPerItem: number): Validator<SavedTeam> {
  const one = profileValidator(colours, pointsPerItem);
  return (data) => {
    if (!isRecord(data) || !Array.isArray(data.profiles) || data.profiles.length > MAX_TEAM) return undefined;
    const profiles: SharedProfile[] = [];
    for (const p of data.profiles) {
      const clean = one(p);
      if (!clean) return undefined;
      profiles.push(clean);
    }
    return { profiles };
  };
}

/** The same profile again (for example the same file imported twice): then it is not added twice. */
export function sameProfile(a: SharedProfile, b: SharedProfile): boolean {
  return (
    a.name === b.name &&
    a.scoredBy === b.scoredBy &&
    a.items === b.items &&
    Object.keys(a.totals).length === Object.keys(b.totals).length &&
    Object.entries(a.totals).every(([k, v]) => b.totals[k] === v)
  );
}
