import { describe, expect, it } from 'vitest';
import { teamProfile } from './team.ts';
import type { Profile } from './scoring.ts';

const colours = ['geel', 'blauw', 'rood', 'groen', 'wit'];
const thresholds = { strong: 2, weak: 1.2 };
const profile = (geel: number, blauw: number, rood: number, groen: number, wit: number, items = 12): Profile => ({
  totals: { geel, blauw, rood, groen, wit },
  items,
  pointsPerItem: 8,
});

describe('the team profile', () => {
  it('averages the shares and names who is strong in which colour', () => {
    const team = teamProfile(
      [
        { label: 'Anna', profile: profile(30, 30, 12, 12, 12) },
        { label: 'Bram', profile: profile(10, 40, 16, 20, 10) },
      ],
      colours,
      thresholds,
      8,
    );
    expect(team.size).toBe(2);
    const blauw = team.colours.find((c) => c.colour === 'blauw')!;
    expect(blauw.share).toBeCloseTo((30 / 96 + 40 / 96) / 2);
    expect(blauw.level).toBe('strong');
    expect(blauw.strongIn).toEqual(['Anna', 'Bram']);
    expect(team.colours.find((c) => c.colour === 'geel')!.strongIn).toEqual(['Anna']);
    expect(team.colours.find((c) => c.colour === 'wit')!.strongIn).toEqual([]);
  });

  it('finds a one-sided team: a dominant colour and weak colours', () => {
    const team = teamProfile(
      [
        { label: 'A', profile: profile(20, 40, 12, 14, 10) },
        { label: 'B', profile: profile(18, 36, 14, 16, 12) },
        { label: 'C', profile: profile(22, 38, 10, 16, 10) },
      ],
      colours,
      thresholds,
      8,
    );
    expect(team.dominant).toEqual(['blauw']);
    expect(team.weak).toEqual(['rood', 'wit']);
    expect(team.oneSided).toBe(true);
  });

  it('calls a team balanced when no colour is strong or weak on average, even if members differ', () => {
    const team = teamProfile(
      [
        { label: 'A', profile: profile(30, 12, 18, 18, 18) },
        { label: 'B', profile: profile(12, 30, 18, 18, 18) },
      ],
      colours,
      thresholds,
      8,
    );
    expect(team.dominant).toEqual([]);
    expect(team.weak).toEqual([]);
    expect(team.oneSided).toBe(false);
    expect(team.members.map((m) => m.scores.find((s) => s.level === 'strong')?.colour)).toEqual(['geel', 'blauw']);
  });

  it('weighs every person equally, also when profiles have a different number of situations', () => {
    const team = teamProfile(
      [
        { label: 'A', profile: profile(80, 0, 0, 0, 0, 10) },
        { label: 'B', profile: profile(0, 96, 0, 0, 0, 12) },
      ],
      colours,
      thresholds,
      8,
    );
    expect(team.colours.map((c) => c.share)).toEqual([0.5, 0.5, 0, 0, 0]);
  });

  it('handles an empty team without dividing by zero', () => {
    const team = teamProfile([], colours, thresholds, 8);
    expect(team.colours.every((c) => c.share === 0)).toBe(true);
    expect(team.size).toBe(0);
  });
});
