// The session planner in the browser. All logic lives in src/lib/shared/sessie/ (tested
// there); the state is in state.ts, the agenda on the page in agenda.ts; this file
// wires the starting points, saving, sharing and links to them. Every text from
// outside (titles, names, file names, content) goes in with textContent (via h()), never as markup.
import { MAX_IMPORT_BYTES, MAX_SET_ASIDE } from '../../lib/shared/saved-data.ts';
import { handoutsOf, planFromStep, planFromTools, toolBlock } from '../../lib/shared/sessie/build.ts';
import { weakOnThisDevice } from '../../lib/shared/sessie/checklist-result.ts';
import { addSaved, exportFile, exportFileName, linkHash, loadDraft, loadSaved, readLink, readPlan, writeSaved, type Loaded, type Stored } from '../../lib/shared/sessie/storage.ts';
import { checkText } from '../../lib/shared/checklist/validate.ts';
import { emptyPlan, LIMITS, type Plan } from '../../lib/shared/sessie/types.ts';
import { byId, h, reveal } from '../../lib/client/dom.ts';
import { copyText, downloadFile } from '../../lib/client/share.ts';
import { add, isEmpty, mayReplace, showPlan } from './agenda.ts';
import { announce, data, errorText, input, known, notice, say, state, stepOf, T, toolOf } from './state.ts';

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
  byId('sessie-saved').replaceChildren(...(state.saved.length ? state.saved.map((sp) => {
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
      state.saved = state.saved.filter((x) => x !== sp);
      if (!writeSaved(state.saved)) notice(T('saveFailed'));
      renderSaved();
      say('sessie-keep-status', T('deleted', { name: sp.name }));
      byId('sessie-saved-kop').focus();
    });
    return h('li', null, h('span', null, sp.name), ' ', open, ' ', del);
  }) : [h('li', { class: 'sessie-none' }, T('noSaved'))]));
}

byId('sessie-save').addEventListener('click', () => {
  const name = checkText(input('sessie-save-name').value || state.plan.title, LIMITS.name);
  if (!name.ok || !name.value) return say('sessie-keep-status', `${T('saveName')}: ${errorText(name.ok ? 'no-title' : name.reason === 'text-markup' ? 'text-markup' : 'text-too-long')}`, true);
  const p = checkedPlan('sessie-keep-status');
  if (!p) return;
  const r = addSaved(state.saved, name.value, p);
  if (!r.ok) return say('sessie-keep-status', T('savedFull', { max: LIMITS.savedPlans }), true);
  if (!writeSaved(r.plans)) return say('sessie-keep-status', T('saveFailed'), true);
  state.saved = r.plans;
  input('sessie-save-name').value = name.value;
  renderSaved();
  say('sessie-keep-status', T(r.replaced ? 'savedReplaced' : 'saved', { name: name.value }));
});

// ---------------------------------------------------------------- sharing

/** The plan as it would be read back; a message instead when a field would be refused. */
function checkedPlan(status: string): Plan | undefined {
  const r = readPlan(exportFile(state.plan), known);
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
  const files = handoutsOf(state.plan, data);
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
    out.setTitle(state.plan.title || T('untitled'));
    downloadFile(exportFileName(state.plan).replace(/\.json$/, '-hand-outs.pdf'), new Blob([(await out.save()) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
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
state.saved = fromStore('saved', loadSaved(known)) ?? [];
byId('sessie-noscript').hidden = true;
reveal(byId('sessie-app'));
showPlan(fromStore('draft', loadDraft(known)) ?? emptyPlan());
renderSaved();

// From a tool page (?gereedschap=<id>) or a checklist result (?checklist=<id>): once, then the address is clean.
const params = new URLSearchParams(location.search);
const fromTool = toolOf(params.get('gereedschap') ?? undefined);
const fromList = params.get('checklist');
if (fromTool || fromList) history.replaceState(null, '', location.pathname + location.hash);
if (fromTool) {
  add(toolBlock(fromTool));
  say('sessie-start-status', T('fromTool', { title: fromTool.title, n: state.plan.blocks.length }));
} else if (fromList) fromChecklist(fromList);
openLink();
