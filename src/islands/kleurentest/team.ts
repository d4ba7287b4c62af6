// The colour test's team view: importing colleagues' profiles (a file or a code),
// everyone side by side, and the team profile with its chart. Started by main.ts,
// which hands over what it shares.
import { fill, listNl } from '../../lib/shared/kleurentest/format.ts';
import { profileFrom, type Level, type Profile, type TestShape } from '../../lib/shared/kleurentest/scoring.ts';
import { teamProfile } from '../../lib/shared/kleurentest/team.ts';
import { MAX_TEAM, profileValidator, sameProfile, KINDS, type SavedAnswers, type SharedProfile } from '../../lib/shared/kleurentest/validate.ts';
import { MAX_IMPORT_BYTES, readEnvelope } from '../../lib/shared/saved-data.ts';
import { barChart } from './chart.ts';
import { $, $$, el } from './page.ts';
import type { ColourInfo, Texts } from './types.ts';

export interface TeamContext {
  text: Texts;
  shape: TestShape;
  info: Map<string, ColourInfo>;
  lower: (id: string) => string;
  evenShare: number;
  /** The own answers (read, never changed here). */
  state: SavedAnswers;
  /** The imported profiles, saved with saveTeam(). */
  team: SharedProfile[];
  saveTeam: () => void;
  ownName: () => string;
  scoreText: (share: number, level: Level) => string;
  toolLinks: (c: ColourInfo) => HTMLElement;
}

export function teamView(ctx: TeamContext): { renderTeam(): void } {
  const { text, shape, info, lower, evenShare, state, team, saveTeam, ownName, scoreText, toolLinks } = ctx;
  const colourIds = shape.colours;
  const P = shape.pointsPerItem;

  const teamError = $('[data-team-error]');
  const teamStatus = $('[data-team-status]');
  const tell = (msg: string, isError: boolean) => {
    teamError.textContent = isError ? msg : '';
    teamStatus.textContent = isError ? '' : msg;
  };
  const labelOf = (p: Pick<SharedProfile, 'name' | 'scoredBy'>) => `${p.name || text.noName}${p.scoredBy === 'colleague' ? ` ${text.byColleague}` : ''}`;
  const validateProfile = profileValidator(colourIds, P);
  function importText(raw: string): boolean {
    const r = readEnvelope(raw, KINDS.profile.kind, KINDS.profile.version, validateProfile);
    if (!r.ok) {
      tell(`${text.importErrors[r.error]} ${text.nothingChanged}`, true);
      return false;
    }
    const name = labelOf(r.value);
    if (team.some((p) => sameProfile(p, r.value))) {
      tell(fill(text.duplicate, { name }), false);
      return true;
    }
    if (team.length >= MAX_TEAM) {
      tell(`${fill(text.teamFull, { max: MAX_TEAM })} ${text.nothingChanged}`, true);
      return false;
    }
    team.push(r.value);
    saveTeam();
    renderTeam();
    tell(fill(text.imported, { name }), false);
    return true;
  }
  const fileInput = $<HTMLInputElement>('#kt-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) tell(`${text.importErrors['too-big']} ${text.nothingChanged}`, true);
    else {
      try {
        importText(await file.text());
      } catch {
        tell(`${text.readFailed} ${text.nothingChanged}`, true);
      }
    }
    fileInput.value = '';
  });
  const codeIn = $<HTMLTextAreaElement>('#kt-code-in');
  $('[data-import-code]').addEventListener('click', () => {
    if (importText(codeIn.value)) codeIn.value = '';
  });

  // ---- The team view: everyone side by side, and the team profile.
  function renderTeam(): void {
    const own = profileFrom(shape, state.answers);
    const members: Array<{ label: string; profile: Profile; index?: number }> = [
      ...(own ? [{ label: state.scoredBy === 'self' ? ownName() || text.you : labelOf({ name: ownName(), scoredBy: 'colleague' }), profile: own }] : []),
      ...team.map((p, index) => ({ label: labelOf(p), profile: p, index })),
    ];
    const tp = teamProfile(members, colourIds, shape.thresholds, P);
    const tableBox = $('[data-team-table]');
    if (team.length === 0) tableBox.replaceChildren(el('p', text.teamEmpty));
    else {
      const table = el('table', undefined, 'kt-team-table');
      table.append(el('caption', text.teamTableCaption));
      const head = el('tr');
      head.append(...[text.columnName, ...colourIds.map((id) => info.get(id)!.name), text.columnRemove].map((h) => Object.assign(el('th', h), { scope: 'col' })));
      const thead = el('thead');
      thead.append(head);
      table.append(thead);
      const body = el('tbody');
      tp.members.forEach((m, i) => {
        const row = el('tr');
        row.append(Object.assign(el('th', m.label), { scope: 'row' }), ...m.scores.map((s) => el('td', scoreText(s.share, s.level))));
        const cell = el('td');
        const index = members[i]!.index;
        if (index !== undefined) {
          const button = el('button', text.remove, 'button button-secondary');
          button.type = 'button';
          button.append(el('span', `: ${m.label}`, 'sr-only'));
          button.addEventListener('click', () => removeMember(index));
          cell.append(button);
        }
        row.append(cell);
        body.append(row);
      });
      table.append(body);
      const scroll = el('div', undefined, 'table-scroll');
      scroll.append(table);
      tableBox.replaceChildren(scroll);
    }
    const enough = tp.size >= 2;
    $('[data-team-waiting]').hidden = enough;
    $('[data-team-result]').hidden = !enough;
    if (!enough) return;
    $('[data-team-chart]').replaceChildren(
      barChart(
        tp.colours.map((c) => ({ colour: c.colour, label: info.get(c.colour)!.name, share: c.share, value: scoreText(c.share, c.level) })),
        fill(text.teamChartLabel, { n: tp.size, even: Math.round(evenShare * 100) }),
        evenShare,
        text.evenSplit,
      ),
    );
    const summary = [
      tp.dominant.length ? fill(text.dominant, { colours: listNl(tp.dominant.map(lower)) }) : '',
      tp.weak.length ? fill(text.weakInTeam, { colours: listNl(tp.weak.map(lower)) }) : '',
    ].filter(Boolean);
    $('[data-team-summary]').textContent = tp.oneSided ? summary.join(' ') : text.balanced;
    $('[data-team-colours]').replaceChildren(
      ...tp.colours.map((c) => {
        const li = el('li');
        li.append(
          el('strong', `${info.get(c.colour)!.name}: ${scoreText(c.share, c.level)}.`),
          ` ${c.strongIn.length ? fill(text.strongIn, { names: listNl(c.strongIn) }) : text.strongInNobody}`,
        );
        if (c.level === 'weak') li.append(toolLinks(info.get(c.colour)!));
        return li;
      }),
    );
  }

  function removeMember(index: number): void {
    const [gone] = team.splice(index, 1);
    saveTeam();
    renderTeam();
    tell(fill(text.removed, { name: labelOf(gone!) }), false);
    // Keep the keyboard user in the list: the next remove button, or the file field.
    const buttons = $$<HTMLButtonElement>('[data-team-table] button');
    (buttons[Math.min(index, buttons.length - 1)] ?? fileInput).focus();
  }

  return { renderTeam };
}
