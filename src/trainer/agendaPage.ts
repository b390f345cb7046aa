/**
 * Runs the day agenda on /training/agenda/: adds sessions, breaks and lunch, moves and removes them,
 * and draws the timetable with clock times after every change. The day is kept in the address
 * (dayAgenda.ts), so a reload or a shared link shows the same day; nothing is stored on the device.
 */
import { scriptTranslator } from '../i18n/scriptTranslator';
import {
  DEFAULT_BREAK_MINUTES,
  DEFAULT_LUNCH_MINUTES,
  MAX_AGENDA_PARTS,
  agendaQuery,
  clockTimeWriter,
  movePart,
  parseAgenda,
  parseTime,
  pauseMinutes,
  timeValue,
  timetable,
  type AgendaPart,
  type DayAgenda,
} from './dayAgenda';

/** The messages the agenda's script uses; the page sends them in `data-messages`. */
export const AGENDA_KEYS = [
  'trainer.agenda.add.full',
  'trainer.agenda.timetable.empty',
  'trainer.agenda.timetable.range',
  'trainer.agenda.timetable.total',
  'trainer.agenda.item.break',
  'trainer.agenda.item.lunch',
  'trainer.agenda.moveUp',
  'trainer.agenda.moveDown',
  'trainer.agenda.remove',
  'trainer.agenda.announce.added',
  'trainer.agenda.announce.removed',
  'trainer.agenda.announce.moved',
  'trainer.pack.order.buttonItem',
  'plan.duration.hours',
  'plan.duration.minutes',
  'plan.duration.hoursAndMinutes',
] as const;

/** A session the day can hold, as the page lists them. */
export interface AgendaSession {
  id: string;
  title: string;
  minutes: number;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Day agenda: #${id} is missing`);
  return el as T;
}

export function startAgendaPage(): void {
  const root = byId('agenda');
  const sessions = JSON.parse(root.dataset.sessions ?? '[]') as AgendaSession[];
  const sessionLang = root.dataset.sessionLang || undefined;
  const { t, locale } = scriptTranslator<(typeof AGENDA_KEYS)[number]>(root.dataset.messages);
  const hourCycle = root.dataset.hourCycle as Intl.DateTimeFormatOptions['hourCycle'];
  const clock = clockTimeWriter(locale, hourCycle || undefined);
  const startInput = byId<HTMLInputElement>('agenda-start');
  const sessionSelect = byId<HTMLSelectElement>('agenda-session');
  const breakInput = byId<HTMLInputElement>('agenda-break-minutes');
  const lunchInput = byId<HTMLInputElement>('agenda-lunch-minutes');
  const rowsBody = byId('agenda-rows');
  const table = byId('agenda-table');
  const empty = byId('agenda-empty');
  const total = byId('agenda-total');
  const announcer = byId('agenda-announcer');
  const shareLink = byId<HTMLAnchorElement>('agenda-share');

  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  let agenda: DayAgenda = parseAgenda(
    location.search,
    sessions.map((s) => s.id),
  );

  const duration = (minutes: number) => {
    const [h, m] = [Math.floor(minutes / 60), minutes % 60];
    const hours = h ? t('plan.duration.hours', { count: h }) : '';
    const mins = m || !h ? t('plan.duration.minutes', { count: m }) : '';
    return hours && mins ? t('plan.duration.hoursAndMinutes', { hours, minutes: mins }) : hours || mins;
  };
  const nameOf = (part: AgendaPart) =>
    part.kind === 'session' ? (sessionById.get(part.id)?.title ?? part.id) : t(`trainer.agenda.item.${part.kind}`);

  function button(label: string, item: string, action: () => void, disabled = false) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button button--secondary agenda-move';
    b.textContent = label;
    // The visible word, then which part it acts on, for a screen reader's list of buttons.
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = t('trainer.pack.order.buttonItem', { title: item });
    b.append(hidden);
    b.disabled = disabled;
    b.addEventListener('click', action);
    return b;
  }

  function change(next: DayAgenda, announcement: string, focusRow?: number) {
    agenda = next;
    render();
    announcer.textContent = announcement;
    if (focusRow !== undefined) {
      const row = rowsBody.children[focusRow];
      (row?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? sessionSelect).focus();
    }
  }

  function render() {
    const { rows, minutes, end } = timetable(agenda, (id) => sessionById.get(id)?.minutes ?? 0);
    const last = rows.length - 1;
    rowsBody.replaceChildren(
      ...rows.map((row, i) => {
        const tr = document.createElement('tr');
        tr.className = `agenda-row agenda-row--${row.part.kind}`;
        const name = nameOf(row.part);
        const time = document.createElement('td');
        time.textContent = t('trainer.agenda.timetable.range', { start: clock(row.start), end: clock(row.end) });
        const what = document.createElement('th');
        what.scope = 'row';
        what.textContent = name;
        if (row.part.kind === 'session' && sessionLang) what.lang = sessionLang;
        const length = document.createElement('td');
        length.textContent = duration(row.minutes);
        const actions = document.createElement('td');
        actions.className = 'agenda-actions no-print';
        actions.append(
          button(
            t('trainer.agenda.moveUp'),
            name,
            () =>
              change(
                { ...agenda, parts: movePart(agenda.parts, i, -1) },
                t('trainer.agenda.announce.moved', { item: name, place: i }),
                i - 1,
              ),
            i === 0,
          ),
          button(
            t('trainer.agenda.moveDown'),
            name,
            () =>
              change(
                { ...agenda, parts: movePart(agenda.parts, i, 1) },
                t('trainer.agenda.announce.moved', { item: name, place: i + 2 }),
                i + 1,
              ),
            i === last,
          ),
          button(t('trainer.agenda.remove'), name, () =>
            change(
              { ...agenda, parts: agenda.parts.filter((_, j) => j !== i) },
              t('trainer.agenda.announce.removed', { item: name }),
              Math.min(i, last - 1),
            ),
          ),
        );
        tr.append(time, what, length, actions);
        return tr;
      }),
    );
    table.hidden = rows.length === 0;
    empty.hidden = rows.length > 0;
    total.hidden = rows.length === 0;
    total.textContent = t('trainer.agenda.timetable.total', {
      duration: duration(minutes),
      start: clock(agenda.start),
      end: clock(end),
    });
    startInput.value = timeValue(agenda.start);
    const full = agenda.parts.length >= MAX_AGENDA_PARTS;
    for (const id of ['agenda-add-session', 'agenda-add-break', 'agenda-add-lunch'])
      byId<HTMLButtonElement>(id).disabled = full;
    byId('agenda-full').hidden = !full;
    const query = agendaQuery(agenda);
    history.replaceState(null, '', query);
    shareLink.href = new URL(query, location.href).href;
  }

  function add(part: AgendaPart) {
    if (agenda.parts.length >= MAX_AGENDA_PARTS) return;
    change({ ...agenda, parts: [...agenda.parts, part] }, t('trainer.agenda.announce.added', { item: nameOf(part) }));
  }

  startInput.addEventListener('change', () => {
    const start = parseTime(startInput.value);
    if (start !== undefined) change({ ...agenda, start }, '');
  });
  byId('agenda-add-session').addEventListener('click', () => {
    if (sessionById.has(sessionSelect.value)) add({ kind: 'session', id: sessionSelect.value });
  });
  byId('agenda-add-break').addEventListener('click', () =>
    add({ kind: 'break', minutes: pauseMinutes(breakInput.valueAsNumber || DEFAULT_BREAK_MINUTES) }),
  );
  byId('agenda-add-lunch').addEventListener('click', () =>
    add({ kind: 'lunch', minutes: pauseMinutes(lunchInput.valueAsNumber || DEFAULT_LUNCH_MINUTES) }),
  );
  byId('agenda-print').addEventListener('click', () => window.print());

  render();
  root.hidden = false;
  root.dataset.ready = '';
}
