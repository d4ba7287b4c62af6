// A team profile from several people's profiles: the average share per colour,
// who is strong in which colour, and where the team is one-sided. Pure logic.
//
// Every profile counts equally, whatever its number of situations: shares are
// averaged, not points. A colour is dominant when the team average is strong,
// and weak when the team average is weak, by the same thresholds as for one
// person; the team is one-sided when it has a dominant or a weak colour.
import { classifyShare, scoreProfile, type ColourScore, type Level, type Profile, type TestShape } from './scoring.ts';

export interface TeamMember {
  /** The name shown in the team view. */
  label: string;
  profile: Profile;
}

export interface TeamColour {
  colour: string;
  /** The average share of the members, 0–1. */
  share: number;
  level: Level;
  /** Labels of the members for whom this colour is strong. */
  strongIn: string[];
}

export interface TeamProfile {
  size: number;
  colours: TeamColour[];
  /** Every member's own scores, in the order of the members. */
  members: Array<{ label: string; scores: ColourScore[] }>;
  /** Colours whose team average is strong. */
  dominant: string[];
  /** Colours whose team average is weak. */
  weak: string[];
  oneSided: boolean;
}

export function teamProfile(members: TeamMember[], colours: string[], thresholds: TestShape['thresholds'], pointsPerItem: number): TeamProfile {
  const scored = members.map((m) => ({ label: m.label, scores: scoreProfile(m.profile, colours, thresholds) }));
  const teamColours = colours.map((colour, i) => {
    const share = scored.length ? scored.reduce((a, m) => a + m.scores[i]!.share, 0) / scored.length : 0;
    return {
      colour,
      share,
      level: classifyShare(share, thresholds, pointsPerItem),
      strongIn: scored.filter((m) => m.scores[i]!.level === 'strong').map((m) => m.label),
    };
  });
  const dominant = teamColours.filter((c) => c.level === 'strong').map((c) => c.colour);
  const weak = teamColours.filter((c) => c.level === 'weak').map((c) => c.colour);
  return { size: members.length, colours: teamColours, members: scored, dominant, weak, oneSided: dominant.length + weak.length > 0 };
}
