/**
 * Runs a session's feedback page (/training/<id>/feedback/): the questions for the stage the trainer
 * chose (kept in the address as `?stage=after`, nothing personal), "Save and start the next person"
 * adding each response to this device's list, and the trainer's view with the summary, print, CSV and
 * deletion. Responses stay in this browser's localStorage, which "Delete everything from this device"
 * clears; an open page hears of that on the tabs channel (or the storage event) and forgets them too.
 */
import { isWipedMessage, TABS_CHANNEL } from '../device/tabChannel';
import { scriptTranslator } from '../i18n/scriptTranslator';
import { FEEDBACK_CSV_KEYS, feedbackCsv } from './feedbackCsv';
import {
  CONFIDENCE_LEVELS,
  FEEDBACK_STAGES,
  RECOMMEND_ANSWERS,
  TEXT_QUESTIONS,
  feedbackStorageKey,
  isEmptyResponse,
  makeResponse,
  readResponses,
  storedResponses,
  summariseFeedback,
  type FeedbackResponse,
  type FeedbackStage,
  type OutcomeSummary,
} from './feedbackResponses';

/** The messages the feedback page's script uses; the page sends them in `data-messages`. */
export const FEEDBACK_KEYS = [
  ...FEEDBACK_CSV_KEYS,
  'trainer.feedback.form.before',
  'trainer.feedback.form.after',
  'trainer.feedback.empty',
  'trainer.feedback.saved',
  'trainer.feedback.notSaved',
  'trainer.feedback.responses.count',
  'trainer.feedback.responses.people',
  'trainer.feedback.summary.caption',
  'trainer.feedback.summary.outcome',
  'trainer.feedback.summary.before',
  'trainer.feedback.summary.after',
  'trainer.feedback.summary.change',
  'trainer.feedback.summary.none',
  'trainer.feedback.summary.recommend',
  'trainer.feedback.summary.recommendCount',
  'trainer.feedback.summary.noText',
  'trainer.feedback.deleted',
] as const;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Feedback page: #${id} is missing`);
  return el as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  return el;
}

export function startFeedbackPage(): void {
  const root = byId('feedback');
  const session = root.dataset.session ?? '';
  const outcomes = JSON.parse(root.dataset.outcomes ?? '[]') as string[];
  const sessionLang = root.dataset.sessionLang || undefined;
  const { t, locale } = scriptTranslator<(typeof FEEDBACK_KEYS)[number]>(root.dataset.messages);
  const key = feedbackStorageKey(session);
  const form = byId<HTMLFormElement>('feedback-form');
  const formHeading = byId('feedback-form-heading');
  const afterQuestions = byId('feedback-after');
  const status = byId('feedback-status');
  const responsesView = byId('feedback-responses');
  const responsesHeading = byId('feedback-responses-heading');
  const summary = byId('feedback-summary');
  const deleteConfirm = byId('feedback-delete-confirm');
  const stageRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="feedback-stage"]')];

  const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });

  const load = (): FeedbackResponse[] => {
    try {
      return readResponses(JSON.parse(localStorage.getItem(key) ?? 'null'), outcomes.length);
    } catch {
      return [];
    }
  };
  let responses = load();

  const stageOf = (search: string): FeedbackStage =>
    FEEDBACK_STAGES.find((s) => s === new URLSearchParams(search).get('stage')) ?? 'before';
  let stage = stageOf(location.search);

  function showStage() {
    for (const radio of stageRadios) radio.checked = radio.value === stage;
    formHeading.textContent = t(`trainer.feedback.form.${stage}`);
    afterQuestions.hidden = stage !== 'after';
  }

  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const textOf = (id: string) => byId<HTMLTextAreaElement>(id).value;

  function typedResponse(): FeedbackResponse {
    return makeResponse(stage, {
      confidence: outcomes.map(
        (_, i) => CONFIDENCE_LEVELS.find((l) => String(l) === checked(`confidence-${i}`)) ?? null,
      ),
      useful: textOf('feedback-useful'),
      better: textOf('feedback-better'),
      recommend: RECOMMEND_ANSWERS.find((a) => a === checked('recommend')) ?? null,
      other: textOf('feedback-other'),
    });
  }

  function save(response: FeedbackResponse): boolean {
    try {
      // Another tab may have saved since this one loaded: add to what is stored now.
      responses = [...load(), response];
      localStorage.setItem(key, JSON.stringify(storedResponses(responses)));
      return true;
    } catch {
      return false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const response = typedResponse();
    if (isEmptyResponse(response)) {
      status.textContent = t('trainer.feedback.empty');
      return;
    }
    if (!save(response)) {
      status.textContent = t('trainer.feedback.notSaved');
      return;
    }
    form.reset();
    showStage();
    status.textContent = t('trainer.feedback.saved', { count: responses.length });
    // The next person starts at the top of the questions.
    formHeading.focus();
  });

  for (const radio of stageRadios)
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      stage = stageOf(`?stage=${radio.value}`);
      const url = new URL(location.href);
      if (stage === 'after') url.searchParams.set('stage', stage);
      else url.searchParams.delete('stage');
      history.replaceState(null, '', url);
      status.textContent = '';
      showStage();
    });

  function outcomeCell(value: number | null, format: Intl.NumberFormat) {
    return element('td', value === null ? t('trainer.feedback.summary.none') : format.format(value));
  }

  function renderSummary() {
    const s = summariseFeedback(responses, outcomes.length);
    const people = (count: number) => t('trainer.feedback.responses.people', { count });
    const parts: HTMLElement[] = [
      element(
        'p',
        t('trainer.feedback.responses.count', { before: people(s.counts.before), after: people(s.counts.after) }),
      ),
    ];
    const table = element('table', undefined, { class: 'table feedback-summary__table' });
    table.append(element('caption', t('trainer.feedback.summary.caption')));
    const head = element('tr');
    head.append(element('th', t('trainer.feedback.summary.outcome'), { scope: 'col' }));
    for (const k of ['before', 'after', 'change'] as const)
      head.append(element('th', t(`trainer.feedback.summary.${k}`), { scope: 'col' }));
    table.append(element('thead'));
    table.tHead!.append(head);
    const body = element('tbody');
    s.outcomes.forEach((o: OutcomeSummary, i) => {
      const row = element('tr');
      row.append(
        element('th', outcomes[i], { scope: 'row', lang: sessionLang }),
        outcomeCell(o.before, average),
        outcomeCell(o.after, average),
        outcomeCell(o.change, change),
      );
      body.append(row);
    });
    table.append(body);
    parts.push(table);

    parts.push(element('h3', t('trainer.feedback.summary.recommend')));
    const recommend = element('ul');
    for (const answer of RECOMMEND_ANSWERS)
      recommend.append(
        element(
          'li',
          t('trainer.feedback.summary.recommendCount', {
            answer: t(`trainer.feedback.recommend.${answer}`),
            count: s.recommend[answer],
          }),
        ),
      );
    parts.push(recommend);

    for (const question of TEXT_QUESTIONS) {
      parts.push(element('h3', t(`trainer.feedback.${question}`)));
      const answers = s.text[question];
      if (!answers.length) parts.push(element('p', t('trainer.feedback.summary.noText')));
      else {
        const list = element('ul', undefined, { class: 'feedback-summary__answers' });
        for (const answer of answers) list.append(element('li', answer));
        parts.push(list);
      }
    }
    summary.replaceChildren(...parts);
  }

  function showResponses(show: boolean) {
    responsesView.hidden = !show;
    form.hidden = show;
    byId('feedback-stage').hidden = show;
    byId('feedback-show-responses').hidden = show;
    deleteConfirm.hidden = true;
    status.textContent = '';
    if (show) {
      responses = load();
      renderSummary();
      responsesHeading.focus();
    } else formHeading.focus();
  }

  byId('feedback-show-responses').addEventListener('click', () => showResponses(true));
  byId('feedback-show-questions').addEventListener('click', () => showResponses(false));
  byId('feedback-print').addEventListener('click', () => window.print());
  byId('feedback-download').addEventListener('click', () => {
    const csv = feedbackCsv(load(), outcomes, t);
    const link = element('a', undefined, { download: `feedback-${session}.csv` });
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.click();
    // The click has started the download; the address can go once it has been read.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
  byId('feedback-delete').addEventListener('click', () => {
    deleteConfirm.hidden = false;
    byId('feedback-delete-yes').focus();
  });
  byId('feedback-delete-cancel').addEventListener('click', () => {
    deleteConfirm.hidden = true;
    byId('feedback-delete').focus();
  });
  byId('feedback-delete-yes').addEventListener('click', () => {
    try {
      localStorage.removeItem(key);
    } catch {
      /* storage blocked: nothing was kept */
    }
    forget();
    deleteConfirm.hidden = true;
    status.textContent = t('trainer.feedback.deleted');
    responsesHeading.focus();
  });

  /** Drops what this page holds once storage has been cleared (here, in another tab or by "Delete everything"). */
  function forget() {
    responses = load();
    if (!responsesView.hidden) renderSummary();
  }
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === key) forget();
  });
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(TABS_CHANNEL) : undefined;
  tabs?.addEventListener('message', (event: MessageEvent) => {
    if (!isWipedMessage(event.data)) return;
    // The wipe clears localStorage itself; forget what was typed but not saved too.
    form.reset();
    responses = [];
    if (!responsesView.hidden) renderSummary();
  });

  showStage();
  byId('feedback-stage').hidden = false;
  byId('feedback-show-responses').hidden = false;
  form.hidden = false;
  root.dataset.ready = '';
}
