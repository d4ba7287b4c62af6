// The agenda on the page: its blocks with their times, the merged list of materials
// and preparation, the printed agenda, and changing the plan as a whole.
import { needsOf, reflectionBlock, toolBlock } from '../../lib/shared/sessie/build.ts';
import { formatDuration, formatTime, move, schedule } from '../../lib/shared/sessie/schedule.ts';
import { LIMITS, type Block, type Plan } from '../../lib/shared/sessie/types.ts';
import { byId, h } from '../../lib/client/dom.ts';
import { announce, data, errorText, input, persist, say, state, stepOf, T, toolOf } from './state.ts';

// ---------------------------------------------------------------- blocks

export function blockTitle(b: Block): string {
  if (b.kind === 'tool') return toolOf(b.ref)?.title ?? '';
  if (b.kind === 'reflection') {
    const st = stepOf(b.ref);
    return st ? T('reflectionTitle', { number: st.number, step: st.navTitle }) : '';
  }
  return b.title ?? '';
}

export function field(id: string, label: string, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return h('div', { class: 'sessie-field' }, h('label', { for: id }, label), control, hint);
}

export function facts(b: Block): HTMLElement | null {
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

export function moveBy(i: number, by: -1 | 1, act: string): void {
  const title = blockTitle(state.plan.blocks[i]!);
  const to = i + by;
  if (to < 0 || to >= state.plan.blocks.length) {
    announce(T('cannotMove', { title, n: i + 1, total: state.plan.blocks.length }));
    return;
  }
  state.plan.blocks = move(state.plan.blocks, i, by);
  changed(true);
  byId('sessie-blocks').querySelector<HTMLElement>(`[data-i="${to}"] [data-act="${act}"]`)?.focus();
  announce(T('moved', { title, n: to + 1, total: state.plan.blocks.length }));
}

export function renderBlocks(): void {
  const n = state.plan.blocks.length;
  byId('sessie-blocks').replaceChildren(...(n ? state.plan.blocks.map((b, i) => {
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
          state.plan.blocks = state.plan.blocks.filter((_, k) => k !== i);
          changed(true);
          const next = byId('sessie-blocks').querySelector<HTMLElement>(`[data-i="${Math.min(i, state.plan.blocks.length - 1)}"] [data-act="remove"]`);
          (next ?? byId('sessie-agenda-kop')).focus();
          announce(T('removed', { title }));
        })));
  }) : [h('li', { class: 'sessie-none' }, T('noBlocks'))]));
}

/** The times and the total, without rebuilding the list (so typing keeps its focus). */
export function renderTimes(): void {
  const sch = schedule(state.plan.start, state.plan.blocks.map((b) => b.minutes));
  byId('sessie-blocks').querySelectorAll<HTMLElement>('[data-time]').forEach((el, i) => {
    const slot = sch.slots[i]!;
    el.textContent = slot.start === null ? T('timeOpen') : `${formatTime(slot.start)}–${slot.end === null ? T('timeOpen') : formatTime(slot.end)}`;
  });
  const duration = formatDuration(sch.total);
  byId('sessie-total').textContent = !state.plan.blocks.length
    ? T('totalEmpty')
    : sch.complete
      ? T('total', { duration, start: state.plan.start, end: formatTime(sch.end!) })
      : sch.firstOpen >= 0
        ? T('totalOpen', { duration, title: blockTitle(state.plan.blocks[sch.firstOpen]!) })
        : T('totalNoStart', { duration });
  renderPrint(sch);
}

// ---------------------------------------------------------------- needs and print

export function needsList(kind: 'materials' | 'preparation', none: string): HTMLElement[] {
  const list = needsOf(state.plan, data)[kind].map(({ tool, text }) => h('li', null, h('strong', null, `${tool.title}: `), text ?? T(none)));
  if (kind === 'preparation') {
    for (const b of state.plan.blocks) {
      const st = b.kind === 'reflection' ? stepOf(b.ref) : undefined;
      if (st) list.push(h('li', null, T('prepQuestions', { number: st.number })));
    }
  }
  return list;
}

export function renderNeeds(): void {
  const materials = needsList('materials', 'noMaterials');
  const prep = needsList('preparation', 'noPreparation');
  const questions = state.plan.blocks.flatMap((b) => {
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

export function renderPrint(sch: ReturnType<typeof schedule>): void {
  const meta: Array<[string, string]> = [[T('printDate'), state.plan.date ? dateWords(state.plan.date) : ''], [T('printPlace'), state.plan.place], [T('printGoal'), state.plan.goal]];
  byId('sessie-print-agenda').replaceChildren(
    h('p', { class: 'sessie-print-kicker' }, T('printAgenda')),
    h('h2', { class: 'sessie-print-title' }, state.plan.title || T('untitled')),
    h('dl', { class: 'sessie-print-meta' }, ...meta.filter(([, v]) => v).map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v)))),
    h('table', { class: 'sessie-print-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, T('colTime')), h('th', { scope: 'col' }, T('colWhat')), h('th', { scope: 'col' }, T('colWho')))),
      h('tbody', null, ...state.plan.blocks.map((b, i) => {
        const slot = sch.slots[i]!;
        const time = `${slot.start === null ? '' : formatTime(slot.start)}–${slot.end === null ? '' : formatTime(slot.end)}`;
        return h('tr', { class: `sessie-print-${b.kind}` }, h('td', null, time), h('th', { scope: 'row' }, blockTitle(b), b.minutes ? h('span', null, ` (${b.minutes} min)`) : null), h('td', null, b.lead));
      }))),
    h('p', null, byId('sessie-total').textContent ?? ''));
}

export function dateWords(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

// ---------------------------------------------------------------- the whole plan

/** After every change: save, and draw again (`structure`: the list itself changed). */
export function changed(structure: boolean): void {
  persist();
  if (structure) renderBlocks();
  renderTimes();
  renderNeeds();
}

export function showPlan(p: Plan): void {
  state.plan = p;
  input('sessie-title').value = p.title;
  input('sessie-date').value = p.date;
  input('sessie-place').value = p.place;
  input<HTMLTextAreaElement>('sessie-goal').value = p.goal;
  input('sessie-start').value = p.start;
  byId('sessie-link-box').hidden = true;
  changed(true);
}

export const isEmpty = () => !state.plan.blocks.length && !state.plan.title && !state.plan.goal && !state.plan.place;
export const mayReplace = () => isEmpty() || confirm(T('confirmReplace'));

for (const key of ['title', 'place', 'goal', 'date', 'start'] as const) {
  byId(`sessie-${key}`).addEventListener('input', (e) => {
    state.plan[key] = (e.target as HTMLInputElement).value;
    changed(false);
  });
}

export function add(b: Block): void {
  if (state.plan.blocks.length >= LIMITS.blocks) return say('sessie-start-status', errorText('too-many'), true);
  state.plan.blocks.push(b);
  changed(true);
  announce(T('added', { title: blockTitle(b), n: state.plan.blocks.length }));
}
byId('sessie-add-tool-go').addEventListener('click', () => add(toolBlock(toolOf(input<HTMLSelectElement>('sessie-add-tool').value)!)));
byId('sessie-add-step-go').addEventListener('click', () => add(reflectionBlock(input<HTMLSelectElement>('sessie-add-step').value)));
byId('sessie-add-break').addEventListener('click', () => add({ kind: 'break', title: T('breakDefault'), minutes: null, lead: '' }));
byId('sessie-add-free').addEventListener('click', () => add({ kind: 'free', title: T('freeDefault'), minutes: null, lead: '' }));
