/**
 * The builder's view lives in the URL hash, so back, forward, reload and bookmarks all work without
 * a server: `#/` is the plans list, `#/plan/<id>` a plan's task list, `#/plan/<id>/<section>` a
 * section, `#/plan/<id>/<section>/add|<itemId>[/remove]` one item of a list, `#/plan/<id>/check` the
 * summary, `#/plan/<id>/copy/<section>[/<otherPlanId>]` copying a section (or the people register)
 * from another plan, `#/plan/<id>/copies[/private]` the families' copies and what they leave out,
 * `#/plan/<id>/copies/print/<edition>[?for=<personId>][&band=<ageBand>][&name=<style>]` one edition to print,
 * `#/plan/<id>/exchanges[/<arrangementId>/add|<entryId>[/remove]]` the exchange log and one entry of it.
 * `add?start=<starter>` adds an item from one of the common ones (an arrangement's
 * starters); `add?another=<n>` is the fresh form "Save and add another" opens. `?from=check` returns
 * to the summary after a change, and the summary's `?section=<section>&item=<itemId>&answer=<rowKey>`
 * names the answer it returns to, so the user lands back at its Change link; `&field=<path>` names
 * the question a row's Change link opens at. `?from=copies` returns to the families' copies instead,
 * whose `?answer=<rowKey>` lands on that answer's finding.
 */
import { SECTION_IDS, type SectionId } from '../schema/planVocabulary';

/**
 * What can be copied from another plan on this device (a copy route exists for): the people
 * register, or a section. Not the child's section (it is about another child) nor sign-off (it
 * belongs to the plan signed). The copying itself is in copyFromPlan.ts, loaded with its view.
 */
export const COPYABLE_SECTIONS = [
  'purposes',
  'people',
  'factors',
  'arrangements',
  'support',
  'voices',
  'change',
  'review',
] as const satisfies readonly SectionId[];
export type CopyableSection = (typeof COPYABLE_SECTIONS)[number];

export const isCopyable = (section: string): section is CopyableSection =>
  (COPYABLE_SECTIONS as readonly string[]).includes(section);

/**
 * The editions of a plan, by the names the command line's `--edition` takes: the agency record,
 * the adoptive family's copy, a birth relative's copy, the child's plan and easy read.
 */
export const EDITIONS = ['record', 'adoptive-family', 'birth-relative', 'child', 'easy-read'] as const;
export type Edition = (typeof EDITIONS)[number];
const isEdition = (s: string): s is Edition => (EDITIONS as readonly string[]).includes(s);

/** Where a section's page returns after a change opened elsewhere: "Check your answers" or the copies. */
const RETURNS = ['check', 'copies'] as const;
export type ReturnTo = (typeof RETURNS)[number];
const isReturn = (s: string): s is ReturnTo => (RETURNS as readonly string[]).includes(s);

/** An answer on "Check your answers": a section, one item of a section's list, or one row of either. */
export interface CheckRow {
  section: SectionId;
  item?: string;
  /** The row's key in the plan's answers (`arrangements.<id>.frequency`). */
  answer?: string;
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
      /** The view that opened this page, returned to after a change. */
      from?: ReturnTo;
      /** The question to land on: its path in the section's value, or in the item (`frequency.count`). */
      field?: string;
      /** The row (on "Check your answers", or a finding's on the copies) whose link opened this page. */
      answer?: string;
    }
  | {
      view: 'copy';
      planId: string;
      section: CopyableSection;
      /** The plan to copy from, once chosen. */
      from?: string;
    }
  /**
   * Copies for each family: what they leave out, and what was found in them (`private`: the form);
   * `answer`, the row whose finding was reworded, to land back on.
   */
  | { view: 'copies'; planId: string; part?: 'private'; answer?: string }
  /**
   * One edition of the plan to print: `forId` the birth relative a copy or easy read is for, `band`
   * the child's plan's age band, `name` how the agency record shows the child's name (plain names;
   * the page knows which bands and styles exist).
   */
  | { view: 'print'; planId: string; edition: Edition; forId?: string; band?: string; name?: string }
  /** The exchange log of the plan's written arrangements; with `entry`, adding (`add`) or changing one. */
  | { view: 'exchanges'; planId: string; arrangementId?: string; entry?: string; remove?: boolean };

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
/** A row key or a field path: segments joined by dots. */
const PATH = /^[A-Za-z0-9_-]{1,64}(\.[A-Za-z0-9_-]{1,64}){0,5}$/;
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
    const answer = params.get('answer') ?? '';
    if (!isSection(section)) return { view: 'check', planId };
    return {
      view: 'check',
      planId,
      row: { section, ...(SEGMENT.test(item) ? { item } : {}), ...(PATH.test(answer) ? { answer } : {}) },
    };
  }
  if (parts[2] === 'copies') {
    if (parts[3] === 'print' && parts[4] && isEdition(parts[4])) {
      const forId = params.get('for') ?? '';
      const band = params.get('band') ?? '';
      const name = params.get('name') ?? '';
      return {
        view: 'print',
        planId,
        edition: parts[4],
        ...(SEGMENT.test(forId) ? { forId } : {}),
        ...(SEGMENT.test(band) ? { band } : {}),
        ...(SEGMENT.test(name) ? { name } : {}),
      };
    }
    if (parts[3] === 'private') return { view: 'copies', planId, part: 'private' };
    const answer = params.get('answer') ?? '';
    return { view: 'copies', planId, ...(PATH.test(answer) ? { answer } : {}) };
  }
  if (parts[2] === 'exchanges') {
    const [arrangementId, entry] = parts.slice(3);
    if (!arrangementId || !entry || !SEGMENT.test(arrangementId) || !SEGMENT.test(entry))
      return { view: 'exchanges', planId };
    const remove = parts[5] === 'remove' && entry !== 'add';
    return { view: 'exchanges', planId, arrangementId, entry, ...(remove ? { remove } : {}) };
  }
  if (parts[2] === 'copy') {
    if (!parts[3] || !isCopyable(parts[3])) return { view: 'tasks', planId };
    const from = parts[4] && SEGMENT.test(parts[4]) ? { from: parts[4] } : {};
    return { view: 'copy', planId, section: parts[3], ...from };
  }
  if (!isSection(parts[2])) return { view: 'tasks', planId };
  const from = params.get('from') ?? '';
  const field = params.get('field') ?? '';
  const answer = params.get('answer') ?? '';
  const route: Route = { view: 'section', planId, section: parts[2] };
  if (isReturn(from)) {
    route.from = from;
    if (PATH.test(field)) route.field = field;
    if (PATH.test(answer)) route.answer = answer;
  }
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
      const { section, item, answer } = route.row;
      return `${hash}?section=${section}${item ? `&item=${item}` : ''}${answer ? `&answer=${answer}` : ''}`;
    }
    case 'section': {
      let hash = `#/plan/${route.planId}/${route.section}`;
      if (route.item) hash += `/${route.item}${route.remove ? '/remove' : ''}`;
      const { field, answer } = route;
      const query = [
        ...(route.item === 'add' && route.start ? [`start=${route.start}`] : []),
        ...(route.item === 'add' && route.another ? [`another=${route.another}`] : []),
        ...(route.from ? [`from=${route.from}`] : []),
        ...(route.from && answer ? [`answer=${answer}`] : []),
        ...(route.from && field ? [`field=${field}`] : []),
      ];
      return query.length ? `${hash}?${query.join('&')}` : hash;
    }
    case 'copy':
      return `#/plan/${route.planId}/copy/${route.section}${route.from ? `/${route.from}` : ''}`;
    case 'copies': {
      const hash = `#/plan/${route.planId}/copies`;
      if (route.part) return `${hash}/${route.part}`;
      return route.answer ? `${hash}?answer=${route.answer}` : hash;
    }
    case 'print': {
      const query = [
        ...(route.forId ? [`for=${route.forId}`] : []),
        ...(route.band ? [`band=${route.band}`] : []),
        ...(route.name ? [`name=${route.name}`] : []),
      ];
      return `#/plan/${route.planId}/copies/print/${route.edition}${query.length ? `?${query.join('&')}` : ''}`;
    }
    case 'exchanges': {
      const hash = `#/plan/${route.planId}/exchanges`;
      if (!route.arrangementId || !route.entry) return hash;
      return `${hash}/${route.arrangementId}/${route.entry}${route.remove ? '/remove' : ''}`;
    }
  }
}

/** Shorthands for links. */
export const planHash = (planId: string) => formatRoute({ view: 'tasks', planId });
export const checkHash = (planId: string, row?: CheckRow) =>
  formatRoute({ view: 'check', planId, ...(row ? { row } : {}) });

/**
 * Where a section or item page opened from another view returns: "Check your answers" at the answer
 * that page changes (the item, or else the section), or the copies at the finding in that answer,
 * so the user does not start again at the top.
 */
export function returnHash(route: Extract<Route, { view: 'section' }>, from: ReturnTo): string {
  const { planId, section, item, answer } = route;
  const changed = item !== 'add' ? answer : undefined;
  if (from === 'copies') return copiesHash(planId, undefined, changed);
  return checkHash(planId, {
    section,
    ...(item && item !== 'add' ? { item } : {}),
    ...(changed ? { answer: changed } : {}),
  });
}
export const sectionHash = (planId: string, section: SectionId, item?: string, from?: ReturnTo) =>
  formatRoute({ view: 'section', planId, section, ...(item ? { item } : {}), ...(from ? { from } : {}) });

/**
 * Where "Save and add another" goes from an item form: a fresh form for the next item of the same
 * list, at an address of its own so the form starts empty (and back to check your answers after, if
 * that is where the user came from).
 */
export function addAnotherHash(route: Extract<Route, { view: 'section' }>): string {
  return formatRoute({
    view: 'section',
    planId: route.planId,
    section: route.section,
    item: 'add',
    another: String(Number(route.another ?? 0) + 1),
    ...(route.from ? { from: route.from } : {}),
  });
}

/**
 * Where "Save and continue" goes from a section: the next section in the plan's order, so a plan
 * can be drafted from start to end without going back to the task list each time (the task list
 * after the last).
 */
export function nextSectionHash(planId: string, section: SectionId): string {
  const next = SECTION_IDS[SECTION_IDS.indexOf(section) + 1];
  return next ? sectionHash(planId, next) : planHash(planId);
}

/** Copying `section` (or the people register) into a plan from another, once `from` is chosen. */
export const copyHash = (planId: string, section: CopyableSection, from?: string) =>
  formatRoute({ view: 'copy', planId, section, ...(from ? { from } : {}) });

/**
 * The families' copies of a plan, or (`private`) the form saying what they leave out; `answer`, the
 * row whose finding to land on.
 */
export const copiesHash = (planId: string, part?: 'private', answer?: string) =>
  formatRoute({ view: 'copies', planId, ...(part ? { part } : {}), ...(answer ? { answer } : {}) });

/**
 * One edition to print: a copy or easy read for the birth relative `forId`, the child's plan in
 * `band`, the agency record with the child's name as `name` styles it.
 */
export const printHash = (
  planId: string,
  edition: Edition,
  options: { forId?: string; band?: string; name?: string } = {},
) => formatRoute({ view: 'print', planId, edition, ...options });

/** The exchange log, or (with an arrangement) the form adding an entry to it, or changing `entry`. */
export const exchangesHash = (planId: string, arrangementId?: string, entry = 'add', remove = false) =>
  formatRoute({
    view: 'exchanges',
    planId,
    ...(arrangementId ? { arrangementId, entry, ...(remove ? { remove } : {}) } : {}),
  });
