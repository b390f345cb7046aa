import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PRODID,
  calendarContents,
  calendarDateProblem,
  childInitials,
  escapeIcsText,
  foldIcsLine,
  letterMonths,
  planCalendar,
  planCalendarFileName,
  reviewRepeatRule,
  type CalendarPlan,
} from '../../../src/planner/signoff/planCalendar';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { translator } from '../../../src/i18n/translator';
import { examplePlan, exampleNames, fixturePlan, validFixtureNames } from '../planner/fixtures';

const en = translator('en');

const NOW = new Date('2026-11-23T10:05:09Z');

function load(text: string): Plan {
  const r = parsePlanFile(text);
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}
/** Not practice; review 2027-05-14 every 12 months; postal exchange (arrangement 2) in March and October. */
const signed = load(readFileSync('tests/unit/pdf/fixtures/signed-multilingual.json', 'utf8'));
/** A practice plan; review 2027-01-15 every 12 months; postal exchange (arrangement 2) in March and October. */
const practice = load(readFileSync('tests/fixtures/plans/complete.json', 'utf8'));

interface Component {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: Component[];
}

/**
 * A small RFC 5545 reader: checks line endings and folding, unfolds, checks every content line's
 * shape, and builds the component tree (one VCALENDAR).
 */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const root: Component = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, paramText, value] = m!;
    const params = Object.fromEntries(
      paramText
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    if (name === 'BEGIN') {
      const c: Component = { name: value, props: [], children: [] };
      stack[stack.length - 1].children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value);
    } else {
      stack[stack.length - 1].props.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0];
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
/** A TEXT value as written before escaping (RFC 5545 §3.3.11). */
const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
const text = (c: Component, name: string) => unescape(prop(c, name)?.value ?? '');
const events = (cal: Component) => cal.children.filter((c) => c.name === 'VEVENT');
const alarm = (event: Component) => event.children.find((c) => c.name === 'VALARM')!;
/** Every word in the file a calendar shows or keeps: names, titles, descriptions, UIDs. */
const words = (cal: Component): string[] => [
  ...cal.props.map((p) => unescape(p.value)),
  ...cal.children.flatMap(words),
];

const calendar = (plan: CalendarPlan, options: { now?: Date; showInitials?: boolean } = {}) =>
  parseIcs(planCalendar(en, plan, { now: NOW, ...options }));
const withReview = (plan: CalendarPlan, review: Partial<Plan['review']>): CalendarPlan => ({
  ...plan,
  review: { ...plan.review, ...review },
});

describe('the plan calendar file', () => {
  const cal = calendar(signed);
  const [review, march, october] = events(cal);

  it('is one VCALENDAR 2.0 with our PRODID, a name, and the review then one event per letter month', () => {
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toBe(PRODID);
    expect(prop(cal, 'CALSCALE')?.value).toBe('GREGORIAN');
    expect(text(cal, 'NAME')).toBe('Staying-in-touch plan');
    expect(text(cal, 'X-WR-CALNAME')).toBe('Staying-in-touch plan');
    expect(events(cal).map((e) => text(e, 'SUMMARY'))).toEqual([
      'Staying-in-touch plan review',
      'Staying-in-touch letters due in March',
      'Staying-in-touch letters due in October',
    ]);
    for (const e of events(cal)) {
      expect(prop(e, 'DTSTAMP')?.value).toBe('20261123T100509Z');
      expect(prop(e, 'CLASS')?.value).toBe('PRIVATE');
    }
    const uids = events(cal).map((e) => prop(e, 'UID')?.value);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('repeats the review at the plan’s interval from the next review date, as an all-day event', () => {
    expect(prop(review, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270514' });
    expect(prop(review, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270515' });
    expect(prop(review, 'RRULE')?.value).toBe('FREQ=MONTHLY;INTERVAL=12');
    expect(prop(review, 'UID')?.value).toBe(`${signed.id}-review@staying-in-touch`);
    expect(text(review, 'DESCRIPTION')).toBe(
      [
        `From the staying-in-touch plan ${signed.id}, version 1.`,
        'The plan is reviewed every 12 months.',
        'Open the plan in Staying in touch to prepare: check each arrangement, the support in place and what the child has said.',
      ].join('\n'),
    );
    const six = events(calendar(withReview(signed, { intervalMonths: 6 })))[0];
    expect(prop(six, 'RRULE')?.value).toBe('FREQ=MONTHLY;INTERVAL=6');
    expect(text(six, 'DESCRIPTION')).toContain('The plan is reviewed every 6 months.');
  });

  it('reminds two weeks before the review with a display alarm', () => {
    expect(prop(alarm(review), 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarm(review), 'TRIGGER')?.value).toBe('-P14D');
    expect(text(alarm(review), 'DESCRIPTION')).toBe('Staying-in-touch plan review in two weeks');
  });

  it('has no repeat for a review with no interval yet', () => {
    const once = events(calendar(withReview(signed, { intervalMonths: null })))[0];
    expect(prop(once, 'RRULE')).toBeUndefined();
    expect(text(once, 'DESCRIPTION')).not.toContain('reviewed every');
  });

  it('keeps a review late in the month in every month, on its last day when the month is shorter', () => {
    expect(reviewRepeatRule(8, 28, 6)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=6');
    // 31 January and 31 July: both months always have the day.
    expect(reviewRepeatRule(1, 31, 6)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=6');
    // 31 March every 6 months reaches 30 September; 30 November every 12 stays in November.
    expect(reviewRepeatRule(3, 31, 6)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=31,-1;BYSETPOS=1');
    expect(reviewRepeatRule(11, 30, 12)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=12');
    // 29 February, yearly: three years in four have no 29 February.
    expect(reviewRepeatRule(2, 29, 12)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=29,-1;BYSETPOS=1');
    // 31 January monthly reaches every month.
    expect(reviewRepeatRule(1, 31, 1)).toBe('RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31,-1;BYSETPOS=1');
    const late = events(calendar(withReview(signed, { nextDate: '2027-08-30', intervalMonths: 6 })))[0];
    expect(prop(late, 'RRULE')?.value).toBe('FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=30,-1;BYSETPOS=1');
    expect(prop(late, 'DTEND')?.value).toBe('20270831');
  });

  it('reminds of each letter month every year, on the 1st, from the next such month', () => {
    for (const [event, month] of [
      [march, '03'],
      [october, '10'],
    ] as const) {
      expect(prop(event, 'RRULE')?.value).toBe('FREQ=YEARLY');
      expect(prop(event, 'UID')?.value).toBe(`${signed.id}-letters-${month}@staying-in-touch`);
      expect(prop(alarm(event), 'ACTION')?.value).toBe('DISPLAY');
      expect(prop(alarm(event), 'TRIGGER')?.value).toBe('-P14D');
    }
    // On 23 November 2026 both months are next year's.
    expect(prop(march, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270301' });
    expect(prop(march, 'DTEND')?.value).toBe('20270302');
    expect(prop(october, 'DTSTART')?.value).toBe('20271001');
    // In October 2026, October's letters are still due this year; March's are next year's.
    const inOctober = events(calendar(signed, { now: new Date('2026-10-20T09:00:00Z') }));
    expect(inOctober.slice(1).map((e) => prop(e, 'DTSTART')?.value)).toEqual(['20270301', '20261001']);
    expect(text(march, 'DESCRIPTION')).toBe(
      [
        `From the staying-in-touch plan ${signed.id}, version 1.`,
        'Letters, cards or messages are due this month under arrangement 2 (postal exchange).',
        'Open the plan in Staying in touch for what was agreed: how they are sent, photos, how to sign off and dates to avoid.',
      ].join('\n'),
    );
    expect(text(alarm(march), 'DESCRIPTION')).toBe('Staying-in-touch letters due in March: March starts in two weeks');
  });

  it('gives a month shared by several written arrangements one reminder naming each', () => {
    const [, postal] = signed.arrangements;
    const digital = {
      ...postal,
      id: 'a-digital',
      form: 'digital_exchange' as const,
      writtenExchange: { ...postal.writtenExchange!, dueMonths: [10, 12] },
    };
    // A meet-up keeps no written exchange rules that count, even if a file carries some.
    const meetUp = { ...signed.arrangements[0], writtenExchange: { ...postal.writtenExchange!, dueMonths: [1] } };
    const plan = { ...signed, arrangements: [meetUp, postal, digital] };
    expect(letterMonths(plan.arrangements)).toEqual([
      { month: 3, arrangements: [{ number: 2, form: 'postal_exchange' }] },
      {
        month: 10,
        arrangements: [
          { number: 2, form: 'postal_exchange' },
          { number: 3, form: 'digital_exchange' },
        ],
      },
      { month: 12, arrangements: [{ number: 3, form: 'digital_exchange' }] },
    ]);
    const october = events(calendar(plan)).find((e) => text(e, 'SUMMARY').endsWith('October'))!;
    expect(text(october, 'DESCRIPTION')).toContain(
      'under arrangement 2 (postal exchange), arrangement 3 (digital exchange).',
    );
  });

  it('holds only the letter months when there is no review date yet, and nothing when there is neither', () => {
    const noDate = withReview(signed, { nextDate: '' });
    expect(calendarContents(noDate).review).toBe(false);
    expect(events(calendar(noDate)).map((e) => text(e, 'SUMMARY'))).toEqual([
      'Staying-in-touch letters due in March',
      'Staying-in-touch letters due in October',
    ]);
    expect(() => planCalendar(en, { ...noDate, arrangements: [] }, { now: NOW })).toThrow();
  });

  it('is the same text for the same plan and moment', () => {
    expect(planCalendar(en, signed, { now: NOW })).toBe(planCalendar(en, signed, { now: NOW }));
    const later = planCalendar(en, signed, { now: new Date('2026-11-24T08:00:00Z') });
    expect(later.replaceAll('DTSTAMP:20261124T080000Z', 'DTSTAMP:20261123T100509Z')).toBe(
      planCalendar(en, signed, { now: NOW }),
    );
  });
});

describe('who the calendar names', () => {
  const plans: [string, Plan][] = [
    ['signed-multilingual.json', signed],
    ...validFixtureNames().map((n): [string, Plan] => [n, load(readFileSync(`tests/fixtures/plans/${n}`, 'utf8'))]),
    ...exampleNames().map((n): [string, Plan] => [n, load(JSON.stringify(examplePlan(n)))]),
  ];

  it.each(plans)('names nobody in %s: no child, relative, professional or convenor', (_, plan) => {
    const contents = calendarContents(plan);
    if (!contents.review && contents.letterMonths.length === 0) return;
    const file = planCalendar(en, plan, { now: NOW });
    const everything = [...words(parseIcs(file)), planCalendarFileName(plan)].join('\n');
    const names = [plan.child.name, plan.review.convenor, ...plan.people.map((p) => p.name)]
      .map((n) => n.trim())
      .filter((n) => n.length > 1);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(everything).not.toContain(name);
  });

  it('has checked at least one plan with a review and letter months', () => {
    expect(
      plans.filter(([, p]) => calendarContents(p).review && calendarContents(p).letterMonths.length > 0).length,
    ).toBeGreaterThan(1);
  });

  it("carries the child's initials in every title only when asked", () => {
    const titles = (cal: Component) => events(cal).map((e) => text(e, 'SUMMARY'));
    expect(titles(calendar(signed)).join()).not.toContain('E. Ŵ. Ŷ.');
    expect(titles(calendar(signed, { showInitials: true }))).toEqual([
      'Staying-in-touch plan review (E. Ŵ. Ŷ.)',
      'Staying-in-touch letters due in March (E. Ŵ. Ŷ.)',
      'Staying-in-touch letters due in October (E. Ŵ. Ŷ.)',
    ]);
    expect(childInitials('  Anna  Maria ', en.locale)).toBe('A. M.');
  });
});

describe('a practice plan’s calendar', () => {
  const cal = calendar(practice);

  it('says "Practice" in the calendar’s name, every title and every reminder', () => {
    expect(text(cal, 'NAME')).toBe('Practice: Staying-in-touch plan');
    expect(text(cal, 'X-WR-CALNAME')).toBe('Practice: Staying-in-touch plan');
    expect(events(cal)).toHaveLength(3);
    for (const e of events(cal)) {
      expect(text(e, 'SUMMARY')).toMatch(/^Practice: Staying-in-touch /);
      expect(text(alarm(e), 'DESCRIPTION')).toMatch(/^Practice: /);
    }
    expect(text(events(calendar(practice, { showInitials: true }))[0], 'SUMMARY')).toBe(
      'Practice: Staying-in-touch plan review (M.)',
    );
  });

  it('is downloaded under a name that says practice and what it holds, never whose plan it is', () => {
    expect(planCalendarFileName(practice)).toBe('practice-plan-review-and-letters-2027-01-15.ics');
    expect(planCalendarFileName(signed)).toBe('plan-review-and-letters-2027-05-14.ics');
    expect(planCalendarFileName({ ...signed, arrangements: [] })).toBe('plan-review-2027-05-14.ics');
    expect(planCalendarFileName(withReview(signed, { nextDate: '' }))).toBe('plan-letters.ics');
  });
});

describe('the file’s form', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'Łucja Świątek-Żak, '.repeat(12)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(long);
    // The plan's own descriptions are long enough to be folded, and read back whole.
    const file = planCalendar(en, signed, { now: NOW });
    expect(file).toMatch(/\r\n /);
    expect(text(events(parseIcs(file))[1], 'DESCRIPTION')).toContain('due this month under arrangement 2');
  });

  it('uses CRLF line endings throughout', () => {
    const file = planCalendar(en, practice, { now: NOW });
    expect(file.split('\r\n').length).toBe(file.split('\n').length);
  });

  it('refuses a missing or impossible review date with a plain message', () => {
    expect(en.t(calendarDateProblem('')!)).toBe(
      'Enter the date of the next review as a full date, for example 2027-03-15',
    );
    expect(en.t(calendarDateProblem('2027-02-30')!)).toBe('The date of the next review must be a real date');
    expect(calendarDateProblem('2027-05-14')).toBeUndefined();
    expect(calendarContents(withReview(signed, { nextDate: '2027-02-30' })).review).toBe(false);
  });

  it('ends an all-day event on the next day across month and year ends', () => {
    const file = planCalendar(en, withReview(signed, { nextDate: '2027-12-31' }), { now: NOW });
    expect(file).toContain('DTEND;VALUE=DATE:20280101');
  });

  it('reads a fixture plan without a review interval or letters', () => {
    const minimal = fixturePlan('minimal-draft.json');
    expect(calendarContents(minimal)).toEqual({ review: false, letterMonths: [] });
  });
});
