import { describe, expect, it } from 'vitest';
import {
  checkReturnHash,
  formatRoute,
  nextSectionHash,
  parseHash,
  planHash,
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
    ['#/plan/abc/child?from=check', { view: 'section', planId: 'abc', section: 'child', fromCheck: true }],
    [
      '#/plan/abc/arrangements/add?start=letterbox&from=check',
      { view: 'section', planId: 'abc', section: 'arrangements', item: 'add', start: 'letterbox', fromCheck: true },
    ],
  ];

  it.each(cases)('%s round-trips', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('starts only an added item from a common one, and only from a plain name', () => {
    expect(parseHash('#/plan/abc/arrangements/a-1?start=letterbox')).not.toHaveProperty('start');
    expect(parseHash('#/plan/abc/arrangements/add?start=%3Cscript%3E')).not.toHaveProperty('start');
  });

  it('falls back safely on anything unexpected', () => {
    expect(parseHash('')).toEqual({ view: 'list' });
    expect(parseHash('#main')).toEqual({ view: 'list' });
    expect(parseHash('#/plan/<script>')).toEqual({ view: 'list' });
    expect(parseHash('#/plan/abc/nonsense')).toEqual({ view: 'tasks', planId: 'abc' });
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
      if (route.view !== 'section') throw new Error(`not a section: ${hash}`);
      return checkReturnHash(route);
    };
    expect(from('#/plan/abc/child?from=check')).toBe('#/plan/abc/check?section=child');
    expect(from('#/plan/abc/people/p-1?from=check')).toBe('#/plan/abc/check?section=people&item=p-1');
    // A new item has no Change link yet: back at its section's.
    expect(from('#/plan/abc/people/add?from=check')).toBe('#/plan/abc/check?section=people');
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
