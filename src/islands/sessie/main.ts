// The session planner in the browser. All logic lives in src/lib/sessie/ (tested
// there); this file wires it to the page. Every text from outside (titles, names,
// file names, content) goes in with textContent (via h()), never as markup.
import { fill } from '../../lib/checklist/format.ts';
import { MAX_IMPORT_BYTES, MAX_SET_ASIDE } from '../../lib/saved-data.ts';
import { handoutsOf, needsOf, planFromStep, planFromTools, reflectionBlock, toolBlock } from '../../lib/sessie/build.ts';
import { weakOnThisDevice } from '../../lib/sessie/checklist-result.ts';
import { formatDuration, formatTime, move, schedule } from '../../lib/sessie/schedule.ts';
import { addSaved, exportFile, exportFileName, linkHash, loadDraft, loadSaved, readLink, readPlan, saveDraft, writeSaved, type Loaded, type Problem, type Stored } from '../../lib/sessie/storage.ts';
import { checkText } from '../../lib/checklist/validate.ts';
import { emptyPlan, LIMITS, type Block, type Plan, type SavedPlan } from '../../lib/sessie/types.ts';
import { byId, h } from '../../lib/client/dom.ts';
import { announce as announceIn, copyText, downloadFile } from '../../lib/client/share.ts';
import type { SessieConfig } from './config.ts';

const config = JSON.parse(byId('sessie-data').textContent ?? '{}') as SessieConfig;
const { data } = config;
const T = (key: string, values: Record<string, string | number> = {}) => fill(config.t[key] ?? key, values);
const known = { tools: new Set(data.tools.map((x) => x.id)), steps: new Set(data.steps.map((x) => x.id)) };
const toolOf = (id?: string) => data.tools.find((x) => x.id === id);
const stepOf = (id?: string) => data.steps.find((x) => x.id === id);
const input = <E extends HTMLElement = HTMLInputElement>(id: string) => byId<E>(id) as E & { value: string };

let plan: Plan = emptyPlan();
let saved: SavedPlan[] = [];

// ---------------------------------------------------------------- messages

const errorText = (p: Problem) => T(`errors.${p}`, { kb: Math.round(MAX_IMPORT_BYTES / 1000), max: LIMITS.minutes });

function say(id: string, text: string, bad = false): void {
  byId(id).replaceChildren(...(text ? [h('p', { class: `sessie-msg${bad ? ' sessie-msg-error' : ''}` }, text)] : []));
}
function notice(text: string): void {
  byId('sessie-notices').append(h('p', { class: 'sessie-msg sessie-msg-error' }, text));
}
const announce = (text: string) => announceIn(byId('sessie-live'), text);

let saveWarned = false;
/** Saves the working plan, but only as it can be read back: a refused text is reported, not saved. */
function persist(): void {
  const r = readPlan(exportFile(plan), known);
  say('sessie-plan-status', r.ok ? '' : errorText(r.problem), !r.ok);
  if (!r.ok) return;
  if (!saveDraft(plan) && !saveWarned) {
    saveWarned = true;
    notice(T('saveFailed'));
  }
}

// ---------------------------------------------------------------- blocks

function blockTitle(b: Block): string {
  if (b.kind === 'tool') return toolOf(b.ref)?.title ?? '';
  if (b.kind === 'reflection') {
    const st = stepOf(b.ref);
    return st ? T('reflectionTitle', { number: st.number, step: st.navTitle }) : '';
  }
  return b.title ?? '';
}

function field(id: string, label: string, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return h('div', { class: 'sessie-field' }, h('label', { for: id }, label), control, hint);
}

function facts(b: Block): HTMLElement | null {
  const tool = b.kind === 'tool' ? toolOf(b.ref) : undefined;
  const step = b.kind === 'reflection' ? stepOf(b.ref) : undefined;
  if (tool) {
    const rows: Array<[string, string | undefined]> = [[T('materials'), tool.materials], [T('preparation'), tool.preparation]];
    return h('div', null,
      h('p', { class: 'sessie-purpose' }, h('strong', null, `${T('purpose')}: `), tool.summary, ' ', h('a', { href: tool.path }, T('readTool'))),
      h('dl', { class: 'sessie-facts' }, ...rows.filter(([, v]) => v).map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v!)))));
  }
  if (step) {
    return h('details', { class: 'sessie-questions' }, h('summary', null, T('questions')), h('ul', null, ...step.reflection.map((q) => h('li', null, q))));
  }
  return null;
}

function moveBy(i: number, by: -1 | 1, act: string): void {
  const title = blockTitle(plan.blocks[i]!);
  const to = i + by;
  if (to < 0 || to >= plan.blocks.length) {
    announce(T('cannotMove', { title, n: i + 1, total: plan.blocks.length }));
    return;
  }
  plan.blocks = move(plan.blocks, i, by);
  changed(true);
  byId('sessie-blocks').querySelector<HTMLElement>(`[data-i="${to}"] [data-act="${act}"]`)?.focus();
  announce(T('moved', { title, n: to + 1, total: plan.blocks.length }));
}

function renderBlocks(): void {
  const n = plan.blocks.length;
  byId('sessie-blocks').replaceChildren(...(n ? plan.blocks.map((b, i) => {
    const title = blockTitle(b);
    const tool = b.kind === 'tool' ? toolOf(b.ref) : undefined;
    const hint = h('p', { class: 'sessie-note', id: `sessie-b${i}-hint` }, tool?.duration ? T('minutesHint', { duration: tool.duration }) : b.kind === 'tool' || b.kind === 'reflection' ? T('minutesNone') : '');
    const minutes = h('input', { type: 'number', min: 1, max: LIMITS.minutes, step: 1, inputmode: 'numeric', value: b.minutes ?? '' });
    minutes.addEventListener('input', () => {
      const v = Number(minutes.value);
      b.minutes = minutes.value !== '' && Number.isInteger(v) && v >= 1 && v <= LIMITS.minutes ? v : null;
      changed(false);
    });
    const lead = h('input', { type: 'text', maxlength: LIMITS.lead, autocomplete: 'off', value: b.lead });
    lead.addEventListener('input', () => {
      b.lead = lead.value;
      changed(false);
    });
    const heading = h('h3', { id: `sessie-b${i}-title` }, h('span', { class: 'sessie-kind' }, T(`kind.${b.kind}`)), ' ', h('span', null, title));
    let titleField: HTMLElement | null = null;
    if (b.kind === 'break' || b.kind === 'free') {
      const ti = h('input', { type: 'text', maxlength: LIMITS.blockTitle, autocomplete: 'off', value: b.title ?? '' });
      ti.addEventListener('input', () => {
        b.title = ti.value;
        heading.lastElementChild!.textContent = ti.value;
        changed(false);
      });
      titleField = field(`sessie-b${i}-name`, T('blockTitle'), ti);
    }
    const button = (act: string, label: string, aria: string, off: boolean, onClick: () => void) => {
      const el = h('button', { type: 'button', class: 'button button-secondary button-small', 'data-act': act, 'aria-label': aria, 'aria-disabled': off ? 'true' : undefined }, label);
      el.addEventListener('click', onClick);
      return el;
    };
    return h('li', { class: `sessie-block sessie-block-${b.kind}`, 'data-i': i, 'aria-labelledby': `sessie-b${i}-title` },
      h('p', { class: 'sessie-time', 'data-time': '' }),
      heading,
      facts(b),
      h('div', { class: 'sessie-row' },
        titleField,
        field(`sessie-b${i}-min`, T('minutes'), minutes, hint.textContent ? hint : undefined),
        field(`sessie-b${i}-lead`, T('lead'), lead)),
      h('p', { class: 'sessie-buttons' },
        button('up', T('up'), T('upLabel', { title }), i === 0, () => moveBy(i, -1, 'up')),
        button('down', T('down'), T('downLabel', { title }), i === n - 1, () => moveBy(i, 1, 'down')),
        button('remove', T('remove'), T('removeLabel', { title }), false, () => {
          plan.blocks = plan.blocks.filter((_, k) => k !== i);
          changed(true);
          const next = byId('sessie-blocks').querySelector<HTMLElement>(`[data-i="${Math.min(i, plan.blocks.length - 1)}"] [data-act="remove"]`);
          (next ?? byId('sessie-agenda-kop')).focus();
          announce(T('removed', { title }));
        })));
  }) : [h('li', { class: 'sessie-none' }, T('noBlocks'))]));
}

/** The times and the total, without rebuilding the list (so typing keeps its focus). */
function renderTimes(): void {
  const sch = schedule(plan.start, plan.blocks.map((b) => b.minutes));
  byId('sessie-blocks').querySelectorAll<HTMLElement>('[data-time]').forEach((el, i) => {
    const slot = sch.slots[i]!;
    el.textContent = slot.start === null ? T('timeOpen') : `${formatTime(slot.start)}–${slot.end === null ? T('timeOpen') : formatTime(slot.end)}`;
  });
  const duration = formatDuration(sch.total);
  byId('sessie-total').textContent = !plan.blocks.length
    ? T('totalEmpty')
    : sch.complete
      ? T('total', { duration, start: plan.start, end: formatTime(sch.end!) })
      : sch.firstOpen >= 0
        ? T('totalOpen', { duration, title: blockTitle(plan.blocks[sch.firstOpen]!) })
        : T('totalNoStart', { duration });
  renderPrint(sch);
}

// ---------------------------------------------------------------- needs and print

function needsList(kind: 'materials' | 'preparation', none: string): HTMLElement[] {
  const list = needsOf(plan, data)[kind].map(({ tool, text }) => h('li', null, h('strong', null, `${tool.title}: `), text ?? T(none)));
  if (kind === 'preparation') {
    for (const b of plan.blocks) {
      const st = b.kind === 'reflection' ? stepOf(b.ref) : undefined;
      if (st) list.push(h('li', null, T('prepQuestions', { number: st.number })));
    }
  }
  return list;
}

function renderNeeds(): void {
  const materials = needsList('materials', 'noMaterials');
  const prep = needsList('preparation', 'noPreparation');
  const questions = plan.blocks.flatMap((b) => {
    const st = b.kind === 'reflection' ? stepOf(b.ref) : undefined;
    return st ? [h('h3', null, blockTitle(b)), h('ul', null, ...st.reflection.map((q) => h('li', null, q)))] : [];
  });
  // Nothing to bring or prepare: nothing to print after the agenda either.
  byId('sessie-needs').classList.toggle('no-print', !materials.length && !prep.length);
  byId('sessie-needs-body').replaceChildren(...(!materials.length && !prep.length
    ? [h('p', null, T('needsEmpty'))]
    : [
        ...(materials.length ? [h('h3', null, T('materials')), h('ul', { class: 'sessie-check' }, ...materials)] : []),
        h('h3', null, T('preparation')), h('ul', { class: 'sessie-check' }, ...prep),
        ...questions,
      ]));
}

function renderPrint(sch: ReturnType<typeof schedule>): void {
  const meta: Array<[string, string]> = [[T('printDate'), plan.date ? dateWords(plan.date) : ''], [T('printPlace'), plan.place], [T('printGoal'), plan.goal]];
  byId('sessie-print-agenda').replaceChildren(
    h('p', { class: 'sessie-print-kicker' }, T('printAgenda')),
    h('h2', { class: 'sessie-print-title' }, plan.title || T('untitled')),
    h('dl', { class: 'sessie-print-meta' }, ...meta.filter(([, v]) => v).map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v)))),
    h('table', { class: 'sessie-print-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, T('colTime')), h('th', { scope: 'col' }, T('colWhat')), h('th', { scope: 'col' }, T('colWho')))),
      h('tbody', null, ...plan.blocks.map((b, i) => {
        const slot = sch.slots[i]!;
        const time = `${slot.start === null ? '' : formatTime(slot.start)}–${slot.end === null ? '' : formatTime(slot.end)}`;
        return h('tr', { class: `sessie-print-${b.kind}` }, h('td', null, time), h('th', { scope: 'row' }, blockTitle(b), b.minutes ? h('span', null, ` (${b.minutes} min)`) : null), h('td', null, b.lead));
      }))),
    h('p', null, byId('sessie-total').textContent ?? ''));
}

function dateWords(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

// ---------------------------------------------------------------- the whole plan

/** After every change: save, and draw again (`structure`: the list itself changed). */
function changed(structure: boolean): void {
  persist();
  if (structure) renderBlocks();
  renderTimes();
  renderNeeds();
}

function showPlan(p: Plan): void {
  plan = p;
  input('sessie-title').value = p.title;
  input('sessie-date').value = p.date;
  input('sessie-place').value = p.place;
  input<HTMLTextAreaElement>('sessie-goal').value = p.goal;
  input('sessie-start').value = p.start;
  byId('sessie-link-box').hidden = true;
  changed(true);
}

const isEmpty = () => !plan.blocks.length && !plan.title && !plan.goal && !plan.place;
const mayReplace = () => isEmpty() || confirm(T('confirmReplace'));

for (const key of ['title', 'place', 'goal', 'date', 'start'] as const) {
  byId(`sessie-${key}`).addEventListener('input', (e) => {
    plan[key] = (e.target as HTMLInputElement).value;
    changed(false);
  });
}

function add(b: Block): void {
  if (plan.blocks.length >= LIMITS.blocks) return say('sessie-start-status', errorText('too-many'), true);
  plan.blocks.push(b);
  changed(true);
  announce(T('added', { title: blockTitle(b), n: plan.blocks.length }));
}
byId('sessie-add-tool-go').addEventListener('click', () => add(toolBlock(toolOf(input<HTMLSelectElement>('sessie-add-tool').value)!)));
byId('sessie-add-step-go').addEventListener('click', () => add(reflectionBlock(input<HTMLSelectElement>('sessie-add-step').value)));
byId('sessie-add-break').addEventListener('click', () => add({ kind: 'break', title: T('breakDefault'), minutes: null, lead: '' }));
byId('sessie-add-free').addEventListener('click', () => add({ kind: 'free', title: T('freeDefault'), minutes: null, lead: '' }));

// ---------------------------------------------------------------- starting points

function start(p: Plan, message: string): void {
  showPlan(p);
  say('sessie-start-status', message);
  announce(message);
}
byId('sessie-start-empty').addEventListener('click', () => mayReplace() && start(emptyPlan(), T('startedEmpty')));
byId('sessie-start-step-go').addEventListener('click', () => {
  const st = stepOf(input<HTMLSelectElement>('sessie-start-step').value)!;
  if (mayReplace()) start(planFromStep(data, st.id)!, T('startedStep', { number: st.number, step: st.navTitle }));
});

function fromChecklist(id: string): void {
  const info = data.checklists.find((c) => c.id === id);
  if (!info) return;
  const weak = weakOnThisDevice(info);
  if (!weak) return say('sessie-start-status', T('noResult', { checklist: info.title }), true);
  if (!weak.tools.length) return say('sessie-start-status', T('allStrong', { checklist: info.title }), true);
  if (mayReplace()) start(planFromTools(data, weak.tools, info.title), T('fromResult', { checklist: info.title, categories: weak.categories.map((c) => c.title).join(', ') }));
}
byId('sessie-start-checklist-go').addEventListener('click', () => fromChecklist(input<HTMLSelectElement>('sessie-start-checklist').value));

// ---------------------------------------------------------------- saved on this device

function renderSaved(): void {
  byId('sessie-saved').replaceChildren(...(saved.length ? saved.map((sp) => {
    const open = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': T('openLabel', { name: sp.name }) }, T('open'));
    open.addEventListener('click', () => {
      if (!mayReplace()) return;
      showPlan(structuredClone(sp.plan));
      input('sessie-save-name').value = sp.name;
      say('sessie-keep-status', T('opened', { name: sp.name }));
      byId('sessie-agenda-kop').focus();
    });
    const del = h('button', { type: 'button', class: 'button button-secondary button-small', 'aria-label': T('deleteLabel', { name: sp.name }) }, T('remove'));
    del.addEventListener('click', () => {
      if (!confirm(T('confirmDelete', { name: sp.name }))) return;
      saved = saved.filter((x) => x !== sp);
      if (!writeSaved(saved)) notice(T('saveFailed'));
      renderSaved();
      say('sessie-keep-status', T('deleted', { name: sp.name }));
      byId('sessie-saved-kop').focus();
    });
    return h('li', null, h('span', null, sp.name), ' ', open, ' ', del);
  }) : [h('li', { class: 'sessie-none' }, T('noSaved'))]));
}

byId('sessie-save').addEventListener('click', () => {
  const name = checkText(input('sessie-save-name').value || plan.title, LIMITS.name);
  if (!name.ok || !name.value) return say('sessie-keep-status', `${T('saveName')}: ${errorText(name.ok ? 'no-title' : name.reason === 'text-markup' ? 'text-markup' : 'text-too-long')}`, true);
  const p = checkedPlan('sessie-keep-status');
  if (!p) return;
  const r = addSaved(saved, name.value, p);
  if (!r.ok) return say('sessie-keep-status', T('savedFull', { max: LIMITS.savedPlans }), true);
  if (!writeSaved(r.plans)) return say('sessie-keep-status', T('saveFailed'), true);
  saved = r.plans;
  input('sessie-save-name').value = name.value;
  renderSaved();
  say('sessie-keep-status', T(r.replaced ? 'savedReplaced' : 'saved', { name: name.value }));
});

// ---------------------------------------------------------------- sharing

/** The plan as it would be read back; a message instead when a field would be refused. */
function checkedPlan(status: string): Plan | undefined {
  const r = readPlan(exportFile(plan), known);
  if (!r.ok) say(status, errorText(r.problem), true);
  return r.ok ? r.value : undefined;
}

byId('sessie-make-link').addEventListener('click', () => {
  const p = checkedPlan('sessie-share-status');
  if (!p) return;
  const box = input<HTMLTextAreaElement>('sessie-link');
  box.value = `${location.origin}${location.pathname}${linkHash(p)}`;
  byId('sessie-link-box').hidden = false;
  say('sessie-share-status', '');
  box.focus();
  box.select();
});
byId('sessie-copy-link').addEventListener('click', async () => {
  const box = input<HTMLTextAreaElement>('sessie-link');
  if (await copyText(box.value)) return say('sessie-share-status', T('linkCopied'));
  box.focus();
  box.select();
  say('sessie-share-status', T('copyFailed'), true);
});
byId('sessie-download').addEventListener('click', () => {
  const p = checkedPlan('sessie-share-status');
  if (!p) return;
  downloadFile(exportFileName(p), exportFile(p));
});
byId<HTMLInputElement>('sessie-file').addEventListener('change', async (e) => {
  const el = e.target as HTMLInputElement;
  const file = el.files?.[0];
  el.value = '';
  if (!file) return;
  const source = T('sourceFile', { name: file.name.length > 60 ? `${file.name.slice(0, 57)}…` : file.name });
  let r: Loaded<Plan>;
  if (file.size > MAX_IMPORT_BYTES) r = { ok: false, problem: 'too-big' };
  else {
    try {
      r = readPlan(await file.text(), known);
    } catch {
      r = { ok: false, problem: 'read-failed' };
    }
  }
  if (!r.ok) return say('sessie-share-status', T('cannotOpen', { source, reason: errorText(r.problem) }), true);
  if (!mayReplace()) return;
  showPlan(r.value);
  say('sessie-share-status', T('imported', { name: r.value.title || T('untitled') }));
  announce(T('imported', { name: r.value.title || T('untitled') }));
});

// ---------------------------------------------------------------- a shared link

let incoming: Plan | undefined;
function openLink(): void {
  const r = readLink(location.hash, known);
  if (!r) return;
  history.replaceState(null, '', location.pathname + location.search);
  if (!r.ok) return notice(T('cannotOpen', { source: T('sourceLink'), reason: errorText(r.problem) }));
  const name = r.value.title || T('untitled');
  if (isEmpty()) {
    showPlan(r.value);
    return say('sessie-start-status', T('linkOpened', { name }));
  }
  incoming = r.value;
  byId('sessie-incoming-text').textContent = T('linkFound', { name });
  byId('sessie-incoming').hidden = false;
  byId('sessie-link-open').focus();
}
function closeLink(open: boolean): void {
  if (open && incoming) {
    showPlan(incoming);
    say('sessie-start-status', T('linkOpened', { name: incoming.title || T('untitled') }));
  }
  incoming = undefined;
  byId('sessie-incoming').hidden = true;
  byId('sessie-agenda-kop').focus();
}
byId('sessie-link-open').addEventListener('click', () => closeLink(true));
byId('sessie-link-ignore').addEventListener('click', () => closeLink(false));
addEventListener('hashchange', openLink);

byId('sessie-print').addEventListener('click', () => print());

// The hand-outs in agenda order as one PDF: pdf-lib is fetched only now, on request.
byId('sessie-handouts')?.addEventListener('click', async () => {
  const files = handoutsOf(plan, data);
  if (!files.length) return say('sessie-handouts-status', T('handoutsNone'), true);
  say('sessie-handouts-status', T('handoutsBusy'));
  try {
    const { PDFDocument } = await import('pdf-lib');
    const out = await PDFDocument.create();
    for (const f of files) {
      const res = await fetch(f);
      if (!res.ok) throw new Error(f);
      const src = await PDFDocument.load(await res.arrayBuffer());
      for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
    }
    out.setTitle(plan.title || T('untitled'));
    downloadFile(exportFileName(plan).replace(/\.json$/, '-hand-outs.pdf'), new Blob([(await out.save()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    say('sessie-handouts-status', T('handoutsDone', { n: files.length, pages: out.getPageCount() }));
  } catch {
    say('sessie-handouts-status', T('handoutsFailed'), true);
  }
});

// ---------------------------------------------------------------- start

/** A saved value; what could not be read gets a notice that says exactly where it went (the shared policy). */
function fromStore<T>(what: 'draft' | 'saved', r: Stored<T>): T | undefined {
  if (r.problem && r.aside) {
    const values = { what: T(`storageWhat.${what}`), reason: errorText(r.problem), max: MAX_SET_ASIDE };
    notice(r.aside.ok ? `${T('storageProblem', { ...values, key: r.aside.key })}${r.aside.dropped ? ` ${T('storageDropped', values)}` : ''}` : T('storageHeld', values));
  }
  return r.value;
}
saved = fromStore('saved', loadSaved(known)) ?? [];
byId('sessie-noscript').hidden = true;
byId('sessie-app').hidden = false;
showPlan(fromStore('draft', loadDraft(known)) ?? emptyPlan());
renderSaved();

// From a tool page (?gereedschap=<id>) or a checklist result (?checklist=<id>): once, then the address is clean.
const params = new URLSearchParams(location.search);
const fromTool = toolOf(params.get('gereedschap') ?? undefined);
const fromList = params.get('checklist');
if (fromTool || fromList) history.replaceState(null, '', location.pathname + location.hash);
if (fromTool) {
  add(toolBlock(fromTool));
  say('sessie-start-status', T('fromTool', { title: fromTool.title, n: plan.blocks.length }));
} else if (fromList) fromChecklist(fromList);
openLink();
