/**
 * The exchange log: for each written-exchange arrangement (letters, cards or messages, as its main
 * form or alongside a visit), one entry per exchange with the month it was due and when the agency
 * received it, checked it for identifying details, passed it on and had a reply. What the builder's
 * log view changes, and what the review's reading counts. Pure: no React, no DOM.
 */
import { formsOf } from '../schema/arrangementQuestions';
import {
  EXCHANGE_STEPS,
  LIMITS,
  WRITTEN_FORMS,
  type ArrangementForm,
  type ExchangeStep,
} from '../schema/planVocabulary';
import type { Arrangement, Exchange, PlanContent } from '../schema/planSchema';

/** An arrangement's written form: its main form, or a written form that goes with it; else undefined. */
export function writtenFormOf(a: Pick<Arrangement, 'form' | 'alsoForms'>): ArrangementForm | undefined {
  return formsOf(a).find((f): f is ArrangementForm => WRITTEN_FORMS.includes(f as ArrangementForm));
}

/** The arrangements that exchange letters, cards or messages: the ones with a log. */
export function writtenArrangements(plan: Pick<PlanContent, 'arrangements'>): Arrangement[] {
  return plan.arrangements.filter((a) => writtenFormOf(a) !== undefined);
}

/** One arrangement's exchanges, by the month they were due (oldest first; as logged within a month). */
export function exchangesOf(plan: Pick<PlanContent, 'exchangeLog'>, arrangementId: string): Exchange[] {
  return (plan.exchangeLog ?? [])
    .filter((e) => e.arrangementId === arrangementId)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** How many exchanges were logged as due, and how many reached each step. */
export type ExchangeTally = { due: number } & Record<ExchangeStep, number>;

export function exchangeTally(exchanges: readonly Exchange[]): ExchangeTally {
  const tally: ExchangeTally = { due: exchanges.length, received: 0, checked: 0, passedOn: 0, replyReceived: 0 };
  for (const e of exchanges) for (const step of EXCHANGE_STEPS) if (e[step]) tally[step] += 1;
  return tally;
}

/** `YYYY-MM` of a year and a month (1 = January). */
export const isoMonth = (year: number, month: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** The month `count` months after `YYYY-MM` (before, when negative). */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The due month a new entry starts at: the next due month after the latest one logged; with none
 * logged, the due month most recently reached by `today` (YYYY-MM-DD), the exchange a coordinator
 * is most likely logging. An arrangement without due months starts at this month.
 */
export function suggestedDueMonth(
  arrangement: Pick<Arrangement, 'writtenExchange'>,
  logged: readonly Exchange[],
  today: string,
): string {
  const dueMonths = arrangement.writtenExchange?.dueMonths ?? [];
  const thisMonth = today.slice(0, 7);
  if (dueMonths.length === 0) return thisMonth;
  const isDue = (month: string) => dueMonths.includes(Number(month.slice(5, 7)));
  const latest = logged
    .map((e) => e.due)
    .sort()
    .at(-1);
  if (latest) {
    for (let k = 1; k <= 12; k++) if (isDue(addMonths(latest, k))) return addMonths(latest, k);
  }
  for (let k = 0; k < 12; k++) if (isDue(addMonths(thisMonth, -k))) return addMonths(thisMonth, -k);
  return thisMonth;
}

/** The plan with `exchange` added, or put in place of the entry with its id. Full logs are left alone. */
export function saveExchange<P extends PlanContent>(plan: P, exchange: Exchange): P {
  const log = plan.exchangeLog ?? [];
  const index = log.findIndex((e) => e.id === exchange.id);
  if (index === -1 && log.length >= LIMITS.exchanges) return plan;
  const exchangeLog = index === -1 ? [...log, exchange] : log.map((e, i) => (i === index ? exchange : e));
  return { ...plan, exchangeLog };
}

/** The plan without the entry `id`. */
export function removeExchange<P extends PlanContent>(plan: P, id: string): P {
  if (!plan.exchangeLog?.some((e) => e.id === id)) return plan;
  return { ...plan, exchangeLog: plan.exchangeLog.filter((e) => e.id !== id) };
}
