// What the checklist page hands to its island, in a <script type="application/json">:
// the checklist, the links per category, the limits, and the UI texts the island
// writes itself (all from content/, none hard-coded in the island).
import type { ChecklistDef } from '../../lib/shared/checklist/types.ts';

/** The keys under `scorer:` in content/ui.yaml that the island uses; the page fails the build if one is missing. */
export const ISLAND_KEYS = [
  'resultEmpty', 'resultForOne', 'resultForTeam', 'chartTitle', 'tooFew', 'categoryLine', 'distribution', 'count', 'openShort',
  'noneStandOut', 'itemMean', 'allStrong', 'stepsLabel', 'toolsLabel', 'announce', 'confirmClear', 'cleared',
  'copied', 'copyFailed', 'linkCopied', 'linkSource', 'linkFound', 'nothingToShare', 'yourName', 'pastedCode', 'added', 'duplicate', 'teamFull',
  'me', 'colleague', 'answeredCount', 'remove', 'removeLabel', 'removed', 'noColleagues',
  'disagreeItem', 'noDisagreement', 'unknownShort',
  'roundSaved', 'roundsFull', 'roundEmpty', 'roundLabel', 'noRounds', 'roundPeople', 'confirmDeleteRound',
  'compareNone', 'compareTitle', 'trend.up', 'trend.same', 'trend.down', 'then',
  'storageProblem', 'storageDropped', 'storageHeld', 'downloaded', 'printDate', 'printRound', 'printNoRound', 'storageWhat.answers', 'storageWhat.team', 'storageWhat.rounds', 'saveFailed',
  'errors.empty', 'errors.too-big', 'errors.not-json', 'errors.not-ours', 'errors.other-kind', 'errors.other-version',
  'errors.other-checklist', 'errors.unknown-item', 'errors.bad-value', 'errors.text-too-long', 'errors.text-markup',
  'errors.no-answers', 'errors.too-many', 'errors.bad-date', 'errors.shape', 'errors.read-failed',
] as const;
export type IslandKey = (typeof ISLAND_KEYS)[number];

/** A link as [text, href with base path]. */
export type Link = [string, string];

export interface ScorerConfig {
  def: ChecklistDef;
  /** The three answers in words, 1 to 3 (also the names of the levels). */
  scale: [string, string, string];
  links: Record<string, { steps: Link[]; tools: Link[] }>;
  t: Record<IslandKey, string>;
}
