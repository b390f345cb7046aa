/**
 * Brings a plan file written in an older format up to the current `schemaVersion`, one version at a
 * time, before it is validated. A file from a newer or unknown format is refused with a plain
 * explanation: guessing at fields we do not know could silently lose part of a child's plan.
 *
 * To change the format: bump SCHEMA_VERSION in planSchema.ts, add a step here from the old version,
 * keep the old fixtures as tests (tests/fixtures/plans/), and publish /schemas/plan-v<N>.json.
 */
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { RELATIONSHIPS_SINCE_FORMAT_2, SCHEMA_VERSION, type Relationship } from './planVocabulary';

/** A refusal's message is a catalogue key with its parameters, for the caller to put into words. */
export type MigrationResult =
  { ok: true; data: Record<string, unknown>; migratedFrom?: number } | { ok: false; message: KeyedMessage };

type Json = Record<string, unknown>;
type Step = (data: Json) => Json;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0: drafts from the prototype builder, which named three fields after the domain brief's
 * first data model: `trainingMode` (now `practice`), `child.displayName` (now `child.name`) and a
 * top-level `purposeSummary` (now `purposes.summary`). Everything else is unchanged.
 */
function from0(data: Json): Json {
  const { trainingMode, purposeSummary, ...rest } = data;
  const next: Json = { ...rest, schemaVersion: 1 };
  if (!('practice' in next)) next.practice = trainingMode === true;
  if (isObject(next.child) && 'displayName' in next.child) {
    const { displayName, ...child } = next.child;
    next.child = { ...child, name: child.name ?? displayName };
  }
  if (typeof purposeSummary === 'string' && isObject(next.purposes) && !next.purposes.summary) {
    next.purposes = { ...next.purposes, summary: purposeSummary };
  }
  return next;
}

/**
 * Version 1 to 2: the people of a plan became one register of everyone it names (adoptive parents,
 * carers, professionals, with languages, whereabouts and safety), every field of it optional or new,
 * so a version 1 plan is already a version 2 plan in all but its number, and so are the earlier
 * versions it keeps.
 */
function from1(data: Json): Json {
  const previous = Array.isArray(data.previousVersions) ? data.previousVersions : undefined;
  return {
    ...data,
    schemaVersion: 2,
    ...(previous
      ? { previousVersions: previous.map((v: unknown) => (isObject(v) ? { ...v, schemaVersion: 2 } : v)) }
      : {}),
  };
}

/** STEPS[n] turns version n into version n + 1. */
const STEPS: Record<number, Step> = { 0: from0, 1: from1 };

/** Person fields format 2 added; format 1 had none of them. */
const PERSON_FIELDS_SINCE_FORMAT_2 = [
  'side',
  'caresForId',
  'role',
  'agency',
  'contactRoute',
  'nameChildUses',
  'country',
  'timeZone',
  'whereaboutsUnknown',
  'languages',
  'safety',
];

/** Fields format 2 added to the items of other lists: each names someone in the register. */
const ITEM_FIELDS_SINCE_FORMAT_2: [list: (plan: Json) => unknown, fields: string[]][] = [
  [
    (plan) => plan.arrangements,
    [
      'organiserId',
      'organiserName',
      'professionalId',
      'professionalName',
      'agreement',
      'askedById',
      'askedByName',
      'alsoForms',
      'noneReason',
      'months',
      'monthsNotKnown',
      'lengthNotKnown',
      'childWords',
    ],
  ],
  [(plan) => plan.support, ['providerId']],
  [(plan) => (isObject(plan.review) ? plan.review.tasks : undefined), ['ownerId']],
  [(plan) => plan.signOff, ['personId']],
];

const items = (list: unknown): Json[] => (Array.isArray(list) ? list.filter(isObject) : []);

/** Whether a format 2 plan (or an earlier version it keeps) uses anything format 1 could not hold. */
function needsFormat2(plan: Json): boolean {
  const people = items(plan.people);
  return (
    people.some(
      (p) =>
        PERSON_FIELDS_SINCE_FORMAT_2.some((f) => f in p) ||
        RELATIONSHIPS_SINCE_FORMAT_2.includes(p.relationship as Relationship) ||
        // Format 1 required these of everyone.
        !('knownToChild' in p && 'priority' in p && 'whyImportant' in p),
    ) ||
    ITEM_FIELDS_SINCE_FORMAT_2.some(([list, fields]) => items(list(plan)).some((i) => fields.some((f) => f in i))) ||
    // Format 1 required a purpose of every arrangement, and knew no "not known yet" for support.
    items(plan.arrangements).some((a) => Array.isArray(a.purposes) && a.purposes.length === 0) ||
    items(plan.support).some((s) => s.span === 'not_known') ||
    'documentLanguage' in plan ||
    'protectedDetails' in plan ||
    'exchangeLog' in plan
  );
}

/**
 * A current-format plan written in the earliest format that holds all of it: the form its
 * fingerprint is taken from (signoff/fingerprintPlan.ts), so that a plan signed in format 1 keeps the
 * fingerprint written on the case record when the builder brings it up to format 2, while anything
 * only format 2 can say is covered as format 2.
 */
export function inEarliestFormat(plan: Json): Json {
  if (plan.schemaVersion !== 2 || needsFormat2(plan)) return plan;
  return { ...plan, schemaVersion: 1 };
}

export function migratePlanData(data: unknown): MigrationResult {
  if (!isObject(data)) return { ok: false, message: { key: 'planner.planFile.notAnObject' } };
  const version = data.schemaVersion;
  if (version === undefined) return { ok: false, message: { key: 'planner.planFile.noVersion' } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      message: { key: 'planner.planFile.unknownVersion', params: { version: JSON.stringify(version) } },
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      message: { key: 'planner.planFile.newerVersion', params: { version, current: SCHEMA_VERSION } },
    };
  }
  let current: Json = data;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, message: { key: 'planner.planFile.retiredVersion', params: { version: v } } };
    current = step(current);
  }
  return version === SCHEMA_VERSION ? { ok: true, data: current } : { ok: true, data: current, migratedFrom: version };
}
