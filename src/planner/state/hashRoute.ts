/**
 * The builder's view lives in the URL hash, so back, forward, reload and bookmarks all work without
 * a server: `#/` is the plans list, `#/plan/<id>` a plan's task list, `#/plan/<id>/<section>` a
 * section, `#/plan/<id>/<section>/add|<itemId>[/remove]` one item of a list, `#/plan/<id>/check` the
 * summary. `add?start=<starter>` adds an item from one of the common ones (an arrangement's
 * starters); `add?another=<n>` is the fresh form "Save and add another" opens. `?from=check` returns to the summary after a change, and the summary's
 * `?section=<section>&item=<itemId>` names the answer it returns to, so the user lands back at its
 * Change link.
 */
import { SECTION_IDS, type SectionId } from '../schema/planSchema';

/** An answer on "Check your answers": a section, or one item of a section's list. */
export interface CheckRow {
  section: SectionId;
  item?: string;
}

export type Route =
  | { view: 'list' }
  | { view: 'tasks'; planId: string }
  | { view: 'check'; planId: string; row?: CheckRow }
  | {
      view: 'section';
      planId: string;
      section: SectionId;
      /** `add`, or the id of the item being changed. */
      item?: string;
      /** Confirming removal of `item`. */
      remove?: boolean;
      /** When adding: the common item the form starts from (the section knows which exist). */
      start?: string;
      /** When adding: a fresh form after "Save and add another" (each one's own address). */
      another?: string;
      fromCheck?: boolean;
    };

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
const isSection = (s: string): s is SectionId => (SECTION_IDS as readonly string[]).includes(s);

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== 'plan' || !parts[1] || !SEGMENT.test(parts[1])) return { view: 'list' };
  const planId = parts[1];
  if (parts.length === 2) return { view: 'tasks', planId };
  const params = new URLSearchParams(query);
  if (parts[2] === 'check' && parts.length === 3) {
    const section = params.get('section') ?? '';
    const item = params.get('item') ?? '';
    if (!isSection(section)) return { view: 'check', planId };
    return { view: 'check', planId, row: SEGMENT.test(item) ? { section, item } : { section } };
  }
  if (!isSection(parts[2])) return { view: 'tasks', planId };
  const fromCheck = params.get('from') === 'check';
  const route: Route = { view: 'section', planId, section: parts[2], ...(fromCheck ? { fromCheck } : {}) };
  if (parts[3] && SEGMENT.test(parts[3])) {
    route.item = parts[3];
    if (parts[4] === 'remove' && parts[3] !== 'add') route.remove = true;
    const start = params.get('start') ?? '';
    if (parts[3] === 'add' && SEGMENT.test(start)) route.start = start;
    const another = params.get('another') ?? '';
    if (parts[3] === 'add' && SEGMENT.test(another)) route.another = another;
  }
  return route;
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'list':
      return '#/';
    case 'tasks':
      return `#/plan/${route.planId}`;
    case 'check': {
      const hash = `#/plan/${route.planId}/check`;
      if (!route.row) return hash;
      const { section, item } = route.row;
      return item ? `${hash}?section=${section}&item=${item}` : `${hash}?section=${section}`;
    }
    case 'section': {
      let hash = `#/plan/${route.planId}/${route.section}`;
      if (route.item) hash += `/${route.item}${route.remove ? '/remove' : ''}`;
      const query = [
        ...(route.item === 'add' && route.start ? [`start=${route.start}`] : []),
        ...(route.item === 'add' && route.another ? [`another=${route.another}`] : []),
        ...(route.fromCheck ? ['from=check'] : []),
      ];
      return query.length ? `${hash}?${query.join('&')}` : hash;
    }
  }
}

/** Shorthands for links. */
export const planHash = (planId: string) => formatRoute({ view: 'tasks', planId });
export const checkHash = (planId: string, row?: CheckRow) =>
  formatRoute({ view: 'check', planId, ...(row ? { row } : {}) });

/**
 * Where "Check your answers" is, from a section or item page opened from it: back at the answer
 * that page changes (the item, or else the section), so the user does not start again at the top.
 */
export function checkReturnHash(route: Extract<Route, { view: 'section' }>): string {
  const { planId, section, item } = route;
  return checkHash(planId, item && item !== 'add' ? { section, item } : { section });
}
export const sectionHash = (planId: string, section: SectionId, item?: string, fromCheck?: boolean) =>
  formatRoute({ view: 'section', planId, section, ...(item ? { item } : {}), ...(fromCheck ? { fromCheck } : {}) });

/**
 * Where "Save and continue" goes from a section: the next section in the plan's order, so a plan
 * can be drafted from start to end without going back to the task list each time (the task list
 * after the last).
 */
export function nextSectionHash(planId: string, section: SectionId): string {
  const next = SECTION_IDS[SECTION_IDS.indexOf(section) + 1];
  return next ? sectionHash(planId, next) : planHash(planId);
}
