import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PRODID,
  childInitials,
  escapeIcsText,
  foldIcsLine,
  reviewCalendar,
  reviewCalendarFileName,
  reviewCalendarForPlan,
  reviewDateProblem,
} from '../../../src/planner/signoff/reviewCalendar';
import { translator } from '../../../src/i18n/translator';

const en = translator('en');

const NOW = new Date('2026-11-23T10:05:09Z');
const plan = JSON.parse(readFileSync('tests/unit/pdf/fixtures/signed-multilingual.json', 'utf8'));

interface Component {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: Component[];
}

/** A small RFC 5545 reader: checks line endings and folding, unfolds, and builds the component tree. */
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
  return root.children[0];
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

describe('the review calendar file', () => {
  const text = reviewCalendarForPlan(en, plan, { now: NOW });
  const cal = parseIcs(text);
  const event = cal.children.find((c) => c.name === 'VEVENT')!;

  it('is a VCALENDAR 2.0 with our PRODID and one event', () => {
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toBe(PRODID);
    expect(cal.children.filter((c) => c.name === 'VEVENT')).toHaveLength(1);
  });

  it('has an all-day event on the review date, with a stable UID and a UTC DTSTAMP', () => {
    expect(prop(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270514' });
    expect(prop(event, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20270515' });
    expect(prop(event, 'DTSTAMP')?.value).toBe('20261123T100509Z');
    expect(prop(event, 'UID')?.value).toBe('fixture-signed-multilingual-v1-review-20270514@staying-in-touch');
    expect(reviewCalendarForPlan(en, plan, { now: new Date() })).toContain(
      'UID:fixture-signed-multilingual-v1-review-20270514',
    );
  });

  it('reminds 14 days before with a display alarm', () => {
    const alarm = event.children.find((c) => c.name === 'VALARM')!;
    expect(prop(alarm, 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')?.value).toBe('-P14D');
    expect(prop(alarm, 'DESCRIPTION')?.value).toBe('Staying-in-touch plan review in two weeks');
  });

  it("never carries the child's name; initials only when asked", () => {
    expect(text).not.toContain('Eluned');
    expect(text).not.toContain('Ŵyn');
    expect(prop(event, 'SUMMARY')?.value).toBe('Staying-in-touch plan review');
    const withInitials = parseIcs(reviewCalendarForPlan(en, plan, { now: NOW, showInitials: true }));
    expect(prop(withInitials.children[0], 'SUMMARY')?.value).toBe('Staying-in-touch plan review (E. Ŵ. Ŷ.)');
    expect(childInitials('  Anna  Maria ', en.locale)).toBe('A. M.');
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const description = unescape(prop(event, 'DESCRIPTION')!.value);
    expect(description).toBe(
      [
        `Review of the staying-in-touch plan ${plan.id}, version 1.`,
        'Convened by Adoption support social worker.',
        'Open the plan in Staying in touch to prepare: check each arrangement, the support in place and what the child has said.',
      ].join('\n'),
    );
    const long = `DESCRIPTION:${'Łucja Świątek-Żak, '.repeat(12)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(long);
  });

  it('uses CRLF line endings throughout', () => {
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
  });

  it('refuses a missing or impossible date with a plain message', () => {
    expect(en.t(reviewDateProblem('')!)).toBe(
      'Enter the date of the next review as a full date, for example 2027-03-15',
    );
    expect(en.t(reviewDateProblem('2027-02-30')!)).toBe('The date of the next review must be a real date');
    expect(reviewDateProblem('2027-05-14')).toBeUndefined();
    expect(() => reviewCalendar(en, { planId: 'x', version: 1, nextReviewDate: '', now: NOW })).toThrow();
    expect(() => reviewCalendar(en, { planId: 'x', version: 1, nextReviewDate: '2027-02-30', now: NOW })).toThrow();
    expect(reviewCalendarFileName('2027-05-14')).toBe('plan-review-2027-05-14.ics');
  });

  it('ends the event on the next day across month and year ends', () => {
    const ics = reviewCalendar(en, { planId: 'x', version: 1, nextReviewDate: '2027-12-31', now: NOW });
    expect(ics).toContain('DTEND;VALUE=DATE:20280101');
  });
});
