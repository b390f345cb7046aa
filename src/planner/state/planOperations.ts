/**
 * Pure changes to a plan: each takes a plan and returns a new one, never mutating its input, so the
 * builder can keep undo-free, predictable state and the same code runs in tests and scripts.
 */
import type { Translator } from '../../i18n/translator';
import { SCHEMA_VERSION, type SectionId } from '../schema/planVocabulary';
import type { Plan } from '../schema/planSchema';

/** A random id safe for URLs and file names. Uses WebCrypto where available (browsers, Node 19+). */
export function newId(prefix = ''): string {
  const uuid =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return prefix ? `${prefix}-${uuid.slice(0, 8)}` : uuid;
}

/** A new, empty draft plan. */
export function createPlan(options: { id?: string; now?: Date; practice?: boolean } = {}): Plan {
  const at = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? newId(),
    title: '',
    status: 'draft',
    version: 1,
    practice: options.practice ?? false,
    jurisdiction: 'england',
    createdAt: at,
    updatedAt: at,
    completedSections: [],
    child: {
      name: '',
      dateOfBirth: '',
      age: '',
      placementDate: '',
      orderDate: '',
      heritage: '',
      religion: '',
      languages: '',
      needs: '',
      communication: '',
      siblings: '',
    },
    purposes: { selected: [], other: '', summary: '', ifMeetingUnsafe: '' },
    people: [],
    factors: [],
    arrangements: [],
    support: [],
    voices: { child: { wishes: '', ownWords: '', methods: [], date: '', notGivenReason: '' }, others: [] },
    change: { stages: [], contingencies: [] },
    review: {
      nextDate: '',
      intervalMonths: null,
      convenor: '',
      earlyTriggers: [],
      earlyTriggersOther: '',
      howObserved: '',
      tasks: [],
      history: [],
    },
    signOff: [],
    changeLog: [],
    previousVersions: [],
  };
}

/** The name shown for a plan in lists and headings: its title, else the child's name, else "Untitled plan". */
export function planDisplayName(plan: { title: string; child: { name: string } }, t: Translator['t']): string {
  return plan.title.trim() || plan.child.name.trim() || t('planner.plan.untitled');
}

/** A practice copy of a worked example, with a new id and fresh dates. */
export function planFromExample(example: Plan, exampleId: string, now = new Date()): Plan {
  const at = now.toISOString();
  return {
    ...structuredClone(example),
    id: newId(),
    practice: true,
    exampleId,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * A worked example as a case only, for a group to build the plan from: the child's facts and the
 * people, every other section empty, marked practice. Its title ("… (case only)") is written in the
 * language of `t`.
 */
export function caseFromExample(example: Plan, exampleId: string, t: Translator['t'], now = new Date()): Plan {
  const given: SectionId[] = ['child', 'people'];
  const name = planDisplayName(example, t);
  return {
    ...createPlan({ now, practice: true }),
    title: t('planner.case.title', { name }).slice(0, 120),
    exampleId,
    jurisdiction: example.jurisdiction,
    ...(example.documentLanguage ? { documentLanguage: example.documentLanguage } : {}),
    completedSections: example.completedSections.filter((s) => given.includes(s)),
    child: structuredClone(example.child),
    people: structuredClone(example.people),
  };
}

/**
 * A copy with a new id, as a draft; sign-off and earlier versions stay with the original. Its title
 * ("Copy of …") is written in the language of `t`.
 */
export function duplicatePlan(plan: Plan, t: Translator['t'], now = new Date()): Plan {
  const at = now.toISOString();
  return {
    ...structuredClone(plan),
    id: newId(),
    title: t('planner.plan.copyTitle', { name: planDisplayName(plan, t) }).slice(0, 120),
    status: 'draft',
    version: 1,
    createdAt: at,
    updatedAt: at,
    signOff: [],
    changeLog: [],
    previousVersions: [],
  };
}

/** A signed-off plan keeps its title: the title is part of what was signed (and fingerprinted). */
export function renamePlan(plan: Plan, title: string): Plan {
  if (plan.status === 'signed') return plan;
  return { ...plan, title: title.trim().slice(0, 120) };
}

export function setSectionCompleted(plan: Plan, section: SectionId, completed: boolean): Plan {
  const others = plan.completedSections.filter((s) => s !== section);
  return { ...plan, completedSections: completed ? [...others, section] : others };
}

type ItemList = 'people' | 'factors' | 'arrangements' | 'support';

/**
 * Adds an item to a list, or replaces the one with the same id in place. A person's sign-off in a
 * plan not yet signed carries their name as it now is in the register.
 */
export function upsertItem<K extends ItemList>(plan: Plan, list: K, item: Plan[K][number]): Plan {
  const items = plan[list] as Plan[K][number][];
  const index = items.findIndex((i) => i.id === item.id);
  const next = index === -1 ? [...items, item] : items.map((i, n) => (n === index ? item : i));
  const changed = { ...plan, [list]: next };
  if (list !== 'people' || plan.status === 'signed') return changed;
  const person = item as Plan['people'][number];
  return {
    ...changed,
    signOff: plan.signOff.map((s) => (s.personId === person.id ? { ...s, name: person.name } : s)),
  };
}

/**
 * Removes an item. Removing a person also removes them from arrangements (dropping arrangements left
 * with nobody) and from whom a carer cares for, and drops the strengths, challenges, support and
 * views recorded about them, so the plan never refers to someone who is not in it.
 */
export function removeItem(plan: Plan, list: ItemList, id: string): Plan {
  if (list !== 'people') {
    return { ...plan, [list]: (plan[list] as { id: string }[]).filter((i) => i.id !== id) };
  }
  const aboutSomeoneElse = (x: { personId?: string }) => x.personId !== id;
  const name = plan.people.find((p) => p.id === id)?.name ?? '';
  // Where they organise, take part as a professional, provide support or own a task, their name stays
  // as written text, so the plan still says who.
  const written = <T extends object, I extends keyof T, N extends keyof T>(item: T, idKey: I, nameKey: N): T => {
    if (item[idKey] !== id) return item;
    const { [idKey]: _removed, ...rest } = item;
    const current = item[nameKey];
    return { ...rest, [nameKey]: typeof current === 'string' && current.trim() ? current : name } as T;
  };
  return {
    ...plan,
    people: plan.people
      .filter((p) => p.id !== id)
      // A carer of the brother or sister removed stays, no longer saying whom they care for.
      .map(({ caresForId, ...p }) => (caresForId === undefined || caresForId === id ? p : { ...p, caresForId })),
    arrangements: plan.arrangements
      .map((a) => ({ ...a, personIds: a.personIds.filter((p) => p !== id) }))
      .filter((a) => a.personIds.length > 0)
      .map((a) => written(written(a, 'organiserId', 'organiserName'), 'professionalId', 'professionalName')),
    factors: plan.factors.filter(aboutSomeoneElse),
    support: plan.support.filter(aboutSomeoneElse).map((s) => written(s, 'providerId', 'provider')),
    voices: { ...plan.voices, others: plan.voices.others.filter(aboutSomeoneElse) },
    review: { ...plan.review, tasks: plan.review.tasks.map((t) => written(t, 'ownerId', 'owner')) },
    // Their sign-off goes with them, as the views they gave do.
    signOff: plan.signOff.filter(aboutSomeoneElse),
  };
}

/** What removing a person would also remove, for the confirmation page. */
export function removalConsequences(plan: Plan, personId: string) {
  return {
    arrangements: plan.arrangements.filter((a) => a.personIds.length === 1 && a.personIds[0] === personId).length,
    factors: plan.factors.filter((f) => f.personId === personId).length,
    support: plan.support.filter((s) => s.personId === personId).length,
    views: plan.voices.others.filter((v) => v.personId === personId).length,
    signOff: plan.signOff.filter((s) => s.personId === personId).length,
  };
}
