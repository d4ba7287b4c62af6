// What the colour test page hands to its island, in a <script type="application/json">:
// the test's shape, the colours with their texts and tools, and the UI texts it writes.
import type { ReadError } from '../../lib/shared/saved-data.ts';
import type { Level, TestShape } from '../../lib/shared/kleurentest/scoring.ts';

export interface ColourInfo {
  id: string;
  name: string;
  strong: string;
  average: string;
  weak: string;
  overuse: string;
  tools: Array<{ title: string; href: string }>;
}
/** The texts of content/ui.yaml (colourTest) that the island uses. */
export type TextKey =
  | 'allDone'
  | 'asideDone'
  | 'asideDropped'
  | 'asideFailed'
  | 'downloaded'
  | 'noStrongest'
  | 'tooMany'
  | 'announce'
  | 'balanced'
  | 'byColleague'
  | 'chartLabel'
  | 'colleagueFallback'
  | 'columnName'
  | 'columnRemove'
  | 'copied'
  | 'copyFailed'
  | 'corruptAnswers'
  | 'corruptTeam'
  | 'dominant'
  | 'duplicate'
  | 'evenSplit'
  | 'imported'
  | 'itemDone'
  | 'noName'
  | 'notSaved'
  | 'nothingChanged'
  | 'profileHeading'
  | 'profileHeadingColleague'
  | 'progress'
  | 'questionColleague'
  | 'questionSelf'
  | 'readFailed'
  | 'remaining'
  | 'remove'
  | 'removed'
  | 'resetConfirm'
  | 'resetDone'
  | 'scoreLine'
  | 'strongIn'
  | 'strongInNobody'
  | 'strongestMore'
  | 'strongestOne'
  | 'teamChartLabel'
  | 'teamEmpty'
  | 'teamFull'
  | 'teamTableCaption'
  | 'toolsFor'
  | 'weakInTeam'
  | 'you';
export type Texts = Record<TextKey, string> & { levels: Record<Level, string>; importErrors: Record<ReadError, string> };
export interface PageData { shape: TestShape; colours: ColourInfo[]; text: Texts }
