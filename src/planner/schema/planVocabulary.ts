/**
 * The plan's vocabulary: its format version, its limits, its sections in order and every list of
 * choices its fields take, with the date rules they share. planSchema.ts builds the schema from
 * these; code that needs only the words of the format (the routes, a new plan, the privacy shell,
 * the sign-off rules) imports them from here, so the builder's first screen loads no schema code
 * (zod) until a plan is opened or a file is read (issue 18's start budget).
 */
import type { ProtectedDetails } from './planSchema';
import { SIGNATURE_LIMITS } from './signaturePath';

/** The plan file format this code writes. Older files are migrated (see `migrations.ts`). */
export const SCHEMA_VERSION = 2;

/** Maximum lengths, in characters. Generous for real plans, small enough to keep files sane. */
export const LIMITS = {
  id: 64,
  name: 120,
  short: 300,
  text: 5000,
  signature: SIGNATURE_LIMITS.characters,
  people: 40,
  arrangements: 40,
  factors: 160,
  support: 80,
  views: 60,
  stages: 12,
  contingencies: 20,
  tasks: 40,
  reviewHistory: 100,
  signOff: 20,
  changeLog: 200,
  previousVersions: 20,
  keptFindings: 200,
  exchanges: 400,
} as const;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The plan's sections in order. The six template steps stay recognisable: purpose (2), who is
 * important (3), strengths and challenges (4), arrangements (5), support (6) and review (9); the
 * child, the voices, change over time and sign-off sit around them.
 */
export const SECTION_IDS = [
  'child',
  'purposes',
  'people',
  'factors',
  'arrangements',
  'support',
  'voices',
  'change',
  'review',
  'signoff',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Choices

export const PURPOSES = [
  'maintain_relationship',
  'loved_remembered',
  'ease_loss',
  'permission_to_settle',
  'repair_recovery',
  'reality_check',
  'relative_well',
  'identity_culture',
  'life_story_questions',
  'future_adult_relationship',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * How each person in the plan's register is related to the child. Format 1 knew only the people
 * important to the child; format 2 added the adults around the child (each adoptive parent, the
 * child's foster carer, the carers of a brother or sister living elsewhere, a birth parent's
 * partner) and professionals, so that everyone the plan names can be a person in it.
 */
export const RELATIONSHIPS = [
  'adoptive_parent',
  'birth_mother',
  'birth_father',
  'step_parent',
  'sibling_full',
  'sibling_half',
  'sibling_step_foster',
  'grandparent',
  'aunt_uncle',
  'other_relative',
  'foster_carer',
  'former_foster_carer',
  'foster_family_member',
  'sibling_carer',
  'friend_community',
  'professional',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Relationships format 2 added: a plan using one of them cannot be written in format 1. */
export const RELATIONSHIPS_SINCE_FORMAT_2: readonly Relationship[] = [
  'adoptive_parent',
  'step_parent',
  'foster_carer',
  'sibling_carer',
  'professional',
];

/**
 * People in the register for the part they play around the child rather than as a relationship the
 * plan keeps: whether the child knows them, when they matter and why are not asked of them.
 */
export const ROLE_RELATIONSHIPS: readonly Relationship[] = [
  'adoptive_parent',
  'foster_carer',
  'sibling_carer',
  'professional',
];

/**
 * The child's birth family, whose details the adoptive family's copy leaves out (and who are kept
 * from the adoptive family's details): birth parents, a birth parent's partner, brothers and sisters
 * by birth, grandparents, aunts and uncles and other relatives.
 */
export const BIRTH_FAMILY_RELATIONSHIPS: readonly Relationship[] = [
  'birth_mother',
  'birth_father',
  'step_parent',
  'sibling_full',
  'sibling_half',
  'grandparent',
  'aunt_uncle',
  'other_relative',
];

/** Relationships that belong to one side of the child's birth family. */
export const FAMILY_SIDE_RELATIONSHIPS: readonly Relationship[] = [
  'step_parent',
  'sibling_half',
  'grandparent',
  'aunt_uncle',
  'other_relative',
];
export const FAMILY_SIDES = ['maternal', 'paternal', 'both'] as const;

export const KNOWN_TO_CHILD = ['yes', 'no', 'not_sure'] as const;
export const PRIORITIES = ['now', 'later', 'both'] as const;

/** Whose strengths, challenges, support or views: the child, the adoptive parents, the current
 * foster carers, or one of the important people (then `personId` says who). */
export const PARTIES = ['child', 'adoptive_parents', 'foster_carers', 'person'] as const;
export type Party = (typeof PARTIES)[number];

export const FACTOR_KINDS = ['strength', 'challenge'] as const;

export const FORMS = [
  'meet_up',
  'postal_exchange',
  'digital_exchange',
  'phone_video',
  'social_media',
  'news_via_agency',
  'none_now',
] as const;
export type ArrangementForm = (typeof FORMS)[number];
/** Ways that can go alongside an arrangement's main form (format 2), as a visit plus birthday cards. */
export const ALSO_FORMS = [
  'meet_up',
  'postal_exchange',
  'digital_exchange',
  'phone_video',
  'social_media',
  'news_via_agency',
] as const satisfies readonly ArrangementForm[];
/** Whether everyone has agreed an arrangement, or someone asked for it and it is not agreed (format 2). */
export const AGREEMENTS = ['agreed', 'asked_for'] as const;
/** Forms that exchange letters, cards or messages and so need rules for written exchange. */
export const WRITTEN_FORMS: readonly ArrangementForm[] = ['postal_exchange', 'digital_exchange', 'news_via_agency'];

export const FREQUENCY_PER = ['week', 'month', 'year'] as const;
export const TIMINGS = ['fixed_dates', 'school_holidays', 'term_time', 'flexible'] as const;
export const GROUPINGS = ['individual', 'group'] as const;
export const VENUES = [
  'specialist_centre',
  'community_activity',
  'private_home',
  'friend_family_home',
  'undisclosed_until_day',
  'online',
  'not_applicable',
] as const;
export const ORGANISERS = [
  'adoptive_parents',
  'birth_relative',
  'agency_letterbox',
  'social_worker',
  'friend_family',
  'other',
] as const;
export const SHARE_DETAILS = ['yes', 'no', 'later'] as const;
export const PROFESSIONAL_ROLES = ['none', 'organises', 'facilitates', 'supervises'] as const;
export const PHOTOS = ['keep', 'view_only', 'none'] as const;

export const SUPPORT_KINDS = [
  'emotional',
  'practical',
  'letter_writing',
  'travel',
  'preparation',
  'mediation',
  'facilitation',
  'supervision',
  'therapeutic',
  'peer',
  'other',
] as const;
export const SUPPORT_WHEN = ['before', 'during', 'after'] as const;
/** How long support lasts; "not known yet" is format 2. */
export const SUPPORT_SPANS = ['initial', 'until_review', 'whole_childhood', 'not_known'] as const;

export const HEARING_METHODS = [
  'conversation',
  'observation',
  'feelings_cards',
  'play_drawing',
  'written',
  'advocate',
  'other',
] as const;

export const CONTINGENCY_TRIGGERS = [
  'missed_exchange',
  'relative_crisis',
  'unplanned_online_contact',
  'child_declines',
  'address_change',
  'new_sibling',
  'safeguarding_concern',
  'other',
] as const;

export const EARLY_REVIEW_TRIGGERS = [
  'child_asks',
  'either_family_asks',
  'arrangement_lapses',
  'new_sibling',
  'move',
  'adolescence',
  'social_media_approach',
  'relative_crisis',
  'safeguarding_concern',
] as const;

export const PLAN_STATUSES = ['draft', 'ready', 'signed'] as const;
export const JURISDICTIONS = ['england', 'wales'] as const;
/** The language of the plan's documents (format 2): Welsh and English puts the Welsh first. */
export const DOCUMENT_LANGUAGES = ['en', 'cy', 'bilingual'] as const;

export const SIGNATORY_ROLES = [
  'social_worker',
  'manager',
  'adoptive_parent',
  'birth_relative',
  'foster_carer',
  'young_person',
  'other',
] as const;
export const STANCES = ['agrees', 'agrees_with_reservations', 'does_not_agree', 'views_recorded'] as const;

/** What the plan must guard against with a person, each a yes or no. */
export const PERSON_SAFETY_FLAGS = ['noDirectContact', 'doNotShareDetails'] as const;

/** A plan's protected details before anyone has written them. */
export const NO_PROTECTED_DETAILS: ProtectedDetails = {
  surnames: '',
  childNewName: '',
  address: '',
  town: '',
  school: '',
  otherAdoptive: '',
  otherBirth: '',
  childFirstNameShared: false,
  sharedFirstNameIds: [],
  kept: [],
};

/** True when `value` is a real month written as YYYY-MM. */
export function isRealIsoMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return !!m && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The steps of one exchange, in the order a letterbox coordinator takes them. */
export const EXCHANGE_STEPS = ['received', 'checked', 'passedOn', 'replyReceived'] as const;
export type ExchangeStep = (typeof EXCHANGE_STEPS)[number];
