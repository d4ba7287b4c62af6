// The colour test in the browser: − and + per answer that keep the total of a
// situation right, saving in localStorage, the profile with its chart, sharing as
// a file or a code, and the team view from imported profiles (team.ts). Loaded on
// /kleurentest/ only. The page works without this file as a paper version.
//
// All texts come from the page (content/ui.yaml and content/kleurentest.yaml, as
// JSON); everything shown is set with textContent, never as HTML. Bad saved data
// or a bad import gives a message and changes nothing.
import { encodeCode, loadStored, MAX_SET_ASIDE, readEnvelope, store, wrap } from '../../lib/shared/saved-data.ts';
import { announce, copyText, downloadFile } from '../../lib/client/share.ts';
import { reveal } from '../../lib/client/dom.ts';
import { termSlug } from '../../lib/shared/slug.ts';
import { emptyPoints, percent, profileFrom, progress, remaining, scoreProfile, setPoints, strongest, type Level } from '../../lib/shared/kleurentest/scoring.ts';
import { answersValidator, cleanName, KINDS, MAX_NAME, teamValidator, type SavedAnswers, type SharedProfile } from '../../lib/shared/kleurentest/validate.ts';
import { fill, letter, listNl } from '../../lib/shared/kleurentest/format.ts';
import { barChart } from './chart.ts';
import { $, $$, el } from './page.ts';
import { teamView } from './team.ts';
import type { ColourInfo, PageData } from './types.ts';

const KEY_ANSWERS = 'samen-leren:kleurentest:antwoorden';
const KEY_TEAM = 'samen-leren:kleurentest:team';

function start(): void {
  const dataEl = document.getElementById('kleurentest-data');
  const form = document.getElementById('kleurentest') as HTMLFormElement | null;
  if (!dataEl || !form) return;
  const { shape, colours, text } = JSON.parse(dataEl.textContent ?? '') as PageData;
  const P = shape.pointsPerItem;
  const colourIds = shape.colours;
  const info = new Map(colours.map((c) => [c.id, c]));
  const lower = (id: string) => info.get(id)!.name.toLocaleLowerCase('nl');
  const evenShare = 1 / colourIds.length;

  const notice = $('[data-notice]');
  const announcer = $('[data-announce]');
  const say = (msg: string) => announce(announcer, msg);
  const addNotice = (msg: string) => notice.append(el('p', msg));

  // ---- Saved data: read it, and set anything unreadable aside (the shared policy
  // of src/lib/shared/saved-data.ts) instead of overwriting it. The notice says where it went.
  let warnedNotSaved = false;
  function load<T>(key: string, kind: { kind: string; version: number }, validate: (d: unknown) => T | undefined, corrupt: string): T | undefined {
    const { value, aside } = loadStored(key, (raw) => {
      const r = readEnvelope(raw, kind.kind, kind.version, validate);
      return r.ok ? r : { ok: false as const, problem: r.error };
    });
    if (aside) {
      // Held data cannot be saved over: the notice already says so.
      warnedNotSaved ||= !aside.ok;
      addNotice(`${corrupt} ${aside.ok ? fill(text.asideDone, { key: aside.key }) : text.asideFailed}${aside.ok && aside.dropped ? ` ${fill(text.asideDropped, { max: MAX_SET_ASIDE })}` : ''}`);
    }
    return value;
  }
  const state: SavedAnswers = load(KEY_ANSWERS, KINDS.answers, answersValidator(shape), text.corruptAnswers) ?? { scoredBy: 'self', name: '', answers: {} };
  const team: SharedProfile[] = load(KEY_TEAM, KINDS.team, teamValidator(colourIds, P), text.corruptTeam)?.profiles ?? [];
  function persist(key: string, kind: { kind: string; version: number }, data: unknown): void {
    if (!store.set(key, JSON.stringify(wrap(kind.kind, kind.version, data))) && !warnedNotSaved) {
      warnedNotSaved = true;
      addNotice(text.notSaved);
    }
  }
  const saveAnswers = () => persist(KEY_ANSWERS, KINDS.answers, state);
  const saveTeam = () => persist(KEY_TEAM, KINDS.team, { profiles: team });

  // ---- The situations.
  const views = shape.items.map((item) => {
    const box = $(`[data-item="${item.id}"]`, form);
    return {
      item,
      box,
      inputs: $$<HTMLInputElement>('input[type="number"]', box),
      minus: $$('[data-step="-1"]', box),
      plus: $$('[data-step="1"]', box),
      rest: $('[data-rest]', box),
      question: $('[data-question]', box),
    };
  });
  type View = (typeof views)[number];
  const byId = new Map(views.map((v) => [v.item.id, v]));
  const pointsOf = (v: View) => state.answers[v.item.id] ?? emptyPoints(v.item.colours.length);
  const restText = (left: number) => (left === 0 ? fill(text.itemDone, { points: P }) : fill(text.remaining, { n: left, points: P }));

  function renderItem(v: View): void {
    const points = pointsOf(v);
    const left = remaining(points, P);
    v.inputs.forEach((input, i) => {
      // Leave a field alone while someone types in it, unless its value had to change.
      if (document.activeElement !== input || Number(input.value) !== points[i]) input.value = String(points[i]);
      input.max = String(points[i]! + left);
      v.minus[i]!.setAttribute('aria-disabled', String(points[i] === 0));
      v.plus[i]!.setAttribute('aria-disabled', String(left === 0));
    });
    v.rest.textContent = restText(left);
    v.box.classList.toggle('kt-done', left === 0);
  }

  function change(v: View, index: number, value: number): void {
    const wasDone = progress(shape, state.answers).done;
    const next = setPoints(pointsOf(v), index, value, P);
    // More than is left: say so, instead of changing the number silently.
    const over = Math.round(value) > next[index]! ? fill(text.tooMany, { letter: letter(index), value: Math.round(value), max: next[index]! }) : '';
    state.answers[v.item.id] = next;
    saveAnswers();
    renderItem(v);
    renderProgress();
    renderProfile();
    renderTeam();
    const { done, total } = progress(shape, state.answers);
    const msg = over ? `${over} ${restText(remaining(next, P))}` : fill(text.announce, { letter: letter(index), value: next[index]!, rest: restText(remaining(next, P)) });
    if (over) v.rest.textContent = msg;
    v.rest.classList.toggle('kt-over', !!over);
    say(done === total && wasDone < total ? `${msg} ${text.allDone}` : msg);
  }

  const progressEl = $('[data-progress]');
  function renderProgress(): void {
    const { done, total } = progress(shape, state.answers);
    progressEl.textContent = done === total ? text.allDone : fill(text.progress, { done, total });
  }

  // ---- Who the test is about.
  const nameInput = $<HTMLInputElement>('#kt-name', form);
  const ownName = () => cleanName(state.name);
  function renderWho(): void {
    const question = state.scoredBy === 'colleague' ? fill(text.questionColleague, { name: ownName() || text.colleagueFallback, points: P }) : fill(text.questionSelf, { points: P });
    for (const v of views) v.question.textContent = question;
    $('[data-profile-heading]').textContent = state.scoredBy === 'colleague' ? fill(text.profileHeadingColleague, { name: ownName() || text.colleagueFallback }) : text.profileHeading;
  }

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-step]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const v = byId.get(button.closest<HTMLElement>('[data-item]')!.dataset.item!)!;
    const input = button.parentElement!.querySelector<HTMLInputElement>('input')!;
    const index = Number(input.dataset.index);
    change(v, index, pointsOf(v)[index]! + Number(button.dataset.step));
  });
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement;
    if (target === nameInput) {
      state.name = target.value.slice(0, MAX_NAME);
      saveAnswers();
      renderWho();
      renderTeam();
    } else if (target.type === 'number') {
      const v = byId.get(target.closest<HTMLElement>('[data-item]')!.dataset.item!)!;
      change(v, Number(target.dataset.index), target.value === '' ? 0 : Number(target.value));
    }
  });
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'scoredBy') {
      state.scoredBy = target.value === 'colleague' ? 'colleague' : 'self';
      saveAnswers();
      renderWho();
      renderTeam();
    }
  });

  // ---- The profile.
  const result = $('[data-result]');
  const keyBox = $<HTMLDetailsElement>('[data-key-box]');
  const keyLater = $('[data-key-later]');
  let printing = false;
  const scoreText = (share: number, level: Level) => `${percent(share)}% ${text.levels[level]}`;
  function renderProfile(): void {
    const profile = profileFrom(shape, state.answers);
    $('[data-waiting]').hidden = !!profile;
    result.hidden = !profile;
    // The key gives the test away: on screen only once every situation is answered.
    keyBox.hidden = !profile && !printing;
    keyLater.hidden = !!profile;
    if (!profile) return;
    const scores = scoreProfile(profile, colourIds, shape.thresholds);
    $('[data-chart]').replaceChildren(
      barChart(
        scores.map((s) => ({ colour: s.colour, label: info.get(s.colour)!.name, share: s.share, value: scoreText(s.share, s.level) })),
        fill(text.chartLabel, { even: Math.round(evenShare * 100) }),
        evenShare,
        text.evenSplit,
      ),
    );
    $('[data-levels]').replaceChildren(
      ...scores.map((s) => {
        const c = info.get(s.colour)!;
        const li = el('li');
        li.append(el('strong', `${c.name}: ${text.levels[s.level]}`), ` (${fill(text.scoreLine, { points: s.points, percent: percent(s.share) })}). ${c[s.level]}`);
        li.append(toolLinks(c));
        return li;
      }),
    );
    // No strong colour: no strongest colour, and no trap of over-using it.
    const top = strongest(scores);
    $('[data-no-strongest]').hidden = top.length > 0;
    $('[data-overuse-box]').hidden = !top.length;
    $('[data-strongest]').textContent = fill(top.length > 1 ? text.strongestMore : text.strongestOne, { colours: listNl(top.map(lower)) });
    $('[data-overuse]').replaceChildren(
      ...top.map((id) => {
        const li = el('li');
        li.append(el('strong', `${info.get(id)!.name}: `), info.get(id)!.overuse);
        return li;
      }),
    );
  }

  function toolLinks(c: ColourInfo): HTMLElement {
    const p = el('p', `${fill(text.toolsFor, { colour: c.name.toLocaleLowerCase('nl') })} `, 'kt-tools');
    c.tools.forEach((tool, i) => {
      if (i > 0) p.append(', ');
      const a = el('a', tool.title);
      a.href = tool.href;
      p.append(a);
    });
    return p;
  }

  // ---- Sharing: a file or a short code with the name and the points per colour.
  function sharedProfile(): SharedProfile | undefined {
    const profile = profileFrom(shape, state.answers);
    return profile && { name: ownName(), scoredBy: state.scoredBy, ...profile };
  }
  const envelope = (p: SharedProfile) => wrap(KINDS.profile.kind, KINDS.profile.version, p);
  $('[data-download]').addEventListener('click', () => {
    const p = sharedProfile();
    if (!p) return;
    const name = `kleurentest-${termSlug(p.name).slice(0, 40) || 'profiel'}.json`;
    downloadFile(name, JSON.stringify(envelope(p), null, 2));
    $('[data-download-status]').textContent = fill(text.downloaded, { file: name });
  });
  const codeOut = $<HTMLTextAreaElement>('#kt-code-out');
  const copyStatus = $('[data-copy-status]');
  $('[data-make-code]').addEventListener('click', () => {
    const p = sharedProfile();
    if (!p) return;
    codeOut.value = encodeCode(envelope(p));
    copyStatus.textContent = '';
    $('[data-code-box]').hidden = false;
    codeOut.focus();
    codeOut.select();
  });
  $('[data-copy]').addEventListener('click', () => {
    void copyText(codeOut.value).then((ok) => {
      copyStatus.textContent = ok ? text.copied : text.copyFailed;
      if (!ok) codeOut.select();
    });
  });

  // ---- Colleagues' profiles and the team view (team.ts).
  const { renderTeam } = teamView({ text, shape, info, lower, evenShare, state, team, saveTeam, ownName, scoreText, toolLinks });

  // ---- Print and start again. The paper version carries its key, open.
  $('[data-print]').addEventListener('click', () => window.print());
  addEventListener('beforeprint', () => {
    printing = true;
    keyBox.hidden = false;
    keyBox.open = true;
  });
  addEventListener('afterprint', () => {
    printing = false;
    keyBox.open = false;
    renderProfile();
  });
  $('[data-reset]').addEventListener('click', () => {
    if (!window.confirm(text.resetConfirm)) return;
    state.answers = {};
    saveAnswers();
    views.forEach(renderItem);
    renderProgress();
    renderProfile();
    renderTeam();
    say(text.resetDone);
  });

  // ---- Start: show the interactive parts and fill in what was saved.
  form.classList.add('kt-live');
  keyBox.open = false;
  // The page's own parts (the header's theme toggle is the head script's).
  $$('main [data-js-show]').forEach(reveal);
  $<HTMLInputElement>(`input[name="scoredBy"][value="${state.scoredBy}"]`, form).checked = true;
  nameInput.value = state.name;
  views.forEach(renderItem);
  renderWho();
  renderProgress();
  renderProfile();
  renderTeam();
}

start();
