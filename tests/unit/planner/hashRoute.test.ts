import { describe, expect, it } from 'vitest';
import { formatRoute, parseHash, type Route } from '../../../src/planner/state/hashRoute';

describe('hash routes', () => {
  const cases: [string, Route][] = [
    ['#/', { view: 'list' }],
    ['#/plan/abc-123', { view: 'tasks', planId: 'abc-123' }],
    ['#/plan/abc/check', { view: 'check', planId: 'abc' }],
    ['#/plan/abc/people', { view: 'section', planId: 'abc', section: 'people' }],
    ['#/plan/abc/people/add', { view: 'section', planId: 'abc', section: 'people', item: 'add' }],
    ['#/plan/abc/people/p-1/remove', { view: 'section', planId: 'abc', section: 'people', item: 'p-1', remove: true }],
    ['#/plan/abc/child?from=check', { view: 'section', planId: 'abc', section: 'child', fromCheck: true }],
  ];

  it.each(cases)('%s round-trips', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
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
});
