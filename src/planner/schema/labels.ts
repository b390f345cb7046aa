/**
 * TRANSITIONAL: the plan's labels in the shape older code reads (`FIELD_LABELS.child.name.label`),
 * now derived from the English message catalogue (`src/i18n/en/plan.ts`), which holds the words.
 * Renderers move to `t('plan.…')` one by one (issue "One plan, one catalogue of words"); this file is
 * deleted when nothing imports it. Add no new words here.
 */
import { CATALOGUES, type MessageKey } from '../../i18n/catalogue';
import {
  CONTINGENCY_TRIGGERS,
  EARLY_REVIEW_TRIGGERS,
  FACTOR_KINDS,
  FORMS,
  FREQUENCY_PER,
  GROUPINGS,
  HEARING_METHODS,
  JURISDICTIONS,
  KNOWN_TO_CHILD,
  ORGANISERS,
  PARTIES,
  PHOTOS,
  PLAN_STATUSES,
  PRIORITIES,
  PROFESSIONAL_ROLES,
  PURPOSES,
  RELATIONSHIPS,
  SECTION_IDS,
  SHARE_DETAILS,
  SIGNATORY_ROLES,
  STANCES,
  SUPPORT_KINDS,
  SUPPORT_SPANS,
  SUPPORT_WHEN,
  TIMINGS,
  VENUES,
  type SectionId,
} from './planSchema';
import { SECTION_META } from './sections';

const en = CATALOGUES.en as Record<string, string>;
const word = (key: string) => en[key as MessageKey] ?? key;

export interface GuideLink {
  href: string;
  title: string;
}

export interface SectionLabels {
  title: string;
  step?: number;
  intro: string;
  guides: GuideLink[];
}

export const SECTION_LABELS = Object.fromEntries(
  SECTION_IDS.map((id) => [
    id,
    {
      title: word(`plan.section.${id}.title`),
      ...(SECTION_META[id].step ? { step: SECTION_META[id].step } : {}),
      intro: word(`plan.section.${id}.intro`),
      guides: SECTION_META[id].guides.map((href, i) => ({ href, title: word(`plan.section.${id}.guide${i + 1}`) })),
    },
  ]),
) as Record<SectionId, SectionLabels>;

const FIELDS = {
  child: [
    'name',
    'dateOfBirth',
    'age',
    'placementDate',
    'orderDate',
    'heritage',
    'religion',
    'languages',
    'needs',
    'communication',
    'siblings',
    'jurisdiction',
  ],
  purposes: ['selected', 'other', 'summary', 'ifMeetingUnsafe'],
  person: ['name', 'relationship', 'relationshipOther', 'knownToChild', 'priority', 'whyImportant', 'livesWhere'],
  factor: ['party', 'personId', 'kind', 'description', 'howManaged'],
  arrangement: [
    'personIds',
    'purposes',
    'form',
    'frequencyCount',
    'frequencyPer',
    'timing',
    'durationMinutes',
    'grouping',
    'venue',
    'organiser',
    'adultsShareDetails',
    'professionalRole',
    'route',
    'dueMonths',
    'photos',
    'signOffAs',
    'avoid',
    'notes',
  ],
  support: ['party', 'personId', 'kinds', 'description', 'when', 'provider', 'span'],
  childVoice: ['wishes', 'ownWords', 'methods', 'date', 'notGivenReason'],
  view: ['party', 'personId', 'summary', 'date'],
  stage: ['when', 'changes'],
  contingency: ['trigger', 'triggerOther', 'response'],
  review: [
    'nextDate',
    'intervalMonths',
    'convenor',
    'earlyTriggers',
    'earlyTriggersOther',
    'howObserved',
    'tasks',
    'task',
    'owner',
    'due',
  ],
  signatory: ['name', 'role', 'roleOther', 'stance', 'reservations', 'disagreement', 'views', 'date', 'signature'],
  newVersion: ['summary', 'by'],
} as const;
type Fields = typeof FIELDS;
type FieldLabel = { label: string; hint?: string };

export const FIELD_LABELS = Object.fromEntries(
  Object.entries(FIELDS).map(([group, fields]) => [
    group,
    Object.fromEntries(
      fields.map((field) => {
        const hint = en[`plan.${group}.${field}.hint` as MessageKey];
        return [field, { label: word(`plan.${group}.${field}.label`), ...(hint ? { hint } : {}) }];
      }),
    ),
  ]),
) as { [G in keyof Fields]: { [F in Fields[G][number]]: FieldLabel } };

const options = <T extends readonly string[]>(name: string, values: T) =>
  Object.fromEntries(values.map((v) => [v, word(`plan.option.${name}.${v}`)])) as Record<T[number], string>;

export const PURPOSE_LABELS = options('purpose', PURPOSES);
export const RELATIONSHIP_LABELS = options('relationship', RELATIONSHIPS);
export const RELATIONSHIP_SHORT_LABELS = options('relationshipShort', RELATIONSHIPS);
export const KNOWN_TO_CHILD_LABELS = options('knownToChild', KNOWN_TO_CHILD);
export const PRIORITY_LABELS = options('priority', PRIORITIES);
export const PARTY_LABELS = options('party', PARTIES);
export const FACTOR_KIND_LABELS = options('factorKind', FACTOR_KINDS);
export const FORM_LABELS = options('form', FORMS);
export const FREQUENCY_PER_LABELS = options('frequencyPer', FREQUENCY_PER);
export const TIMING_LABELS = options('timing', TIMINGS);
export const GROUPING_LABELS = options('grouping', GROUPINGS);
export const VENUE_LABELS = options('venue', VENUES);
export const ORGANISER_LABELS = options('organiser', ORGANISERS);
export const SHARE_DETAILS_LABELS = options('shareDetails', SHARE_DETAILS);
export const PROFESSIONAL_ROLE_LABELS = options('professionalRole', PROFESSIONAL_ROLES);
export const PHOTO_LABELS = options('photos', PHOTOS);
export const SUPPORT_KIND_LABELS = options('supportKind', SUPPORT_KINDS);
export const SUPPORT_WHEN_LABELS = options('supportWhen', SUPPORT_WHEN);
export const SUPPORT_SPAN_LABELS = options('supportSpan', SUPPORT_SPANS);
export const HEARING_METHOD_LABELS = options('hearingMethod', HEARING_METHODS);
export const CONTINGENCY_TRIGGER_LABELS = options('contingencyTrigger', CONTINGENCY_TRIGGERS);
export const EARLY_REVIEW_TRIGGER_LABELS = options('earlyReviewTrigger', EARLY_REVIEW_TRIGGERS);
export const PLAN_STATUS_LABELS = options('planStatus', PLAN_STATUSES);
export const JURISDICTION_LABELS = options('jurisdiction', JURISDICTIONS);
export const SIGNATORY_ROLE_LABELS = options('signatoryRole', SIGNATORY_ROLES);
export const STANCE_LABELS = options('stance', STANCES);

export const MONTH_NAMES = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
);

export const NOT_PROVIDED = word('plan.notProvided');
export const PRACTICE_MARKER = word('plan.practiceMarker');
