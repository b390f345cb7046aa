/**
 * The staying-in-touch plan: the one schema every other part of the planner is built from.
 *
 * From this file come the plan file format (`schemaVersion: 1`), the limits on every field, the
 * GOV.UK-style error messages the forms show, the published JSON Schema (`/schemas/plan-v1.json`), and
 * the order of the sections used by the task list, the check-answers summary and the PDF.
 *
 * Two levels of validity:
 * - `planSchema` is the file format. A draft is valid when it is the right shape and within limits:
 *   text fields may be empty, lists may be empty. Items in lists (a person, an arrangement, ...) are
 *   only ever added whole, so their own required fields are required here too.
 * - `sectionCompleteSchemas` say what a section needs before it can be marked as completed.
 *
 * Written with `zod/mini` (functional checks) rather than classic zod: it is about a fifth of the
 * size in the browser, and the planner page has a JavaScript budget.
 */
import * as z from 'zod/mini';

/** The plan file format this code writes. Older files are migrated (see `migrations.ts`). */
export const SCHEMA_VERSION = 1;

/** Maximum lengths, in characters. Generous for real plans, small enough to keep files sane. */
export const LIMITS = {
  id: 64,
  name: 120,
  short: 300,
  text: 5000,
  signature: 20_000,
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
} as const;

// ---------------------------------------------------------------------------------------------
// Building blocks

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const id = () =>
  z
    .string()
    .check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(ID_PATTERN, 'Use only letters, numbers, - and _ in an id'));

/** A free-text field that may be empty in a draft. */
const text = (max: number, what: string) =>
  z.string().check(z.maxLength(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`));

/** A free-text field that must be filled in wherever it appears. */
const requiredText = (max: number, what: string, emptyMessage: string) =>
  z.string().check(
    z.maxLength(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`),
    z.refine((v: string) => v.trim().length > 0, emptyMessage),
  );

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date as YYYY-MM-DD, or empty when not given. */
const dateOrEmpty = (what: string) =>
  z.string().check(
    z.maxLength(10, `${what} must be a real date`),
    z.refine((v: string) => v === '' || isRealIsoDate(v), `${what} must be a real date`),
  );

const timestamp = () => z.iso.datetime({ offset: true, error: 'Enter a date and time in ISO 8601 format' });

const list = <T extends z.core.$ZodType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, `A plan can have up to ${max} ${what}`));

const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const choices = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.array(z.enum(values, { error: message })).check(
    z.maxLength(values.length, message),
    z.refine((a: string[]) => new Set(a).size === a.length, 'Each option can be chosen only once'),
  );

// ---------------------------------------------------------------------------------------------
// Sections, in the template's order

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

export const RELATIONSHIPS = [
  'birth_mother',
  'birth_father',
  'sibling_full',
  'sibling_half',
  'sibling_step_foster',
  'grandparent',
  'aunt_uncle',
  'other_relative',
  'former_foster_carer',
  'foster_family_member',
  'friend_community',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

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
export const SUPPORT_SPANS = ['initial', 'until_review', 'whole_childhood'] as const;

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

// ---------------------------------------------------------------------------------------------
// The child (section "child")

export const childSchema = z.strictObject({
  /** Name or pseudonym, as the family and social worker want it written. */
  name: text(LIMITS.name, "The child's name"),
  /** YYYY-MM-DD, or empty. */
  dateOfBirth: dateOrEmpty('Date of birth'),
  /** Age in words when the date of birth is not to be recorded, e.g. "about 15 months". */
  age: text(LIMITS.name, 'Age'),
  /** Date the child was placed with the family (YYYY-MM-DD), or empty. */
  placementDate: dateOrEmpty('Placement date'),
  /** Date of the placement or adoption order (YYYY-MM-DD), or empty. */
  orderDate: dateOrEmpty('Order date'),
  /** Heritage and culture, as the child's family describe it. */
  heritage: text(LIMITS.short, 'Heritage'),
  religion: text(LIMITS.short, 'Religion or belief'),
  /** Languages the child and their birth family speak. */
  languages: text(LIMITS.short, 'Languages'),
  /** Health, development and other needs that shape staying in touch. */
  needs: text(LIMITS.text, 'Needs'),
  /** How the child communicates and understands. */
  communication: text(LIMITS.text, 'Communication'),
  /** Brothers and sisters, and where each lives. */
  siblings: text(LIMITS.text, 'Brothers and sisters'),
});
export type Child = z.infer<typeof childSchema>;

// ---------------------------------------------------------------------------------------------
// Purposes (section "purposes", template step 1)

export const purposesSchema = z.strictObject({
  /** The purposes staying in touch serves for this child. */
  selected: choices(PURPOSES, 'Select a purpose from the list'),
  /** What the other purpose is, when "other" is selected. */
  other: text(LIMITS.short, 'The other purpose'),
  /** The purpose in a few sentences, for this child. */
  summary: text(LIMITS.text, 'The summary'),
  /** If meeting is not safe, how else these needs can be met. */
  ifMeetingUnsafe: text(LIMITS.text, 'The answer'),
});
export type Purposes = z.infer<typeof purposesSchema>;

// ---------------------------------------------------------------------------------------------
// Important people (section "people", template step 2)

export const personSchema = z.strictObject({
  id: id(),
  name: requiredText(LIMITS.name, 'The name', "Enter the person's name, or how the child knows them"),
  relationship: choice(RELATIONSHIPS, 'Select how they are related to the child'),
  /** What the relationship is, when "other" is selected. */
  relationshipOther: z.optional(text(LIMITS.name, 'The relationship')),
  knownToChild: choice(KNOWN_TO_CHILD, 'Select whether the child knows this person'),
  /** Whether they matter now, later in childhood or adulthood, or both. */
  priority: choice(PRIORITIES, 'Select when this person is important to the child'),
  /** Why they matter to the child. */
  whyImportant: requiredText(LIMITS.text, 'The reason', 'Enter why this person is important to the child'),
  /** Where they live, in general terms only (never an address). */
  livesWhere: z.optional(text(LIMITS.short, 'Where they live')),
  /** Whether they need an interpreter to take part; absent when nobody has asked. */
  interpreterNeeded: z.optional(z.boolean()),
  /** Which language they need interpreting, when they need an interpreter. */
  interpreterLanguage: z.optional(text(LIMITS.name, 'The language')),
});
export type Person = z.infer<typeof personSchema>;

// ---------------------------------------------------------------------------------------------
// Strengths and challenges (section "factors", template step 3)

const partyFields = {
  party: choice(PARTIES, 'Select who this is about'),
  /** The important person, when `party` is "person". */
  personId: z.optional(id()),
};
type PartyRef = { party: Party; personId?: string };
const personNeededForParty = z.refine<PartyRef>(
  (v) => (v.party === 'person') === (v.personId !== undefined && v.personId !== ''),
  { message: 'Select which person this is about', path: ['personId'] },
);

export const factorSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    kind: choice(FACTOR_KINDS, 'Select whether this is a strength or a challenge'),
    /** The strength or challenge, with what shows it. */
    description: requiredText(LIMITS.text, 'The description', 'Describe the strength or challenge'),
    /** For a challenge: how it will be managed. */
    howManaged: text(LIMITS.text, 'How it will be managed'),
  })
  .check(
    personNeededForParty,
    z.refine((f: { kind: string; howManaged: string }) => f.kind !== 'challenge' || f.howManaged.trim() !== '', {
      message: 'Enter how this challenge will be managed',
      path: ['howManaged'],
    }),
  );
export type Factor = z.infer<typeof factorSchema>;

// ---------------------------------------------------------------------------------------------
// Arrangements (section "arrangements", template step 4)

export const frequencySchema = z.strictObject({
  /** How many times per period, 1 to 52. */
  count: z
    .int('Enter how often as a whole number')
    .check(z.gte(1, 'How often must be at least 1'), z.lte(52, 'How often must be 52 or fewer')),
  per: choice(FREQUENCY_PER, 'Select week, month or year'),
});

export const writtenExchangeSchema = z.strictObject({
  /** How letters or messages travel, e.g. "the agency's letterbox service". */
  route: text(LIMITS.short, 'The route'),
  /** Months in which exchanges are due, 1 = January. Avoid birthdays and anniversaries of removal. */
  dueMonths: z.array(z.int().check(z.gte(1), z.lte(12))).check(
    z.maxLength(12, 'Select up to 12 months'),
    z.refine((a: number[]) => new Set(a).size === a.length, 'Each month can be chosen only once'),
  ),
  photos: z.optional(choice(PHOTOS, 'Select what happens to photos')),
  /** How each side signs letters, e.g. "Mum Sarah", "Mummy and Daddy". */
  signOffAs: text(LIMITS.short, 'How letters are signed'),
  /** Dates to avoid, e.g. birthdays, the anniversary of the child's removal. */
  avoid: text(LIMITS.short, 'Dates to avoid'),
});

export const arrangementSchema = z.strictObject({
  id: id(),
  /** Who from the important people takes part. */
  personIds: z
    .array(id())
    .check(
      z.minLength(1, 'Select at least one person this arrangement is with'),
      z.maxLength(LIMITS.people, `Select up to ${LIMITS.people} people`),
    ),
  /** Which purposes it serves. */
  purposes: choices(PURPOSES, 'Select a purpose from the list').check(
    z.minLength(1, 'Select at least one purpose this arrangement serves'),
  ),
  form: choice(FORMS, 'Select how they will stay in touch'),
  frequency: z.optional(frequencySchema),
  timing: z.optional(choice(TIMINGS, 'Select when it happens')),
  /** Length of each meet-up or call, in minutes. */
  durationMinutes: z.optional(
    z
      .int('Enter the length in minutes as a whole number')
      .check(
        z.gte(5, 'The length must be at least 5 minutes'),
        z.lte(1440, 'The length must be 1,440 minutes (a day) or fewer'),
      ),
  ),
  grouping: z.optional(choice(GROUPINGS, 'Select together or one at a time')),
  venue: z.optional(choice(VENUES, 'Select where it happens')),
  organiser: z.optional(choice(ORGANISERS, 'Select who organises it')),
  adultsShareDetails: z.optional(choice(SHARE_DETAILS, 'Select whether the adults share contact details')),
  professionalRole: z.optional(choice(PROFESSIONAL_ROLES, 'Select what a professional does')),
  /** Rules for letters, cards and messages; for written forms. */
  writtenExchange: z.optional(writtenExchangeSchema),
  notes: text(LIMITS.text, 'Notes'),
});
export type Arrangement = z.infer<typeof arrangementSchema>;

// ---------------------------------------------------------------------------------------------
// Support (section "support", template step 5)

export const supportSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    kinds: choices(SUPPORT_KINDS, 'Select a kind of support from the list').check(
      z.minLength(1, 'Select at least one kind of support'),
    ),
    /** What the support is, in a sentence or two. */
    description: requiredText(LIMITS.text, 'The description', 'Describe the support'),
    when: choices(SUPPORT_WHEN, 'Select before, during or after').check(
      z.minLength(1, 'Select when the support is given'),
    ),
    /** Who provides it: a service, a role or a person. */
    provider: requiredText(LIMITS.short, 'Who provides it', 'Enter who provides the support'),
    span: choice(SUPPORT_SPANS, 'Select how long the support lasts'),
  })
  .check(personNeededForParty);
export type Support = z.infer<typeof supportSchema>;

// ---------------------------------------------------------------------------------------------
// Voices (section "voices")

export const childVoiceSchema = z.strictObject({
  /** The child's wishes and feelings about staying in touch. */
  wishes: text(LIMITS.text, "The child's wishes and feelings"),
  /** Their own words, quoted. */
  ownWords: text(LIMITS.text, "The child's own words"),
  /** How they were heard. */
  methods: choices(HEARING_METHODS, 'Select a way of hearing the child from the list'),
  /** When they were heard (YYYY-MM-DD), or empty. */
  date: dateOrEmpty('The date'),
  /** Why the child's views could not be given, if they could not. */
  notGivenReason: text(LIMITS.text, 'The reason'),
});

export const viewSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    /** Their view of the plan, in their words where possible. */
    summary: requiredText(LIMITS.text, 'The view', 'Enter their view'),
    date: dateOrEmpty('The date'),
  })
  .check(
    personNeededForParty,
    z.refine((v: { party: string }) => v.party !== 'child', {
      message: "Record the child's view in the child's own part of this section",
      path: ['party'],
    }),
  );
export type View = z.infer<typeof viewSchema>;

export const voicesSchema = z.strictObject({
  child: childVoiceSchema,
  /** Views of the adoptive parents, birth relatives, foster carers and others. */
  others: list(viewSchema, LIMITS.views, 'views'),
});
export type Voices = z.infer<typeof voicesSchema>;

// ---------------------------------------------------------------------------------------------
// Change over time and when things go wrong (section "change")

// Stages, contingencies and tasks are rows edited in place, so a draft may hold a half-filled row
// (a contingency needs at least its trigger); `sectionCompleteSchemas` requires them filled in.

export const stageSchema = z.strictObject({
  id: id(),
  /** When, e.g. "Starting secondary school" or "At 16". */
  when: text(LIMITS.short, 'When'),
  /** What should change then. */
  changes: text(LIMITS.text, 'What changes'),
});

export const contingencySchema = z.strictObject({
  id: id(),
  /** What might happen. */
  trigger: choice(CONTINGENCY_TRIGGERS, 'Select what might happen'),
  /** What the trigger is, when "other" is selected. */
  triggerOther: text(LIMITS.short, 'What might happen'),
  /** What everyone will do. */
  response: text(LIMITS.text, 'What to do'),
});

export const changeSchema = z.strictObject({
  stages: list(stageSchema, LIMITS.stages, 'stages'),
  contingencies: list(contingencySchema, LIMITS.contingencies, 'contingencies'),
});
export type Change = z.infer<typeof changeSchema>;

// ---------------------------------------------------------------------------------------------
// Review (section "review", template step 6)

export const taskSchema = z.strictObject({
  id: id(),
  task: text(LIMITS.short, 'The task'),
  owner: text(LIMITS.name, 'Who does it'),
  due: dateOrEmpty('The due date'),
});

export const reviewSchema = z.strictObject({
  /** YYYY-MM-DD, or empty. */
  nextDate: dateOrEmpty('The date of the next review'),
  /** Months between reviews, 1 to 60, or null when not yet decided. */
  intervalMonths: z.nullable(
    z
      .int('Enter the number of months as a whole number')
      .check(z.gte(1, 'Reviews must be at least 1 month apart'), z.lte(60, 'Reviews must be 60 months apart or fewer')),
  ),
  /** Who convenes the review: a role or a name. */
  convenor: text(LIMITS.name, 'Who convenes the review'),
  earlyTriggers: choices(EARLY_REVIEW_TRIGGERS, 'Select a reason from the list'),
  earlyTriggersOther: text(LIMITS.short, 'Other reasons'),
  /** How the child's experience before, during and after will be noticed. */
  howObserved: text(LIMITS.text, 'The answer'),
  /** Who does what to make the plan happen. */
  tasks: list(taskSchema, LIMITS.tasks, 'tasks'),
  /** Earlier reviews and what they decided. */
  history: list(
    z.strictObject({
      date: dateOrEmpty('The review date'),
      outcome: requiredText(LIMITS.text, 'The outcome', 'Enter what the review decided'),
    }),
    LIMITS.reviewHistory,
    'reviews in the history',
  ),
});
export type Review = z.infer<typeof reviewSchema>;

// ---------------------------------------------------------------------------------------------
// Sign-off, versions, change log

export const signOffSchema = z.strictObject({
  id: id(),
  name: requiredText(LIMITS.name, 'The name', "Enter the signatory's name"),
  role: choice(SIGNATORY_ROLES, "Select the signatory's role"),
  roleOther: z.optional(text(LIMITS.name, 'The role')),
  stance: choice(STANCES, 'Select whether they agree with the plan'),
  /** Required when agreeing with reservations or not agreeing. */
  reservations: z.optional(text(LIMITS.text, 'The reservations')),
  /** YYYY-MM-DD. */
  date: z.optional(dateOrEmpty('The date')),
  /** A drawn signature as SVG path data; the typed name is the accessible equivalent. */
  signature: z.optional(
    z
      .string()
      .check(
        z.maxLength(LIMITS.signature, 'The signature is too detailed: clear it and sign again'),
        z.regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.\-eE]*$/, 'The signature must be SVG path data'),
      ),
  ),
});
export type SignOff = z.infer<typeof signOffSchema>;

export const changeLogEntrySchema = z.strictObject({
  version: z.int().check(z.gte(1)),
  at: timestamp(),
  /** Who made the change (a name or role). */
  by: text(LIMITS.name, 'Who made the change'),
  summary: requiredText(LIMITS.text, 'The summary', 'Enter a summary of what changed'),
});

const planContentShape = {
  /** The plan file format version. */
  schemaVersion: z.literal(SCHEMA_VERSION, 'This plan file is not schema version 1'),
  id: id(),
  /** The plan's name in the plans list; empty means "use the child's name". */
  title: text(LIMITS.name, "The plan's name"),
  status: choice(PLAN_STATUSES, 'Select draft, ready or signed'),
  /** Starts at 1; a new version of a signed plan is N+1. */
  version: z.int().check(z.gte(1, 'The version must be 1 or more'), z.lte(1000)),
  /** A practice plan with fictional people; marked as such wherever it shows. */
  practice: z.boolean(),
  /** The worked example a practice plan was opened from. */
  exampleId: z.optional(id()),
  jurisdiction: choice(JURISDICTIONS, 'Select England or Wales'),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** Sections the social worker has said are completed ("Have you completed this section?"). */
  completedSections: choices(SECTION_IDS, 'Select a section from the list'),
  child: childSchema,
  purposes: purposesSchema,
  people: list(personSchema, LIMITS.people, 'people'),
  factors: list(factorSchema, LIMITS.factors, 'strengths and challenges'),
  arrangements: list(arrangementSchema, LIMITS.arrangements, 'arrangements'),
  support: list(supportSchema, LIMITS.support, 'kinds of support'),
  voices: voicesSchema,
  change: changeSchema,
  review: reviewSchema,
  /** Empty until the plan is signed off. */
  signOff: list(signOffSchema, LIMITS.signOff, 'signatories'),
  changeLog: list(changeLogEntrySchema, LIMITS.changeLog, 'change log entries'),
};

/** Every person id used elsewhere must be one of the plan's people. */
const referencesKnownPeople = z.superRefine((plan: PlanContent, ctx) => {
  const known = new Set(plan.people.map((p) => p.id));
  const seen = new Set<string>();
  plan.people.forEach((p, i) => {
    if (seen.has(p.id))
      ctx.addIssue({ code: 'custom', message: 'Each person needs a different id', path: ['people', i, 'id'] });
    seen.add(p.id);
  });
  const check = (personId: string | undefined, path: (string | number)[]) => {
    if (personId && !known.has(personId)) {
      ctx.addIssue({ code: 'custom', message: 'This refers to a person who is not in the plan', path });
    }
  };
  plan.arrangements.forEach((a, i) => a.personIds.forEach((pid, j) => check(pid, ['arrangements', i, 'personIds', j])));
  plan.factors.forEach((f, i) => check(f.personId, ['factors', i, 'personId']));
  plan.support.forEach((s, i) => check(s.personId, ['support', i, 'personId']));
  plan.voices.others.forEach((v, i) => check(v.personId, ['voices', 'others', i, 'personId']));
});

const planContentObject = z.strictObject(planContentShape);
export type PlanContent = z.infer<typeof planContentObject>;

/** A plan without its earlier versions: what each entry of `previousVersions` holds. */
export const planContentSchema = planContentObject.check(referencesKnownPeople);

/** The plan file. */
export const planSchema = z
  .strictObject({
    ...planContentShape,
    /** Earlier signed versions, oldest first, kept so they stay viewable and exportable. */
    previousVersions: list(planContentSchema, LIMITS.previousVersions, 'earlier versions'),
  })
  .check(referencesKnownPeople);
export type Plan = z.infer<typeof planSchema>;

// ---------------------------------------------------------------------------------------------
// What "completed" means for each section

const filled = (message: string) => z.refine<string>((v) => v.trim().length > 0, message);

export const sectionCompleteSchemas = {
  child: z
    .strictObject({
      ...childSchema.shape,
      name: childSchema.shape.name.check(filled("Enter the child's name or a pseudonym")),
    })
    .check(
      z.refine((c: Child) => c.dateOfBirth !== '' || c.age.trim() !== '', {
        message: "Enter the child's date of birth or their age",
        path: ['dateOfBirth'],
      }),
    ),
  purposes: z
    .strictObject({
      ...purposesSchema.shape,
      selected: purposesSchema.shape.selected.check(z.minLength(1, 'Select at least one purpose of staying in touch')),
    })
    .check(
      z.refine((p: Purposes) => !p.selected.includes('other') || p.other.trim() !== '', {
        message: 'Enter the other purpose',
        path: ['other'],
      }),
    ),
  people: z.array(personSchema).check(z.minLength(1, 'Add at least one person who is important to the child')),
  factors: z.array(factorSchema).check(z.minLength(1, 'Add at least one strength or challenge')),
  arrangements: z
    .array(arrangementSchema)
    .check(z.minLength(1, 'Add at least one arrangement, even if it is "none for now"')),
  support: z.array(supportSchema).check(z.minLength(1, 'Add the support for at least one person')),
  voices: z.strictObject({
    child: z.strictObject(childVoiceSchema.shape).check(
      z.refine((c: Voices['child']) => c.wishes.trim() !== '' || c.notGivenReason.trim() !== '', {
        message: "Enter the child's wishes and feelings, or why they could not be given",
        path: ['wishes'],
      }),
      z.refine((c: Voices['child']) => c.wishes.trim() === '' || c.methods.length > 0, {
        message: 'Select how the child was heard',
        path: ['methods'],
      }),
    ),
    others: voicesSchema.shape.others,
  }),
  change: z
    .strictObject({
      stages: z.array(
        z.strictObject({
          ...stageSchema.shape,
          when: stageSchema.shape.when.check(filled('Enter when this stage begins')),
          changes: stageSchema.shape.changes.check(filled('Enter what should change at this stage')),
        }),
      ),
      contingencies: z.array(
        z
          .strictObject({
            ...contingencySchema.shape,
            response: contingencySchema.shape.response.check(filled('Enter what everyone will do if this happens')),
          })
          .check(
            z.refine(
              (c: { trigger: string; triggerOther: string }) => c.trigger !== 'other' || c.triggerOther.trim() !== '',
              {
                message: 'Describe what might happen',
                path: ['triggerOther'],
              },
            ),
          ),
      ),
    })
    .check(
      z.refine((c: Change) => c.stages.length + c.contingencies.length > 0, {
        message: 'Add at least one stage or one thing that could go wrong',
        path: ['stages'],
      }),
    ),
  review: z.strictObject({
    ...reviewSchema.shape,
    nextDate: dateOrEmpty('The date of the next review').check(
      z.refine((v: string) => v !== '', 'Enter the date of the next review'),
    ),
    intervalMonths: z
      .int('Enter how many months there will be between reviews')
      .check(z.gte(1, 'Reviews must be at least 1 month apart'), z.lte(60, 'Reviews must be 60 months apart or fewer')),
    convenor: reviewSchema.shape.convenor.check(filled('Enter who will convene the review')),
    tasks: z.array(
      z.strictObject({
        ...taskSchema.shape,
        task: taskSchema.shape.task.check(filled('Enter the task')),
        owner: taskSchema.shape.owner.check(filled('Enter who is responsible for the task')),
      }),
    ),
  }),
} as const;

/** Sections whose completeness is checked here; sign-off has its own rules (`src/planner/signoff`). */
export type CheckedSectionId = keyof typeof sectionCompleteSchemas;

/** The part of a plan a section edits. */
export function sectionValue(plan: PlanContent, section: CheckedSectionId): unknown {
  return plan[section];
}
