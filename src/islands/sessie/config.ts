// What the planner page hands to its island, in a <script type="application/json">
// (data, not a script: the CSP's script-src does not apply to it): the tools and
// steps with the facts the planner shows, the checklists with their tools per
// category, and the UI texts under `session:` in content/ui.yaml, flattened
// ("kind.tool"). Texts are written into the page with textContent only.
import type { SessionData } from '../../lib/shared/sessie/types.ts';

export interface SessieConfig {
  data: SessionData;
  t: Record<string, string>;
  /** Links to the checklist pages, by id, with the base path. */
  checklistHref: Record<string, string>;
}
