/**
 * The "Add review dates to calendar" file: an RFC 5545 iCalendar with one all-day event for the next
 * review and a display reminder 14 days before.
 *
 * Written for what Outlook and Google Calendar import: CRLF line endings, lines folded at 75 octets
 * (never inside a UTF-8 sequence), a stable UID so re-importing updates rather than duplicates,
 * DTSTAMP in UTC, DTSTART;VALUE=DATE with an exclusive DTEND the day after.
 *
 * Privacy: calendars sync to phones and cloud accounts, so the event never carries the child's name.
 * The caller may pass initials; by default the title is the generic "Staying-in-touch plan review".
 *
 * The event's words (title, description, reminder) come from the caller's translator, in the
 * language the builder is shown in; the file's own identifiers (PRODID, UID) are not words.
 */
import type { MessageKey } from '../../i18n/catalogue';
import type { Translator } from '../../i18n/translator';

export interface ReviewEventInput {
  /** The plan's id; used in the UID and description. Must not contain personal details. */
  planId: string;
  version: number;
  /** The next review date, `YYYY-MM-DD`. */
  nextReviewDate: string;
  /** Optional initials such as "A. B." shown in the title; never a full name. */
  childInitials?: string;
  /** Who convenes the review (usually a role or a professional's name). */
  convenor?: string;
  /** When the file is made, for DTSTAMP. */
  now: Date;
}

export const PRODID = '-//Staying in touch//Plan review reminder//EN';
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

type ParsedDate = { year: number; month: number; day: number };

function parse(date: string): ParsedDate | MessageKey {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return 'signoff.calendar.dateNotFull';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return 'signoff.calendar.dateNotReal';
  }
  return { year, month, day };
}

/**
 * What is wrong with a review date for the calendar, as a message key (GOV.UK error-message style),
 * or undefined for a real `YYYY-MM-DD` date. Check this before making the file.
 */
export function reviewDateProblem(date: string): MessageKey | undefined {
  const parsed = parse(date);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Parses `YYYY-MM-DD` as a real calendar date; throws when it is not (see `reviewDateProblem`). */
export function parseReviewDate(date: string): ParsedDate {
  const parsed = parse(date);
  if (typeof parsed === 'string') throw new Error(`Not a review date (${parsed}): ${JSON.stringify(date)}`);
  return parsed;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function icsDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

function icsUtcStamp(d: Date): string {
  return `${icsDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The .ics file text for the next review, its words in the translator's language. */
export function reviewCalendar(i18n: Translator, input: ReviewEventInput): string {
  const { t } = i18n;
  const { year, month, day } = parseReviewDate(input.nextReviewDate);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const title = input.childInitials?.trim()
    ? t('signoff.calendar.titleWithInitials', { initials: input.childInitials.trim() })
    : t('signoff.calendar.title');
  const description = [
    // The version is an identifier here, written as digits whatever the language.
    t('signoff.calendar.aboutPlan', { planId: input.planId, version: String(input.version) }),
    input.convenor?.trim() ? t('signoff.calendar.convenedBy', { convenor: input.convenor.trim() }) : '',
    t('signoff.calendar.prepare'),
  ]
    .filter(Boolean)
    .join('\n');
  // UID is stable for a plan version and date, so importing the file again updates the same event.
  const uid = `${input.planId.replace(/[^A-Za-z0-9._-]/g, '')}-v${input.version}-review-${icsDate(year, month, day)}@staying-in-touch`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsUtcStamp(input.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(year, month, day)}`,
    `DTEND;VALUE=DATE:${icsDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())}`,
    `SUMMARY:${escapeIcsText(title)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    'CLASS:PRIVATE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(t('signoff.calendar.reminder', { title }))}`,
    `TRIGGER:-P${REMINDER_DAYS_BEFORE}D`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A download name for the file, e.g. `plan-review-2027-03-15.ics`. */
export function reviewCalendarFileName(nextReviewDate: string): string {
  parseReviewDate(nextReviewDate);
  return `plan-review-${nextReviewDate}.ics`;
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
 * The review event for a plan. The child's name is never included; with `showInitials` the title
 * carries their initials. Throws when the plan has no valid review date: check `reviewDateProblem`
 * first, for the message to show.
 */
export function reviewCalendarForPlan(
  i18n: Translator,
  plan: { id: string; version: number; child: { name: string }; review: { nextDate: string; convenor: string } },
  options: { now: Date; showInitials?: boolean },
): string {
  return reviewCalendar(i18n, {
    planId: plan.id,
    version: plan.version,
    nextReviewDate: plan.review.nextDate,
    convenor: plan.review.convenor,
    childInitials: options.showInitials ? childInitials(plan.child.name, i18n.locale) : undefined,
    now: options.now,
  });
}
