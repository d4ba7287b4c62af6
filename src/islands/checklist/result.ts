// The scorer's result on the page: the chart, the categories, the strongest and weakest
// statements, what to do next, the comparison with a saved round, the team view, the
// people whose answers count, and the list of saved rounds.
import { nl1, signed } from '../../lib/shared/checklist/format.ts';
import { compareRounds, removeRound, today } from '../../lib/shared/checklist/rounds.ts';
import { hasAnswers, score, type Level, type Result } from '../../lib/shared/checklist/scoring.ts';
import { topDisagreements } from '../../lib/shared/checklist/team.ts';
import type { Answers } from '../../lib/shared/checklist/types.ts';
import { byId, h } from '../../lib/client/dom.ts';
import { chart } from './chart.ts';
import { currentSets, dateWords, def, displayName, items, links, state, sameAnswers, saveBaseline, saveRounds, saveTeam, say, scale, T } from './state.ts';

// ---------------------------------------------------------------- the result


export function categoryState(c: Result['categories'][number]): string {
  return c.mean === null ? T('tooFew', { answered: c.answered, items: c.items }) : T('categoryLine', { mean: nl1(c.mean), level: levelWords(c.level!) });
}
const levelWords = (level: Level) => scale[level === 'start' ? 0 : level === 'partial' ? 1 : 2];

/** "Antwoorden: 4× sterk ontwikkeld, 1× weet ik niet." — only the answers that were given. */
function distribution(c: Result['categories'][number]): string {
  const parts: Array<[number, string]> = [[c.counts[1], scale[0]], [c.counts[2], scale[1]], [c.counts[3], scale[2]], [c.counts[0], T('unknownShort')], [c.open, T('openShort')]];
  return T('distribution', { list: parts.filter(([n]) => n > 0).map(([n, answer]) => T('count', { n, answer })).join(', ') });
}

function linkList(label: string, list: Array<[string, string]>): Array<Node | string> {
  if (!list.length) return [];
  return [h('span', { class: 'scorer-linklabel' }, label), ' ', ...list.flatMap(([text, href], i) => [i ? ', ' : '', h('a', { href }, text)]), h('br')];
}

function itemWords(result: Result, stat: Result['items'][number]): string {
  // One person: the answer in words; a team: the mean.
  return result.people === 1 ? scale[stat.mean! - 1]! : T('itemMean', { mean: nl1(stat.mean!) });
}

export function render(): void {
  const sets = currentSets();
  const result = score(def, sets);
  const any = result.categories.some((c) => c.mean !== null);
  document.documentElement.classList.toggle('scorer-has-result', any);
  byId('scorer-who').textContent = !any ? T('resultEmpty') : result.people === 1 ? T('resultForOne') : T('resultForTeam', { n: result.people });
  for (const id of ['scorer-chart', 'scorer-categories', 'scorer-extremes', 'scorer-next', 'scorer-print-row']) byId(id).hidden = !any;

  const base = state.baseline >= 0 ? state.rounds[state.baseline] : undefined;
  const changes = base ? compareRounds(def, base.sets, sets) : undefined;
  drawChart(result, changes);

  byId('scorer-categories').replaceChildren(
    ...result.categories.map((c) =>
      h('li', null, h('strong', null, c.title), ': ', categoryState(c), '. ',
        h('span', { class: 'scorer-dist' }, distribution(c)))),
  );

  const itemLi = (s: Result['items'][number]) => h('li', null, s.text, ' ', h('span', { class: 'scorer-dist' }, `(${itemWords(result, s)})`));
  const none = () => h('li', { class: 'scorer-none' }, T('noneStandOut'));
  byId('scorer-strongest').replaceChildren(...(result.strongest.length ? result.strongest.map(itemLi) : [none()]));
  byId('scorer-weakest').replaceChildren(...(result.weakest.length ? result.weakest.map(itemLi) : [none()]));

  byId('scorer-next-intro').hidden = !result.weak.length;
  byId('scorer-next-list').replaceChildren(
    ...(result.weak.length
      ? result.weak.map((c) =>
          h('div', null, h('dt', null, `${c.title}: ${levelWords(c.level!)}`),
            h('dd', null, ...linkList(T('stepsLabel'), links[c.id]?.steps ?? []), ...linkList(T('toolsLabel'), links[c.id]?.tools ?? []))))
      : [h('p', null, T('allStrong'))]),
  );

  // Comparison with a saved round.
  byId('scorer-compare').hidden = !changes || !any;
  if (base && changes) {
    byId('scorer-compare-title').textContent = T('compareTitle', { label: base.label, date: dateWords(base.date) });
    byId('scorer-compare-rows').replaceChildren(
      ...changes.map((c) =>
        h('tr', null, h('th', { scope: 'row' }, c.title), h('td', null, c.before === null ? '–' : nl1(c.before)), h('td', null, c.after === null ? '–' : nl1(c.after)),
          h('td', null, c.change === null ? '–' : `${signed(c.change)} (${T(`trend.${c.trend!}`)})`))),
    );
  }

  // On paper: when it was printed and which saved round it is (if it is one).
  const same = [...state.rounds].reverse().find((r) => r.sets.length === sets.length && r.sets.every((s, i) => sameAnswers(s, sets[i]!)));
  byId('scorer-print-meta').textContent = `${T('printDate', { date: dateWords(today()) })} ${same ? T('printRound', { label: same.label, date: dateWords(same.date) }) : T('printNoRound')}`;

  // The team view: only with answers from more than one person.
  const teamView = result.people > 1 && any;
  byId('scorer-team-view').hidden = !teamView;
  if (teamView) renderTeamView(result);
  renderPeople();
}

function drawChart(result: Result, changes: ReturnType<typeof compareRounds> | undefined): void {
  const box = byId('scorer-chart');
  const rows = result.categories.map((c, i) => ({ title: c.title, mean: c.mean, label: categoryState(c), ...(changes ? { before: changes[i]!.before } : {}) }));
  const summary = `${T('chartTitle')}. ${rows.map((r) => `${r.title}: ${r.label}`).join('; ')}.`;
  const width = state.printWidth ?? (box.clientWidth || 640);
  const drawn = chart(rows, scale, width, summary, T('then'));
  box.replaceChildren(drawn);
  // Now on screen, the names can be measured: draw again if the estimate was off.
  const measured = Math.max(0, ...[...drawn.querySelectorAll<SVGTextElement>('.chart-title')].map((t) => t.getComputedTextLength()));
  if (measured) box.replaceChildren(chart(rows, scale, width, summary, T('then'), measured));
}

function renderTeamView(result: Result): void {
  const top = topDisagreements(result.items);
  byId('scorer-disagree').replaceChildren(
    ...(top.length
      ? top.map((s) => {
          const scored = [1, 2, 3].filter((v) => s.counts[v]! > 0);
          return h('li', null, s.text, h('br'),
            h('span', { class: 'scorer-dist' }, T('disagreeItem', { min: scale[scored[0]! - 1]!, max: scale[scored.at(-1)! - 1]!, d: nl1(s.disagreement!) })));
        })
      : [h('li', { class: 'scorer-none' }, T('noDisagreement'))]),
  );
  // Each number carries its column name, shown above it on a narrow screen (scorer.css).
  const heads = [...document.querySelectorAll('#scorer-items-table thead th')].map((th) => th.textContent!);
  const cell = (k: number, v: string) => h('td', { class: 'scorer-n', 'data-label': heads[k] }, v);
  byId('scorer-items').replaceChildren(
    ...def.categories.flatMap((cat) => [
      h('tr', null, h('th', { colspan: 7, scope: 'colgroup', class: 'scorer-group' }, cat.title)),
      ...result.items.filter((s) => s.category === cat.id).map((s) =>
        h('tr', null, h('th', { scope: 'row' }, s.text), cell(1, s.mean === null ? '–' : nl1(s.mean)),
          cell(2, String(s.counts[1])), cell(3, String(s.counts[2])), cell(4, String(s.counts[3])), cell(5, String(s.counts[0])),
          cell(6, s.disagreement === null ? '–' : nl1(s.disagreement)))),
    ]),
  );
}

function renderPeople(): void {
  const total = items.length;
  const count = (a: Answers) => T('answeredCount', { n: Object.keys(a).length, total });
  const list: HTMLElement[] = [];
  if (hasAnswers(state.mine)) list.push(h('li', null, h('span', null, T('me')), ' ', h('span', { class: 'scorer-dist' }, count(state.mine))));
  state.team.forEach((c, i) => {
    const name = displayName(c, i);
    const button = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': T('removeLabel', { name }) }, T('remove'));
    button.addEventListener('click', () => {
      state.team = state.team.filter((_, k) => k !== i);
      saveTeam();
      render();
      say('scorer-import-status', [[T('removed', { name }), false]]);
      byId('scorer-people-title').focus();
    });
    list.push(h('li', null, h('span', null, name), ' ', h('span', { class: 'scorer-dist' }, count(c.answers)), ' ', button));
  });
  byId('scorer-people').replaceChildren(...(list.length ? list : [h('li', { class: 'scorer-none' }, T('noColleagues'))]));
}




export function renderRounds(): void {
  byId('scorer-rounds').replaceChildren(
    ...(state.rounds.length
      ? state.rounds.map((r, i) => {
          const button = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': `${T('remove')}: ${r.label || dateWords(r.date)}` }, T('remove'));
          button.addEventListener('click', () => {
            if (!confirm(T('confirmDeleteRound', { label: r.label, date: dateWords(r.date) }))) return;
            state.rounds = removeRound(state.rounds, i);
            state.baseline = state.baseline === i ? -1 : state.baseline > i ? state.baseline - 1 : state.baseline;
            saveRounds();
            saveBaseline();
            renderRounds();
            render();
            byId('scorer-rounds-title').focus();
          });
          return h('li', null, h('span', null, `${dateWords(r.date)}${r.label ? ` · ${r.label}` : ''}`), ' ',
            h('span', { class: 'scorer-dist' }, T('roundPeople', { n: r.sets.length })), ' ', button);
        })
      : [h('li', { class: 'scorer-none' }, T('noRounds'))]),
  );
  const select = byId<HTMLSelectElement>('scorer-baseline');
  select.replaceChildren(
    h('option', { value: -1 }, T('compareNone')),
    ...state.rounds.map((r, i) => h('option', { value: i, selected: i === state.baseline }, `${dateWords(r.date)}${r.label ? ` · ${r.label}` : ''}`)),
  );
  select.disabled = !state.rounds.length;
}
