/**
 * The exchange log (issue 15): each written exchange as it happened, kept by the agency. Its format
 * (format 2, optional), its one reading (the review section of the agency record, never a family's
 * copy), what a signed plan lets change, the fingerprint, and the calendar, which names nobody.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { sectionAnswers, type AnswerPart } from '../../../src/planner/answers/planAnswers';
import { planBlocks } from '../../../src/planner/pdf/planDocument';
import { inEarliestFormat } from '../../../src/planner/schema/migrations';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { exchangeSchema, planSchema, type Exchange, type Plan } from '../../../src/planner/schema/planSchema';
import { fingerprintPlan } from '../../../src/planner/signoff/fingerprintPlan';
import { guardPlanUpdate } from '../../../src/planner/signoff/planLifecycle';
import { planCalendar } from '../../../src/planner/signoff/planCalendar';
import { signOffReadiness } from '../../../src/planner/signoff/signOffRules';
import {
  exchangeTally,
  exchangesOf,
  removeExchange,
  saveExchange,
  suggestedDueMonth,
  writtenArrangements,
  writtenFormOf,
} from '../../../src/planner/state/exchangeLog';
import { exchangesHash, formatRoute, parseHash } from '../../../src/planner/state/hashRoute';

const en = translator('en');
const cy = translator('cy');

function load(path: string): Plan {
  const r = parsePlanFile(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.message));
  return r.plan;
}

/** Practice; Sarah (birth mother) writes by post (arrangement 2, a-mother) in March and October. */
const family = load('tests/fixtures/plans/family-copies.json');
/** Signed in format 1; Łucja Świątek-Żak writes by post (arrangement 2) in March and October. */
const signed = load('tests/unit/pdf/fixtures/signed-multilingual.json');

const entry = (id: string, due: string, steps: Partial<Exchange> = {}): Exchange => ({
  id,
  arrangementId: 'a-mother',
  due,
  received: '',
  checked: '',
  passedOn: '',
  replyReceived: '',
  notes: '',
  ...steps,
});
/** Received, checked and passed on in the month `due` (YYYY-MM). */
const done = (due: string) => ({ received: `${due}-04`, checked: `${due}-05`, passedOn: `${due}-09` });
const LOG: Exchange[] = [
  entry('x1', '2025-03', { ...done('2025-03'), replyReceived: '2025-04-20' }),
  entry('x2', '2025-10', { ...done('2025-10'), replyReceived: '2025-11-02', notes: 'Sarah wrote about Nana Merle.' }),
  entry('x4', '2026-10', { notes: 'Reminder sent to Sarah.' }),
  entry('x3', '2026-03', done('2026-03')),
];
const logged = { ...family, exchangeLog: LOG };

const partText = (parts: AnswerPart[]) => JSON.stringify(parts);

describe('the exchange log’s format', () => {
  it('is optional in format 2, and a plan with one needs format 2', () => {
    expect(planSchema.safeParse(family).success).toBe(true);
    expect(planSchema.safeParse(logged).success).toBe(true);
    expect(inEarliestFormat({ ...signed, schemaVersion: 2, exchangeLog: [] }).schemaVersion).toBe(2);
  });

  it.each([
    ['a month that is not real', { due: '2026-13' }, 'plan.error.exchange.due.invalid'],
    ['a day, not a month', { due: '2026-03-01' }, 'plan.error.exchange.due.invalid'],
    ['a date that is not real', { received: '2026-02-30' }, 'plan.error.exchange.received.invalid'],
    [
      'checked before it came',
      { received: '2026-03-05', checked: '2026-03-04' },
      'plan.error.exchange.checked.beforeReceived',
    ],
    ['checked, never received', { checked: '2026-03-04' }, 'plan.error.exchange.checked.beforeReceived'],
    [
      'passed on unchecked',
      { received: '2026-03-04', passedOn: '2026-03-05' },
      'plan.error.exchange.passedOn.beforeChecked',
    ],
    ['notes past the limit', { notes: 'x'.repeat(5001) }, 'plan.error.exchange.notes.tooLong'],
  ])('refuses %s', (_, change, message) => {
    const result = exchangeSchema.safeParse(entry('x1', '2026-03', change));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('takes steps on the same day, and a reply whenever it comes', () => {
    const sameDay = { received: '2026-03-04', checked: '2026-03-04', passedOn: '2026-03-04' };
    expect(exchangeSchema.safeParse(entry('x1', '2026-03', sameDay)).success).toBe(true);
    expect(exchangeSchema.safeParse(entry('x1', '2026-03', { replyReceived: '2026-02-01' })).success).toBe(true);
  });
});

describe('the arrangements with a log', () => {
  it('are those that write, as their main form or alongside a visit', () => {
    expect(writtenArrangements(family).map((a) => a.id)).toEqual(['a-mother']);
    expect(writtenFormOf({ form: 'meet_up', alsoForms: ['news_via_agency'] })).toBe('news_via_agency');
    expect(writtenFormOf({ form: 'phone_video' })).toBeUndefined();
  });

  it('suggest the next due month after the latest logged, else the one most recently reached', () => {
    const mother = family.arrangements.find((a) => a.id === 'a-mother')!;
    expect(suggestedDueMonth(mother, exchangesOf(logged, 'a-mother'), '2026-12-03')).toBe('2027-03');
    expect(suggestedDueMonth(mother, [], '2026-12-03')).toBe('2026-10');
    expect(suggestedDueMonth(mother, [], '2026-03-01')).toBe('2026-03');
    expect(suggestedDueMonth({}, [], '2026-12-03')).toBe('2026-12');
  });

  it('count what was due and each step, oldest exchange first', () => {
    const exchanges = exchangesOf(logged, 'a-mother');
    expect(exchanges.map((e) => e.id)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(exchangeTally(exchanges)).toEqual({ due: 4, received: 3, checked: 3, passedOn: 3, replyReceived: 2 });
  });

  it('are added to, changed and removed one entry at a time', () => {
    const added = saveExchange(family, entry('x9', '2027-03'));
    expect(added.exchangeLog).toEqual([entry('x9', '2027-03')]);
    const changed = saveExchange(added, entry('x9', '2027-03', { received: '2027-03-02' }));
    expect(changed.exchangeLog?.map((e) => e.received)).toEqual(['2027-03-02']);
    expect(removeExchange(changed, 'x9').exchangeLog).toEqual([]);
  });

  it('has its own address for the log, adding to it, and changing or removing an entry', () => {
    for (const hash of [
      exchangesHash('p1'),
      exchangesHash('p1', 'a-mother'),
      exchangesHash('p1', 'a-mother', 'x1'),
      exchangesHash('p1', 'a-mother', 'x1', true),
    ])
      expect(formatRoute(parseHash(hash))).toBe(hash);
    expect(parseHash('#/plan/p1/exchanges/a-mother/x1/remove')).toEqual({
      view: 'exchanges',
      planId: 'p1',
      arrangementId: 'a-mother',
      entry: 'x1',
      remove: true,
    });
    expect(parseHash('#/plan/p1/exchanges/a-mother/add/remove')).not.toHaveProperty('remove');
  });
});

describe('the exchange log’s reading', () => {
  const review = sectionAnswers(logged, 'review', en);

  it('shows in the review section: the count, then each exchange', () => {
    const text = partText(review.parts);
    expect(text).toContain('"heading":"Exchange log"');
    expect(text).toContain(
      '"label":"Arrangement 2: Sarah (birth mother)","value":"4 due: 3 received, 3 checked, 3 passed on, 2 replies"',
    );
    const items = review.parts.filter((p) => p.kind === 'items' && p.list === 'exchangeLog');
    expect(items).toHaveLength(1);
    const [first] = items[0].kind === 'items' ? items[0].items : [];
    expect(first.heading).toBe('Due March 2025');
    expect(first.rows.map((r) => [r.label, r.value])).toEqual([
      ['Month due', 'March 2025'],
      ['Received by the agency', '4 March 2025'],
      ['Checked for identifying details', '5 March 2025'],
      ['Passed on', '9 March 2025'],
      ['Reply received', '20 April 2025'],
      ['Notes', ''],
    ]);
    expect(text).toContain('"label":"Passed on","value":"Not yet"');
  });

  it('is in Welsh on a Welsh page', () => {
    const text = partText(sectionAnswers(logged, 'review', cy).parts);
    expect(text).toContain('4 yn ddyledus: 3 wedi dod i law');
    expect(text).toContain('"heading":"Cofnod cyfnewid"');
  });

  it('is not there for a plan that has logged nothing, so older plans read as they did', () => {
    expect(partText(sectionAnswers(family, 'review', en).parts)).not.toContain('Exchange log');
  });

  it('is in the agency record PDF and in neither family’s copy', () => {
    const blocks = (copy?: { reader: 'birth' | 'adoptive'; forId?: string }) =>
      JSON.stringify(
        planBlocks(logged, {
          i18n: en,
          nameStyle: 'full',
          fingerprint: '0'.repeat(64),
          readiness: signOffReadiness(logged, '2026-12-03'),
          ...(copy ? { copy } : {}),
        }),
      );
    const record = blocks();
    expect(record).toContain('Exchange log');
    expect(record).toContain('Reminder sent to Sarah.');
    for (const copy of [{ reader: 'adoptive' as const }, { reader: 'birth' as const, forId: 'p-mother' }]) {
      const text = blocks(copy);
      expect(text).toContain('Who does what'); // the review section is in the copy
      expect(text).not.toContain('Exchange log');
      expect(text).not.toContain('Reminder sent');
      expect(text).not.toContain('Due March 2025');
    }
  });
});

describe('a signed plan’s exchange log', () => {
  const log = [{ ...entry('x1', '2026-03', done('2026-03')), notes: 'Łucja’s letter came early.' }];
  const before = { ...signed, schemaVersion: 2 as const };

  it('can be written after sign-off, while every other answer stays as signed', () => {
    const withLog = { ...before, exchangeLog: log };
    expect(guardPlanUpdate(before, withLog)).toBe(withLog);
    const changedAnswer = { ...withLog, review: { ...before.review, convenor: 'Someone else' } };
    expect(guardPlanUpdate(before, changedAnswer)).toBe(before);
  });

  it('leaves the fingerprint recorded at sign-off as it was', async () => {
    const recorded = await fingerprintPlan(signed);
    expect(await fingerprintPlan({ ...before, exchangeLog: log })).toBe(recorded);
    expect(await fingerprintPlan({ ...before, child: { ...before.child, name: 'Another' } })).not.toBe(recorded);
  });
});

describe('the calendar with a log', () => {
  const now = new Date('2026-11-23T10:05:09Z');
  const names = (plan: Plan) => [plan.child.name, ...plan.people.map((p) => p.name), 'Sarah', 'Nana', 'birth mother'];

  it('carries the due months and names nobody, not even from the log’s notes', () => {
    const file = planCalendar(en, { ...logged, practice: false }, { now });
    expect(file).toContain('SUMMARY:Staying-in-touch letters due in March');
    expect(file).toContain('SUMMARY:Staying-in-touch letters due in October');
    for (const name of names(logged)) expect(file).not.toContain(name);
    expect(file).not.toContain('Reminder sent');
  });

  it('carries the months of cards that go with a visit, and stays marked practice', () => {
    const cards = {
      ...logged,
      arrangements: logged.arrangements.map((a) =>
        a.id === 'a-leon'
          ? {
              ...a,
              alsoForms: ['postal_exchange' as const],
              writtenExchange: { route: '', dueMonths: [12], signOffAs: '', avoid: '' },
            }
          : a,
      ),
    };
    const file = planCalendar(en, cards, { now });
    expect(file).toContain('SUMMARY:Practice: Staying-in-touch letters due in December');
    expect(file).toContain('NAME:Practice: Staying-in-touch plan');
    for (const name of names(cards)) expect(file).not.toContain(name);
  });
});
