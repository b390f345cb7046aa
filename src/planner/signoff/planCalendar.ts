/**
 * The plan's calendar file: an RFC 5545 iCalendar holding the review, repeating at the plan's review
 * interval, and a yearly reminder for each month in which letters, cards or messages are due.
 *
 * Written for what Outlook and Google Calendar import: CRLF line endings, lines folded at 75 octets
 * (never inside a UTF-8 sequence), TEXT values escaped, a stable UID per plan and event so importing
 * a later file updates rather than duplicates, DTSTAMP in UTC, all-day events as DTSTART;VALUE=DATE
 * with an exclusive DTEND the day after, and a display reminder (VALARM) two weeks before each.
 *
 * Privacy: calendars sync to phones and cloud accounts, so by default no entry names anyone: no
 * child, relative or professional in a title, description, UID or file name (the review's convenor
 * may be a name, so it is left out). Only when the caller asks do titles carry the child's initials.
 * A practice plan's calendar says "Practice" in its name and every title.
 *
 * The words come from the caller's translator; the file's identifiers (PRODID, UID) are not words.
 * The output depends only on the plan, the translator and `now`.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';
import { isRealIsoDate, type ArrangementForm } from '../schema/planVocabulary';
import type { PlanContent } from '../schema/planSchema';
import { writtenFormOf } from '../state/exchangeLog';

/** The parts of a plan the calendar reads. */
export type CalendarPlan = Pick<PlanContent, 'id' | 'version' | 'practice' | 'child' | 'review' | 'arrangements'>;

export interface CalendarOptions {
  /** When the file is made: DTSTAMP, and the year each letter month's reminders start. */
  now: Date;
  /** The child's initials in each title ("A. B."), by the user's explicit choice; never a full name. */
  showInitials?: boolean;
}

/** A month in which written exchange is due, and the arrangements (by position) it is due under. */
export interface LetterMonth {
  /** 1 = January. */
  month: number;
  /** Each arrangement's written form: an arrangement with a visit and cards is due for its cards. */
  arrangements: { number: number; form: ArrangementForm }[];
}

export const PRODID = '-//Staying in touch//Plan calendar//EN';
export const REMINDER_DAYS_BEFORE = 14;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/** Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  // The first line may hold 75 octets; continuation lines start with a space, leaving 74.
  let limit = 75;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74;
    }
    current += ch;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * What is wrong with a review date for the calendar, as a message key (GOV.UK error-message style),
 * or undefined for a real `YYYY-MM-DD` date. Check this before making the file.
 */
export function calendarDateProblem(date: string): MessageKey | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'signoff.calendar.dateNotFull';
  return isRealIsoDate(date) ? undefined : 'signoff.calendar.dateNotReal';
}

/**
 * The months in which letters, cards or messages are due, in calendar order, each with the
 * arrangements (numbered from 1, as the plan lists them) that are written exchanges due then.
 */
export function letterMonths(arrangements: CalendarPlan['arrangements']): LetterMonth[] {
  const byMonth = new Map<number, LetterMonth['arrangements']>();
  arrangements.forEach((a, index) => {
    const form = writtenFormOf(a);
    if (!form) return;
    for (const month of a.writtenExchange?.dueMonths ?? []) {
      byMonth.set(month, [...(byMonth.get(month) ?? []), { number: index + 1, form }]);
    }
  });
  return [...byMonth.entries()].sort(([a], [b]) => a - b).map(([month, list]) => ({ month, arrangements: list }));
}

/** What the file for a plan holds: whether it has the review and which letter months. */
export function calendarContents(plan: CalendarPlan): { review: boolean; letterMonths: LetterMonth[] } {
  return {
    review: calendarDateProblem(plan.review.nextDate) === undefined,
    letterMonths: letterMonths(plan.arrangements),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function icsDate(year: number, month: number, day: number): string {
  // Date.UTC carries days and months over, so the day after 31 December is 1 January.
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function icsUtcStamp(d: Date): string {
  return `${icsDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Days in each month, February at its shorter. */
const SHORTEST_MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The review's repeat rule, from its first date. When a later review would fall in a month too short
 * for its day (30 August every 6 months reaches February), it moves to that month's last day: a plain
 * monthly rule would drop that review, as RFC 5545 drops invalid dates.
 */
export function reviewRepeatRule(month: number, day: number, intervalMonths: number): string {
  const rule = `RRULE:FREQ=MONTHLY;INTERVAL=${intervalMonths}`;
  const reached = Array.from({ length: 12 }, (_, k) => (month - 1 + k * intervalMonths) % 12);
  const shortest = Math.min(...reached.map((m) => SHORTEST_MONTH_DAYS[m]));
  return day > shortest ? `${rule};BYMONTHDAY=${day},-1;BYSETPOS=1` : rule;
}

interface Event {
  uid: string;
  start: { year: number; month: number; day: number };
  rrule?: string;
  summary: string;
  description: string;
  reminder: string;
}

function eventLines(event: Event, stamp: string): string[] {
  const { year, month, day } = event.start;
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(year, month, day)}`,
    `DTEND;VALUE=DATE:${icsDate(year, month, day + 1)}`,
    ...(event.rrule ? [event.rrule] : []),
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.reminder)}`,
    `TRIGGER:-P${REMINDER_DAYS_BEFORE}D`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/**
 * "Maya Rose Smith" → "M. R. S."; kept here so the calendar never needs the full name. `locale` is
 * the translator's, for upper-casing the way its language does.
 */
export function childInitials(name: string, locale: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${Array.from(w)[0].toLocaleUpperCase(locale)}.`)
    .join(' ');
}

/**
 * The calendar file for a plan, its words in the translator's language. Throws when there is
 * nothing to put in it: check `calendarContents` (and `calendarDateProblem`) first.
 */
export function planCalendar(i18n: Translator, plan: CalendarPlan, options: CalendarOptions): string {
  const { t } = i18n;
  const contents = calendarContents(plan);
  if (!contents.review && contents.letterMonths.length === 0) {
    throw new Error(`Nothing to put in the calendar for plan ${plan.id}`);
  }
  const initials = options.showInitials ? childInitials(plan.child.name, i18n.locale) : '';
  const titled = (title: string) => {
    const named = initials ? t('signoff.calendar.withInitials', { title, initials }) : title;
    return plan.practice ? t('signoff.calendar.practice', { title: named }) : named;
  };
  // Only characters a UID may safely hold; plan ids are random, never personal.
  const uidBase = plan.id.replace(/[^A-Za-z0-9._-]/g, '');
  // The version is an identifier here, written as digits whatever the language.
  const about = t('signoff.calendar.aboutPlan', { planId: plan.id, version: String(plan.version) });
  const events: Event[] = [];

  if (contents.review) {
    const [year, month, day] = plan.review.nextDate.split('-').map(Number);
    const interval = plan.review.intervalMonths;
    const summary = titled(t('signoff.calendar.reviewTitle'));
    events.push({
      // One review series per plan: a later version's file moves it rather than adding another.
      uid: `${uidBase}-review@staying-in-touch`,
      start: { year, month, day },
      rrule: interval ? reviewRepeatRule(month, day, interval) : undefined,
      summary,
      description: [
        about,
        interval ? t('signoff.calendar.reviewRepeats', { count: interval }) : '',
        t('signoff.calendar.reviewPrepare'),
      ]
        .filter(Boolean)
        .join('\n'),
      reminder: t('signoff.calendar.reviewReminder', { title: summary }),
    });
  }

  // Each letter month starts this year if it has not ended yet, otherwise next year.
  const thisYear = options.now.getUTCFullYear();
  const thisMonth = options.now.getUTCMonth() + 1;
  for (const { month, arrangements } of contents.letterMonths) {
    const monthName = i18n.month(month);
    const summary = titled(t('signoff.calendar.lettersTitle', { month: monthName }));
    const which = i18n.list(
      arrangements.map(({ number, form }) =>
        t('signoff.calendar.arrangement', { number, form: t(`plan.option.formInSentence.${form}`) }),
      ),
    );
    events.push({
      uid: `${uidBase}-letters-${pad(month)}@staying-in-touch`,
      start: { year: month >= thisMonth ? thisYear : thisYear + 1, month, day: 1 },
      rrule: 'RRULE:FREQ=YEARLY',
      summary,
      description: [
        about,
        t('signoff.calendar.lettersDue', { arrangements: which }),
        t('signoff.calendar.lettersPrepare'),
      ].join('\n'),
      reminder: t('signoff.calendar.lettersReminder', { title: summary, month: monthName }),
    });
  }

  const name = titled(t('signoff.calendar.name'));
  const stamp = icsUtcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // NAME is RFC 7986's; X-WR-CALNAME is what Outlook, Google and Apple Calendar read.
    `NAME:${escapeIcsText(name)}`,
    `X-WR-CALNAME:${escapeIcsText(name)}`,
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/**
 * A download name that says what the file holds, never whose plan it is:
 * `plan-review-2027-03-15.ics`, `plan-review-and-letters-2027-03-15.ics` or `plan-letters.ics`,
 * with `practice-` in front for a practice plan.
 */
export function planCalendarFileName(plan: CalendarPlan): string {
  const { review, letterMonths: months } = calendarContents(plan);
  const prefix = plan.practice ? 'practice-' : '';
  if (review && months.length > 0) return `${prefix}plan-review-and-letters-${plan.review.nextDate}.ics`;
  if (review) return `${prefix}plan-review-${plan.review.nextDate}.ics`;
  return `${prefix}plan-letters.ics`;
}
