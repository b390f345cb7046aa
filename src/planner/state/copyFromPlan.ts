/**
 * Copying the people register, or one section, from another plan on this device into the plan
 * being drafted: the plan for a brother or sister, or an earlier plan for the same family.
 *
 * What is copied is always added, never overwritten: people and list items join the lists with new
 * ids (so the two plans never share an id), and the people a copied item names come along, unless
 * someone with the same name and relationship is already in this plan, who is then named instead.
 * A section that holds one answer rather than a list (purposes, the review's details, the child's
 * own voice) replaces this plan's only when the user chooses so. Sign-off, the change log, earlier
 * versions and the record of earlier reviews belong to the plan they were made in and are never
 * copied, nor is the child's section: it is about another child.
 *
 * Pure: the builder shows `copyFromPlan`'s summary to confirm, then applies the same call to the
 * plan as it then is.
 */
import { validatePlanData } from '../schema/planFile';
import { LIMITS } from '../schema/planVocabulary';
import type { Person, Plan, PlanContent } from '../schema/planSchema';
import type { CopyableSection } from './hashRoute';
import { newId } from './planOperations';

/** An answer of one value that a copy replaces only when asked to. */
export type ReplaceablePart = 'purposes' | 'childVoice' | 'reviewDetails';

/** Lists a copy adds items to, besides the people. */
export type CopiedList = 'factors' | 'arrangements' | 'support' | 'views' | 'stages' | 'contingencies' | 'tasks';

/** Why a plan cannot be copied from. */
export type CopyRefusal =
  | 'samePlan'
  /** Fictional people must not enter a real plan, nor real people a practice one. */
  | 'practiceIntoReal'
  | 'realIntoPractice'
  /** A signed-off plan does not change; its next version can. */
  | 'targetSigned'
  | 'nothingToCopy'
  /** The copy would take a list past the plan's limit. */
  | 'tooMany'
  /** What the other plan holds would not make a valid plan here (a damaged plan). */
  | 'invalid';

export interface CopySummary {
  section: CopyableSection;
  /** People added to this plan: as in the other plan, and as they will be here (new ids). */
  addedPeople: { from: Person; added: Person }[];
  /** People of the other plan who are already here (same name and relationship): named, not added. */
  reusedPeople: { from: Person; here: Person }[];
  /** Items added to each list, as they will be. */
  added: Partial<Record<CopiedList, number>>;
  /** The answers of one value the other plan has for this section, replaced only when asked. */
  replaceable: ReplaceablePart[];
  /** Of those, the ones that this copy replaces. */
  replaced: ReplaceablePart[];
  /** When refused for too many: the list that would overflow and its limit. */
  overflow?: { list: CopiedList | 'people'; limit: number };
}

export type CopyResult =
  { ok: true; plan: Plan; summary: CopySummary } | { ok: false; reason: CopyRefusal; summary?: CopySummary };

export interface CopyOptions {
  /** Replace this plan's answers of one value (purposes, review details, child's voice) with the other's. */
  replace?: boolean;
  /** Makes new ids; tests pass a counter. */
  makeId?: (prefix: string) => string;
}

/** Why `source` cannot be copied into `target` at all, whatever the section. */
export function copyRefusal(target: Pick<Plan, 'id' | 'practice' | 'status'>, source: Pick<Plan, 'id' | 'practice'>) {
  if (source.id === target.id) return 'samePlan' as const;
  if (source.practice && !target.practice) return 'practiceIntoReal' as const;
  if (!source.practice && target.practice) return 'realIntoPractice' as const;
  if (target.status === 'signed') return 'targetSigned' as const;
  return undefined;
}

/** A person's name and relationship as compared: spaces and letter case do not count. */
const personKey = (p: Person) =>
  [
    p.name.trim().replace(/\s+/g, ' ').toLowerCase(),
    p.relationship,
    p.relationship === 'other' ? (p.relationshipOther ?? '').trim().toLowerCase() : '',
  ].join('\u0000');

/**
 * Fields that name a person in the register end in `Id` (`personId`, `caresForId`, `organiserId`,
 * `ownerId`, ...) or `Ids` (`personIds`): the schema's convention. Only values that are ids of the
 * other plan's people are treated as references, so an id of anything else passes through.
 */
const REFERENCE_KEY = /[a-z](Id|Ids)$/;

/** Every person id of `people` that `value` refers to, in the order found. */
function referencedPeople(value: unknown, people: ReadonlySet<string>, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => referencedPeople(v, people, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (REFERENCE_KEY.test(key)) {
        for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string' && people.has(id)) found.add(id);
      } else referencedPeople(v, people, found);
    }
  }
  return found;
}

/** `value` with its references to people replaced as `ids` says. */
function remapPeople<T>(value: T, ids: ReadonlyMap<string, string>): T {
  const one = (v: unknown) => (typeof v === 'string' ? (ids.get(v) ?? v) : v);
  if (Array.isArray(value)) return value.map((v) => remapPeople(v, ids)) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      REFERENCE_KEY.test(key) ? (Array.isArray(v) ? v.map(one) : one(v)) : remapPeople(v, ids),
    ]),
  ) as T;
}

/** The items of `section` that are added to this plan's lists, by list, as in the other plan. */
function listsOf(source: PlanContent, section: CopyableSection) {
  switch (section) {
    case 'factors':
      return { factors: source.factors };
    case 'arrangements':
      return { arrangements: source.arrangements };
    case 'support':
      return { support: source.support };
    case 'voices':
      return { views: source.voices.others };
    case 'change':
      return { stages: source.change.stages, contingencies: source.change.contingencies };
    case 'review':
      return { tasks: source.review.tasks };
    default:
      return {};
  }
}

const ID_PREFIX: Record<CopiedList, string> = {
  factors: 'f',
  arrangements: 'a',
  support: 's',
  views: 'v',
  stages: 'st',
  contingencies: 'c',
  tasks: 't',
};

const LIST_LIMIT: Record<CopiedList, number> = {
  factors: LIMITS.factors,
  arrangements: LIMITS.arrangements,
  support: LIMITS.support,
  views: LIMITS.views,
  stages: LIMITS.stages,
  contingencies: LIMITS.contingencies,
  tasks: LIMITS.tasks,
};

const hasText = (...values: string[]) => values.some((v) => v.trim() !== '');

/** The answers of one value `source` has for `section`; empty answers are nothing to copy. */
function replaceableParts(source: PlanContent, section: CopyableSection): ReplaceablePart[] {
  const { purposes: p, voices, review: r } = source;
  if (section === 'purposes' && (p.selected.length > 0 || hasText(p.other, p.summary, p.ifMeetingUnsafe)))
    return ['purposes'];
  const c = voices.child;
  if (section === 'voices' && (c.methods.length > 0 || hasText(c.wishes, c.ownWords, c.date, c.notGivenReason)))
    return ['childVoice'];
  if (
    section === 'review' &&
    (r.intervalMonths !== null || r.earlyTriggers.length > 0 || hasText(r.nextDate, r.convenor, r.howObserved))
  )
    return ['reviewDetails'];
  return [];
}

/** The other plan's answers of one value put in place of this plan's. */
function replacePart(plan: Plan, source: PlanContent, part: ReplaceablePart): Plan {
  switch (part) {
    case 'purposes':
      return { ...plan, purposes: structuredClone(source.purposes) };
    case 'childVoice':
      return { ...plan, voices: { ...plan.voices, child: structuredClone(source.voices.child) } };
    case 'reviewDetails': {
      // The tasks are added as a list, and the record of earlier reviews stays with each plan.
      const { tasks: _tasks, history: _history, ...details } = structuredClone(source.review);
      return { ...plan, review: { ...plan.review, ...details } };
    }
  }
}

/**
 * Copies the people register or `section` of `source` into `target`. Refused when the two plans
 * must not share people (practice and real), when `target` is signed off, when there is nothing to
 * copy, or when a list would pass its limit; the result always passes the plan schema.
 */
export function copyFromPlan(
  target: Plan,
  source: PlanContent,
  section: CopyableSection,
  options: CopyOptions = {},
): CopyResult {
  const refusal = copyRefusal(target, source);
  if (refusal) return { ok: false, reason: refusal };
  const makeId = options.makeId ?? newId;
  const sourcePeople = new Map(source.people.map((p) => [p.id, p]));
  const lists = listsOf(source, section) as Partial<Record<CopiedList, { id: string }[]>>;
  const replaceable = replaceableParts(source, section);
  const replaced = options.replace ? replaceable : [];

  // The people to bring: the whole register, or those the copied items name, and whom they care for.
  const wanted =
    section === 'people'
      ? new Set(source.people.map((p) => p.id))
      : referencedPeople(Object.values(lists), new Set(sourcePeople.keys()));
  for (const id of wanted) {
    const caresFor = sourcePeople.get(id)?.caresForId;
    if (caresFor && sourcePeople.has(caresFor)) wanted.add(caresFor);
  }

  const here = new Map(target.people.map((p) => [personKey(p), p]));
  const ids = new Map<string, string>();
  const reusedPeople: CopySummary['reusedPeople'] = [];
  const toAdd: Person[] = [];
  for (const person of source.people) {
    if (!wanted.has(person.id)) continue;
    const same = here.get(personKey(person));
    if (same) {
      ids.set(person.id, same.id);
      reusedPeople.push({ from: person, here: same });
    } else {
      ids.set(person.id, makeId('p'));
      toAdd.push(person);
    }
  }
  const addedPeople = toAdd.map((from) => ({
    from,
    added: remapPeople({ ...structuredClone(from), id: ids.get(from.id)! }, ids),
  }));

  const copied = Object.fromEntries(
    Object.entries(lists).map(([list, items]) => [
      list,
      items.map((item) => remapPeople({ ...structuredClone(item), id: makeId(ID_PREFIX[list as CopiedList]) }, ids)),
    ]),
  ) as Partial<Record<CopiedList, never[]>>;
  const added = Object.fromEntries(
    Object.entries(copied)
      .filter(([, items]) => items.length > 0)
      .map(([list, items]) => [list, items.length]),
  ) as CopySummary['added'];

  const summary: CopySummary = { section, addedPeople, reusedPeople, added, replaceable, replaced };
  if (addedPeople.length === 0 && Object.keys(added).length === 0 && replaceable.length === 0)
    return { ok: false, reason: 'nothingToCopy', summary };

  let plan: Plan = {
    ...target,
    people: [...target.people, ...addedPeople.map((p) => p.added)],
    factors: [...target.factors, ...(copied.factors ?? [])],
    arrangements: [...target.arrangements, ...(copied.arrangements ?? [])],
    support: [...target.support, ...(copied.support ?? [])],
    voices: { ...target.voices, others: [...target.voices.others, ...(copied.views ?? [])] },
    change: {
      stages: [...target.change.stages, ...(copied.stages ?? [])],
      contingencies: [...target.change.contingencies, ...(copied.contingencies ?? [])],
    },
    review: { ...target.review, tasks: [...target.review.tasks, ...(copied.tasks ?? [])] },
  };
  plan = replaced.reduce((p, part) => replacePart(p, source, part), plan);

  const overflow = overflowOf(plan);
  if (overflow) return { ok: false, reason: 'tooMany', summary: { ...summary, overflow } };
  // Anything else a plan file may not hold would be a fault here, not the user's: refuse rather than save it.
  if (!validatePlanData(plan).ok) return { ok: false, reason: 'invalid', summary };
  return { ok: true, plan, summary };
}

/** The first list past its limit, if any. */
function overflowOf(plan: Plan): CopySummary['overflow'] {
  if (plan.people.length > LIMITS.people) return { list: 'people', limit: LIMITS.people };
  const lengths: Record<CopiedList, number> = {
    factors: plan.factors.length,
    arrangements: plan.arrangements.length,
    support: plan.support.length,
    views: plan.voices.others.length,
    stages: plan.change.stages.length,
    contingencies: plan.change.contingencies.length,
    tasks: plan.review.tasks.length,
  };
  const list = (Object.keys(lengths) as CopiedList[]).find((l) => lengths[l] > LIST_LIMIT[l]);
  return list && { list, limit: LIST_LIMIT[list] };
}
