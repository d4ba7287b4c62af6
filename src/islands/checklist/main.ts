// The checklist scorer in the browser. The page is a working paper form without
// it; this island adds the result (chart and text), saving on this device, the
// team view from colleagues' files or codes, and rounds over time. All logic
// lives in src/lib/shared/checklist/ (tested there); the state is in state.ts, the result
// on the page in result.ts; this file wires the page's controls to them.
// Every text from outside (names, labels, file names) goes in with textContent.
import { addRound, MAX_ROUNDS, today } from '../../lib/shared/checklist/rounds.ts';
import { hasAnswers, score } from '../../lib/shared/checklist/scoring.ts';
import { exportCode, exportFile, exportFileName, readImport, type Loaded } from '../../lib/shared/checklist/storage.ts';
import type { Answer, AnswerFile } from '../../lib/shared/checklist/types.ts';
import { checkText, isDate, MAX_COLLEAGUES, MAX_LABEL, MAX_NAME } from '../../lib/shared/checklist/validate.ts';
import { decodeLink, MAX_IMPORT_BYTES } from '../../lib/shared/saved-data.ts';
import { byId } from '../../lib/client/dom.ts';
import { copyText, downloadFile } from '../../lib/client/share.ts';
import type { IslandKey } from './config.ts';
import { categoryState, render, renderRounds } from './result.ts';
import { announce, currentSets, dateWords, def, displayName, errorText, form, items, notice, state, sameAnswers, saveBaseline, saveMine, saveRounds, saveTeam, say, T } from './state.ts';

// ---------------------------------------------------------------- answering

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  if (input.type !== 'radio' || !items.some((i) => i.id === input.name)) return;
  state.mine[input.name] = Number(input.value) as Answer;
  saveMine();
  render();
  const cat = items.find((i) => i.id === input.name)!.category;
  const c = score(def, currentSets()).categories.find((x) => x.id === cat)!;
  announce(T('announce', { title: c.title, state: categoryState(c) }));
});

byId('scorer-clear').addEventListener('click', () => {
  if (!hasAnswers(state.mine) || !confirm(T('confirmClear'))) return;
  state.mine = {};
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
  if (!hasAnswers(state.mine)) {
    say('scorer-share-status', [[T('nothingToShare'), true]]);
    return undefined;
  }
  say('scorer-share-status', []);
  return { checklist: def.id, ...(name.value ? { name: name.value } : {}), answers: state.mine };
}

byId('scorer-name').addEventListener('change', () => {
  const name = checkText(byId<HTMLInputElement>('scorer-name').value, MAX_NAME);
  if (!name.ok) {
    say('scorer-share-status', [[`${T('yourName')}: ${errorText(name.reason)}`, true]]);
    return;
  }
  say('scorer-share-status', []);
  state.myName = name.value;
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


/** Adds one colleague; returns the message. The own answers are never touched. */
function addColleague(source: string, read: Loaded<AnswerFile>): [string, boolean] {
  if (!read.ok) return [`${source}: ${errorText(read.problem)}`, true];
  const c = read.value;
  if (state.team.some((t) => t.name === c.name && sameAnswers(t.answers, c.answers))) return [T('duplicate', { source }), true];
  if (state.team.length >= MAX_COLLEAGUES) return [T('teamFull', { source, max: MAX_COLLEAGUES }), true];
  state.team.push(c);
  return [T('added', { source, name: displayName(c, state.team.length - 1) }), false];
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
    if (state.team.length >= MAX_COLLEAGUES) {
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


byId('scorer-save-round').addEventListener('click', () => {
  const label = checkText(byId<HTMLInputElement>('scorer-round-label').value, MAX_LABEL);
  if (!label.ok) return say('scorer-round-status', [[`${T('roundLabel')}: ${errorText(label.reason)}`, true]]);
  const dateValue = byId<HTMLInputElement>('scorer-round-date').value;
  const date = isDate(dateValue) ? dateValue : today();
  const added = addRound(state.rounds, { label: label.value, date, sets: currentSets() });
  if (!added.ok) return say('scorer-round-status', [[added.reason === 'full' ? T('roundsFull', { max: MAX_ROUNDS }) : T('roundEmpty'), true]]);
  const wasBaseline = state.rounds[state.baseline];
  state.rounds = added.rounds;
  state.baseline = wasBaseline ? state.rounds.indexOf(wasBaseline) : -1;
  saveRounds();
  renderRounds();
  say('scorer-round-status', [[T('roundSaved', { label: label.value, date: dateWords(date) }), false]]);
  byId<HTMLInputElement>('scorer-round-label').value = '';
});

byId<HTMLSelectElement>('scorer-baseline').addEventListener('change', (e) => {
  state.baseline = Number((e.target as HTMLSelectElement).value);
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
  byId('scorer-incoming-text').textContent = T('linkFound', { name: displayName(incoming, state.team.length) });
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
  state.printWidth = 680;
  render();
});
addEventListener('afterprint', () => {
  state.printWidth = undefined;
  render();
});

// Last, once everything above is in place: a bad link can then only give a message.
renderRounds();
render();
openLink();
