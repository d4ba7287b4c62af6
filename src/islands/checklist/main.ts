// The checklist scorer in the browser. The page is a working paper form without
// it; this island adds the result (chart and text), saving on this device, the
// team view from colleagues' files or codes, and rounds over time. All logic
// lives in src/lib/checklist/ (tested there); this file only wires it to the page.
// Every text from outside (names, labels, file names) goes in with textContent.
import { fill, nl1, signed } from '../../lib/checklist/format.ts';
import { addRound, compareRounds, removeRound, today } from '../../lib/checklist/rounds.ts';
import { hasAnswers, score, type Level, type Result } from '../../lib/checklist/scoring.ts';
import { exportCode, exportFile, exportFileName, loadSlot, readImport, saveSlot, storageKey, type Loaded, type Problem, type Slot, type Stored } from '../../lib/checklist/storage.ts';
import { topDisagreements } from '../../lib/checklist/team.ts';
import { allItems, type Answer, type AnswerFile, type Answers, type Round } from '../../lib/checklist/types.ts';
import { checkText, isDate, MAX_COLLEAGUES, MAX_LABEL, MAX_NAME } from '../../lib/checklist/validate.ts';
import { MAX_ROUNDS } from '../../lib/checklist/rounds.ts';
import { decodeLink, MAX_IMPORT_BYTES, MAX_SET_ASIDE, store } from '../../lib/saved-data.ts';
import { chart } from './chart.ts';
import type { IslandKey, ScorerConfig } from './config.ts';
import { byId, h } from '../../lib/client/dom.ts';
import { announce as announceIn, copyText, downloadFile } from '../../lib/client/share.ts';

const config = JSON.parse(byId('scorer-data').textContent ?? '{}') as ScorerConfig;
const { def, scale, links } = config;
const T = (key: IslandKey, values: Record<string, string | number> = {}) => fill(config.t[key], values);
const items = allItems(def);
const form = byId<HTMLFormElement>(`form-${def.id}`);

let mine: Answers = {};
let myName = '';
let team: AnswerFile[] = [];
let rounds: Round[] = [];
/** Index into rounds of the baseline to compare with; -1 for none. */
let baseline = -1;
/** Set while printing: draw the chart for paper instead of the screen. */
let printWidth: number | undefined;

// ---------------------------------------------------------------- messages

const errorText = (p: Problem | 'read-failed') =>
  T(`errors.${p}`, { kb: Math.round(MAX_IMPORT_BYTES / 1000), name: MAX_NAME, label: MAX_LABEL });

function notice(text: string): void {
  byId('scorer-notices').append(h('p', { class: 'scorer-msg scorer-msg-error' }, text));
}

/** Shows messages in a live region; `true` marks a problem. */
function say(id: string, lines: Array<[string, boolean]>): void {
  byId(id).replaceChildren(...lines.map(([text, bad]) => h('p', { class: `scorer-msg${bad ? ' scorer-msg-error' : ''}` }, text)));
}

const announce = (text: string) => announceIn(byId('scorer-live'), text);

function save(ok: boolean): void {
  if (!ok && !byId('scorer-notices').dataset.saveFailed) {
    byId('scorer-notices').dataset.saveFailed = '1';
    notice(T('saveFailed'));
  }
}

const saveMine = () => save(saveSlot(def, 'answers', { checklist: def.id, ...(myName ? { name: myName } : {}), answers: mine }));
const saveTeam = () => save(saveSlot(def, 'team', team));
const saveRounds = () => save(saveSlot(def, 'rounds', rounds));

// ---------------------------------------------------------------- loading

/** A slot's value; what could not be read gets a notice that says exactly where it went. */
function load<T>(slot: Slot, stored: Stored<T>): T | undefined {
  const { problem, aside } = stored;
  if (problem && aside) {
    const values = { what: T(`storageWhat.${slot}`), reason: errorText(problem), max: MAX_SET_ASIDE };
    notice(aside.ok ? `${T('storageProblem', { ...values, key: aside.key })}${aside.dropped ? ` ${T('storageDropped', values)}` : ''}` : T('storageHeld', values));
  }
  return stored.value;
}

const savedMine = load('answers', loadSlot(def, 'answers'));
if (savedMine) {
  mine = savedMine.answers;
  myName = savedMine.name ?? '';
}
team = load('team', loadSlot(def, 'team')) ?? [];
rounds = load('rounds', loadSlot(def, 'rounds')) ?? [];
// The round to compare with, by date and label, so it survives a reload.
const BASELINE_KEY = `${storageKey(def.id, 'rounds')}:vergelijk`;
const roundId = (r: Round) => `${r.date} ${r.label}`;
baseline = rounds.findIndex((r) => roundId(r) === store.get(BASELINE_KEY));
function saveBaseline(): void {
  const base = rounds[baseline];
  if (base) store.set(BASELINE_KEY, roundId(base));
  else store.remove(BASELINE_KEY);
}

// Set every radio from the saved answers, also unchecking what a browser may have
// restored on its own, so what you see is exactly what is saved.
for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
  input.checked = Object.hasOwn(mine, input.name) && String(mine[input.name]) === input.value;
}
byId<HTMLInputElement>('scorer-name').value = myName;
byId<HTMLInputElement>('scorer-round-date').value = today();
for (const el of document.querySelectorAll<HTMLElement>('[data-scorer]')) el.hidden = false;

// ---------------------------------------------------------------- the result

/** The answer sets behind the result: the own answers (if any) and every colleague's. */
function currentSets(): Answers[] {
  return [...(hasAnswers(mine) ? [mine] : []), ...team.map((c) => c.answers)];
}

function categoryState(c: Result['categories'][number]): string {
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

function render(): void {
  const sets = currentSets();
  const result = score(def, sets);
  const any = result.categories.some((c) => c.mean !== null);
  document.documentElement.classList.toggle('scorer-has-result', any);
  byId('scorer-who').textContent = !any ? T('resultEmpty') : result.people === 1 ? T('resultForOne') : T('resultForTeam', { n: result.people });
  for (const id of ['scorer-chart', 'scorer-categories', 'scorer-extremes', 'scorer-next', 'scorer-print-row']) byId(id).hidden = !any;

  const base = baseline >= 0 ? rounds[baseline] : undefined;
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
  const same = [...rounds].reverse().find((r) => r.sets.length === sets.length && r.sets.every((s, i) => sameAnswers(s, sets[i]!)));
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
  const width = printWidth ?? (box.clientWidth || 640);
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
  if (hasAnswers(mine)) list.push(h('li', null, h('span', null, T('me')), ' ', h('span', { class: 'scorer-dist' }, count(mine))));
  team.forEach((c, i) => {
    const name = displayName(c, i);
    const button = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': T('removeLabel', { name }) }, T('remove'));
    button.addEventListener('click', () => {
      team = team.filter((_, k) => k !== i);
      saveTeam();
      render();
      say('scorer-import-status', [[T('removed', { name }), false]]);
      byId('scorer-people-title').focus();
    });
    list.push(h('li', null, h('span', null, name), ' ', h('span', { class: 'scorer-dist' }, count(c.answers)), ' ', button));
  });
  byId('scorer-people').replaceChildren(...(list.length ? list : [h('li', { class: 'scorer-none' }, T('noColleagues'))]));
}

const displayName = (c: AnswerFile, i: number) => c.name || T('colleague', { n: i + 1 });

function dateWords(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

// ---------------------------------------------------------------- answering

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  if (input.type !== 'radio' || !items.some((i) => i.id === input.name)) return;
  mine[input.name] = Number(input.value) as Answer;
  saveMine();
  render();
  const cat = items.find((i) => i.id === input.name)!.category;
  const c = score(def, currentSets()).categories.find((x) => x.id === cat)!;
  announce(T('announce', { title: c.title, state: categoryState(c) }));
});

byId('scorer-clear').addEventListener('click', () => {
  if (!hasAnswers(mine) || !confirm(T('confirmClear'))) return;
  mine = {};
  form.reset();
  saveMine();
  render();
  announce(T('cleared'));
});

byId('scorer-print').addEventListener('click', () => print());

// ---------------------------------------------------------------- sharing

function ownFile(): AnswerFile | undefined {
  const name = checkText(byId<HTMLInputElement>('scorer-name').value, MAX_NAME);
  if (!name.ok) {
    say('scorer-share-status', [[`${T('yourName')}: ${errorText(name.reason)}`, true]]);
    return undefined;
  }
  if (!hasAnswers(mine)) {
    say('scorer-share-status', [[T('nothingToShare'), true]]);
    return undefined;
  }
  say('scorer-share-status', []);
  return { checklist: def.id, ...(name.value ? { name: name.value } : {}), answers: mine };
}

byId('scorer-name').addEventListener('change', () => {
  const name = checkText(byId<HTMLInputElement>('scorer-name').value, MAX_NAME);
  if (!name.ok) {
    say('scorer-share-status', [[`${T('yourName')}: ${errorText(name.reason)}`, true]]);
    return;
  }
  say('scorer-share-status', []);
  myName = name.value;
  saveMine();
});

byId('scorer-download').addEventListener('click', () => {
  const file = ownFile();
  if (!file) return;
  const name = exportFileName(file);
  downloadFile(name, exportFile(file));
  say('scorer-share-status', [[T('downloaded', { file: name }), false]]);
});

byId('scorer-make-code').addEventListener('click', () => {
  const file = ownFile();
  if (!file) return;
  const code = byId<HTMLTextAreaElement>('scorer-code');
  code.value = exportCode(file);
  byId('scorer-code-box').hidden = false;
  code.focus();
  code.select();
});

/** The link carries the code after "#": the part of a URL a browser never sends to a server. */
const LINK_MARK = '#antwoorden=';
const linkFor = (code: string) => `${location.origin}${location.pathname}${LINK_MARK}${code}`;

async function copy(text: string, done: IslandKey): Promise<void> {
  if (await copyText(text)) return say('scorer-share-status', [[T(done), false]]);
  byId<HTMLTextAreaElement>('scorer-code').select();
  say('scorer-share-status', [[T('copyFailed'), true]]);
}
byId('scorer-copy').addEventListener('click', () => copy(byId<HTMLTextAreaElement>('scorer-code').value, 'copied'));
byId('scorer-copy-link').addEventListener('click', () => copy(linkFor(byId<HTMLTextAreaElement>('scorer-code').value), 'linkCopied'));

// ---------------------------------------------------------------- importing

const sameAnswers = (a: Answers, b: Answers) => items.every((i) => a[i.id] === b[i.id]);

/** Adds one colleague; returns the message. The own answers are never touched. */
function addColleague(source: string, read: Loaded<AnswerFile>): [string, boolean] {
  if (!read.ok) return [`${source}: ${errorText(read.problem)}`, true];
  const c = read.value;
  if (team.some((t) => t.name === c.name && sameAnswers(t.answers, c.answers))) return [T('duplicate', { source }), true];
  if (team.length >= MAX_COLLEAGUES) return [T('teamFull', { source, max: MAX_COLLEAGUES }), true];
  team.push(c);
  return [T('added', { source, name: displayName(c, team.length - 1) }), false];
}

function afterImport(lines: Array<[string, boolean]>): void {
  saveTeam();
  render();
  say('scorer-import-status', lines);
}

byId<HTMLInputElement>('scorer-files').addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  const lines: Array<[string, boolean]> = [];
  for (const file of Array.from(input.files ?? [])) {
    const source = file.name.length > 60 ? `${file.name.slice(0, 57)}…` : file.name;
    // Refuse before reading: a full team, or a file far too big for answers.
    if (team.length >= MAX_COLLEAGUES) {
      lines.push([T('teamFull', { source, max: MAX_COLLEAGUES }), true]);
      continue;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      lines.push([`${source}: ${errorText('too-big')}`, true]);
      continue;
    }
    try {
      lines.push(addColleague(source, readImport(def, await file.text())));
    } catch {
      lines.push([`${source}: ${errorText('read-failed')}`, true]);
    }
  }
  input.value = '';
  afterImport(lines);
});

byId('scorer-add').addEventListener('click', () => {
  const paste = byId<HTMLTextAreaElement>('scorer-paste');
  const line = addColleague(T('pastedCode'), readImport(def, paste.value));
  if (!line[1]) paste.value = '';
  afterImport([line]);
});

// ---------------------------------------------------------------- rounds

function renderRounds(): void {
  byId('scorer-rounds').replaceChildren(
    ...(rounds.length
      ? rounds.map((r, i) => {
          const button = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': `${T('remove')}: ${r.label || dateWords(r.date)}` }, T('remove'));
          button.addEventListener('click', () => {
            if (!confirm(T('confirmDeleteRound', { label: r.label, date: dateWords(r.date) }))) return;
            rounds = removeRound(rounds, i);
            baseline = baseline === i ? -1 : baseline > i ? baseline - 1 : baseline;
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
    ...rounds.map((r, i) => h('option', { value: i, selected: i === baseline }, `${dateWords(r.date)}${r.label ? ` · ${r.label}` : ''}`)),
  );
  select.disabled = !rounds.length;
}

byId('scorer-save-round').addEventListener('click', () => {
  const label = checkText(byId<HTMLInputElement>('scorer-round-label').value, MAX_LABEL);
  if (!label.ok) return say('scorer-round-status', [[`${T('roundLabel')}: ${errorText(label.reason)}`, true]]);
  const dateValue = byId<HTMLInputElement>('scorer-round-date').value;
  const date = isDate(dateValue) ? dateValue : today();
  const added = addRound(rounds, { label: label.value, date, sets: currentSets() });
  if (!added.ok) return say('scorer-round-status', [[added.reason === 'full' ? T('roundsFull', { max: MAX_ROUNDS }) : T('roundEmpty'), true]]);
  const wasBaseline = rounds[baseline];
  rounds = added.rounds;
  baseline = wasBaseline ? rounds.indexOf(wasBaseline) : -1;
  saveRounds();
  renderRounds();
  say('scorer-round-status', [[T('roundSaved', { label: label.value, date: dateWords(date) }), false]]);
  byId<HTMLInputElement>('scorer-round-label').value = '';
});

byId<HTMLSelectElement>('scorer-baseline').addEventListener('change', (e) => {
  baseline = Number((e.target as HTMLSelectElement).value);
  saveBaseline();
  render();
});

// ---------------------------------------------------------------- a shared link

/** A colleague's answers from a link, waiting for the user to say yes or no. */
let incoming: AnswerFile | undefined;

function openLink(): void {
  if (!location.hash.startsWith(LINK_MARK)) return;
  // A malformed link (%E0%A4%A) cannot be decoded: then it reads as nothing readable.
  const raw = decodeLink(location.hash.slice(LINK_MARK.length));
  const read: Loaded<AnswerFile> = raw === undefined ? { ok: false, problem: 'not-json' } : readImport(def, raw);
  history.replaceState(null, '', location.pathname + location.search);
  if (!read.ok) return notice(`${T('linkSource')}: ${errorText(read.problem)}`);
  incoming = read.value;
  byId('scorer-incoming-text').textContent = T('linkFound', { name: displayName(incoming, team.length) });
  byId('scorer-incoming').hidden = false;
  byId('scorer-link-add').focus();
}

function closeLink(add: boolean): void {
  if (add && incoming) {
    const line = addColleague(T('linkSource'), { ok: true, value: incoming });
    afterImport([line]);
  }
  incoming = undefined;
  byId('scorer-incoming').hidden = true;
  byId('scorer-people-title').focus();
}
byId('scorer-link-add').addEventListener('click', () => closeLink(true));
byId('scorer-link-ignore').addEventListener('click', () => closeLink(false));
addEventListener('hashchange', openLink);

// ---------------------------------------------------------------- start

// The chart is drawn for the width it has: again when that changes, and for paper.
let lastWidth = byId('scorer-chart').clientWidth;
addEventListener('resize', () => {
  const w = byId('scorer-chart').clientWidth;
  if (w && Math.abs(w - lastWidth) > 8) {
    lastWidth = w;
    render();
  }
});
// About the width of A4 between its margins.
addEventListener('beforeprint', () => {
  printWidth = 680;
  render();
});
addEventListener('afterprint', () => {
  printWidth = undefined;
  render();
});

// Last, once everything above is in place: a bad link can then only give a message.
renderRounds();
render();
openLink();
