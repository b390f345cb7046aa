import { describe, expect, it } from 'vitest';
import { planAnswers } from '../../../src/planner/answers/planAnswers';
import { translator } from '../../../src/i18n/translator';
import { examplePlan, exampleNames } from './fixtures';
import { answerChangeHash } from '../../../src/planner/state/answerChange';
import {
  addAnotherHash,
  formatRoute,
  nextSectionHash,
  parseHash,
  planHash,
  printHash,
  returnHash,
  sectionHash,
  type Route,
} from '../../../src/planner/state/hashRoute';

describe('hash routes', () => {
  const cases: [string, Route][] = [
    ['#/', { view: 'list' }],
    ['#/plan/abc-123', { view: 'tasks', planId: 'abc-123' }],
    ['#/plan/abc/check', { view: 'check', planId: 'abc' }],
    ['#/plan/abc/check?section=child', { view: 'check', planId: 'abc', row: { section: 'child' } }],
    [
      '#/plan/abc/check?section=people&item=p-1',
      { view: 'check', planId: 'abc', row: { section: 'people', item: 'p-1' } },
    ],
    ['#/plan/abc/people', { view: 'section', planId: 'abc', section: 'people' }],
    ['#/plan/abc/people/add', { view: 'section', planId: 'abc', section: 'people', item: 'add' }],
    ['#/plan/abc/people/p-1/remove', { view: 'section', planId: 'abc', section: 'people', item: 'p-1', remove: true }],
    ['#/plan/abc/child?from=check', { view: 'section', planId: 'abc', section: 'child', from: 'check' }],
    [
      '#/plan/abc/arrangements/add?start=letterbox&from=check',
      { view: 'section', planId: 'abc', section: 'arrangements', item: 'add', start: 'letterbox', from: 'check' },
    ],
    [
      '#/plan/abc/people/add?another=2',
      { view: 'section', planId: 'abc', section: 'people', item: 'add', another: '2' },
    ],
    [
      '#/plan/abc/check?section=arrangements&item=a-1&answer=arrangements.a-1.frequency',
      {
        view: 'check',
        planId: 'abc',
        row: { section: 'arrangements', item: 'a-1', answer: 'arrangements.a-1.frequency' },
      },
    ],
    [
      '#/plan/abc/arrangements/a-1?from=check&answer=arrangements.a-1.frequency&field=frequency.count',
      {
        view: 'section',
        planId: 'abc',
        section: 'arrangements',
        item: 'a-1',
        from: 'check',
        answer: 'arrangements.a-1.frequency',
        field: 'frequency.count',
      },
    ],
    ['#/plan/abc/copy/people', { view: 'copy', planId: 'abc', section: 'people' }],
    ['#/plan/abc/copy/arrangements/other-1', { view: 'copy', planId: 'abc', section: 'arrangements', from: 'other-1' }],
  ];

  it.each(cases)('%s round-trips', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('starts only an added item from a common one, and only from a plain name', () => {
    expect(parseHash('#/plan/abc/arrangements/a-1?start=letterbox')).not.toHaveProperty('start');
    expect(parseHash('#/plan/abc/arrangements/add?start=%3Cscript%3E')).not.toHaveProperty('start');
  });

  it('opens a fresh form for the next item, each at its own address', () => {
    const first = parseHash('#/plan/abc/people/add') as Extract<Route, { view: 'section' }>;
    expect(addAnotherHash(first)).toBe('#/plan/abc/people/add?another=1');
    const second = parseHash(addAnotherHash(first)) as Extract<Route, { view: 'section' }>;
    expect(addAnotherHash(second)).toBe('#/plan/abc/people/add?another=2');
    const fromCheck = parseHash('#/plan/abc/signoff/add?from=check') as Extract<Route, { view: 'section' }>;
    expect(addAnotherHash(fromCheck)).toBe('#/plan/abc/signoff/add?another=1&from=check');
  });

  it('falls back safely on anything unexpected', () => {
    expect(parseHash('')).toEqual({ view: 'list' });
    expect(parseHash('#main')).toEqual({ view: 'list' });
    expect(parseHash('#/plan/<script>')).toEqual({ view: 'list' });
    expect(parseHash('#/plan/abc/nonsense')).toEqual({ view: 'tasks', planId: 'abc' });
    // The child's section and sign-off are not copied from another plan.
    expect(parseHash('#/plan/abc/copy/child')).toEqual({ view: 'tasks', planId: 'abc' });
    expect(parseHash('#/plan/abc/copy/signoff/x')).toEqual({ view: 'tasks', planId: 'abc' });
    expect(parseHash('#/plan/abc/copy/people/<b>')).toEqual({ view: 'copy', planId: 'abc', section: 'people' });
    expect(parseHash('#/plan/abc/child?from=check&field=<b>&answer=a..b')).toEqual({
      view: 'section',
      planId: 'abc',
      section: 'child',
      from: 'check',
    });
    expect(parseHash('#/plan/abc/people/add/remove')).toEqual({
      view: 'section',
      planId: 'abc',
      section: 'people',
      item: 'add',
    });
  });

  it('ignores a row on check your answers that names no section or no proper item', () => {
    expect(parseHash('#/plan/abc/check?section=nonsense&item=p1')).toEqual({ view: 'check', planId: 'abc' });
    expect(parseHash('#/plan/abc/check?section=people&item=<b>')).toEqual({
      view: 'check',
      planId: 'abc',
      row: { section: 'people' },
    });
  });

  it('returns from a page opened from check your answers to the answer it changes', () => {
    const from = (hash: string) => {
      const route = parseHash(hash);
      if (route.view !== 'section' || !route.from) throw new Error(`not opened from a view: ${hash}`);
      return returnHash(route, route.from);
    };
    expect(from('#/plan/abc/child?from=check')).toBe('#/plan/abc/check?section=child');
    expect(from('#/plan/abc/people/p-1?from=check')).toBe('#/plan/abc/check?section=people&item=p-1');
    // A new item has no Change link yet: back at its section's.
    expect(from('#/plan/abc/people/add?from=check')).toBe('#/plan/abc/check?section=people');
    // A row's own Change link: back at that row.
    expect(from('#/plan/abc/people/p-1?from=check&answer=people.p-1.name&field=name')).toBe(
      '#/plan/abc/check?section=people&item=p-1&answer=people.p-1.name',
    );
    expect(from('#/plan/abc/child?from=check&answer=child.name&field=name')).toBe(
      '#/plan/abc/check?section=child&answer=child.name',
    );
  });
  it('returns from a finding\'s "Reword this answer" to the copies, at that answer', () => {
    const route = parseHash('#/plan/abc/arrangements/a-1?from=copies&answer=arrangements.a-1.notes&field=notes');
    expect(route).toEqual({
      view: 'section',
      planId: 'abc',
      section: 'arrangements',
      item: 'a-1',
      from: 'copies',
      answer: 'arrangements.a-1.notes',
      field: 'notes',
    });
    if (route.view !== 'section') throw new Error('not a section');
    expect(returnHash(route, 'copies')).toBe('#/plan/abc/copies?answer=arrangements.a-1.notes');
    expect(parseHash(returnHash(route, 'copies'))).toEqual({
      view: 'copies',
      planId: 'abc',
      answer: 'arrangements.a-1.notes',
    });
    // Only the two views a page returns to; anything else opens the page on its own.
    expect(parseHash('#/plan/abc/child?from=elsewhere&answer=child.name')).toEqual({
      view: 'section',
      planId: 'abc',
      section: 'child',
    });
    expect(parseHash('#/plan/abc/copies?answer=<b>')).toEqual({ view: 'copies', planId: 'abc' });
  });
});

describe('printing an edition', () => {
  it("reads and writes each edition's address, with whom it is for and the age band", () => {
    const cases: [string, Route][] = [
      ['#/plan/abc/copies/print/record', { view: 'print', planId: 'abc', edition: 'record' }],
      [
        '#/plan/abc/copies/print/record?name=initials',
        { view: 'print', planId: 'abc', edition: 'record', name: 'initials' },
      ],
      ['#/plan/abc/copies/print/adoptive-family', { view: 'print', planId: 'abc', edition: 'adoptive-family' }],
      [
        '#/plan/abc/copies/print/birth-relative?for=p-2',
        { view: 'print', planId: 'abc', edition: 'birth-relative', forId: 'p-2' },
      ],
      ['#/plan/abc/copies/print/child?band=8to12', { view: 'print', planId: 'abc', edition: 'child', band: '8to12' }],
      [
        '#/plan/abc/copies/print/easy-read?for=p-2',
        { view: 'print', planId: 'abc', edition: 'easy-read', forId: 'p-2' },
      ],
    ];
    for (const [hash, route] of cases) {
      expect(parseHash(hash), hash).toEqual(route);
      expect(formatRoute(route)).toBe(hash);
    }
    expect(printHash('abc', 'easy-read', { forId: 'p-2' })).toBe('#/plan/abc/copies/print/easy-read?for=p-2');
    expect(printHash('abc', 'child', { band: 'teen' })).toBe('#/plan/abc/copies/print/child?band=teen');
  });

  it('opens the copies for an edition it does not know, and ignores a person or band that is no plain name', () => {
    expect(parseHash('#/plan/abc/copies/print/everything')).toEqual({ view: 'copies', planId: 'abc' });
    expect(parseHash('#/plan/abc/copies/print/easy-read?for=<b>&band=a b')).toEqual({
      view: 'print',
      planId: 'abc',
      edition: 'easy-read',
    });
  });
});

describe('"Save and continue"', () => {
  it('goes to the next section in the plan’s order, and to the task list after the last', () => {
    expect(nextSectionHash('p1', 'child')).toBe(sectionHash('p1', 'purposes'));
    expect(nextSectionHash('p1', 'support')).toBe(sectionHash('p1', 'voices'));
    expect(nextSectionHash('p1', 'review')).toBe(sectionHash('p1', 'signoff'));
    expect(nextSectionHash('p1', 'signoff')).toBe(planHash('p1'));
  });
});

describe('a row’s own Change link on check your answers', () => {
  const hash = (section: Parameters<typeof answerChangeHash>[1], key: string, field: string, index?: number) =>
    answerChangeHash('p1', section, { key, fields: [field] }, index === undefined ? undefined : { id: 'i-1', index });

  it('opens an item’s page at the question, from the row’s path in the item', () => {
    expect(hash('arrangements', 'arrangements.i-1.frequency', 'arrangements.*.frequency.count', 0)).toBe(
      '#/plan/p1/arrangements/i-1?from=check&answer=arrangements.i-1.frequency&field=frequency.count',
    );
    expect(hash('voices', 'voices.i-1.summary', 'voices.others.*.summary', 2)).toBe(
      '#/plan/p1/voices/i-1?from=check&answer=voices.i-1.summary&field=summary',
    );
  });

  it('opens a section’s page at the question, naming a row of a list in its form by its place', () => {
    expect(hash('child', 'child.name', 'child.name')).toBe('#/plan/p1/child?from=check&answer=child.name&field=name');
    expect(hash('child', 'jurisdiction', 'jurisdiction')).toBe(
      '#/plan/p1/child?from=check&answer=jurisdiction&field=jurisdiction',
    );
    expect(hash('voices', 'voices.child.wishes', 'voices.child.wishes')).toBe(
      '#/plan/p1/voices?from=check&answer=voices.child.wishes&field=child.wishes',
    );
    expect(hash('review', 'tasks.i-1.owner', 'review.tasks.*.owner', 3)).toBe(
      '#/plan/p1/review?from=check&answer=tasks.i-1.owner&field=tasks.3.owner',
    );
  });

  it('links every answer of the worked examples that a form asks, and only those', () => {
    const i18n = translator('en');
    for (const name of exampleNames()) {
      const plan = examplePlan(name);
      const unlinked = planAnswers(plan, i18n)
        .filter((answers) => answers.section !== 'signoff')
        .flatMap((answers) =>
          answers.parts.flatMap((part) =>
            part.kind === 'rows'
              ? part.rows.filter((row) => !answerChangeHash(plan.id, answers.section, row))
              : part.items.flatMap((item, index) =>
                  item.rows.filter((row) => !answerChangeHash(plan.id, answers.section, row, { id: item.id, index })),
                ),
          ),
        )
        .map((row) => row.fields[0]);
      // The plan's name is changed in the plans list; earlier reviews are a record, not asked.
      expect(
        unlinked.filter((field) => field !== 'title' && !field.startsWith('review.history.')),
        name,
      ).toEqual([]);
    }
  });

  it('gives no link to what no form asks', () => {
    expect(hash('child', 'title', 'title')).toBeUndefined();
    expect(hash('review', 'history.0.date', 'review.history.*.date', 0)).toBeUndefined();
    expect(hash('signoff', 'status', 'status')).toBeUndefined();
    // An item's row without its item cannot say which item.
    expect(hash('people', 'people.x.name', 'people.*.name')).toBeUndefined();
  });

  it('round-trips through the route, and returns to the row', () => {
    const href = hash('arrangements', 'arrangements.i-1.frequency', 'arrangements.*.frequency.count', 0)!;
    const route = parseHash(href);
    expect(formatRoute(route)).toBe(href);
    if (route.view !== 'section') throw new Error('not a section');
    expect(returnHash(route, 'check')).toBe(
      '#/plan/p1/check?section=arrangements&item=i-1&answer=arrangements.i-1.frequency',
    );
  });
});
