/**
 * The staying-in-touch plan: the one schema every other part of the planner is built from.
 *
 * From this file come the plan file format (`schemaVersion: 2`), the GOV.UK-style error messages the
 * forms show (as catalogue keys: the words are in src/i18n/en/planErrors.ts) and the published JSON
 * Schema (`/schemas/plan-v2.json`). The limits on every field, the order of the sections (used by the
 * task list, the check-answers summary and the PDF) and every list of choices are in
 * planVocabulary.ts, which has no schema code.
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
import type { planErrorMessages } from '../../i18n/en/planErrors';
import { readSignaturePath, SIGNATURE_LIMITS, SIGNATURE_PATH_PATTERN } from './signaturePath';
import {
  SCHEMA_VERSION,
  LIMITS,
  isRealIsoDate,
  SECTION_IDS,
  PURPOSES,
  RELATIONSHIPS,
  type Relationship,
  ROLE_RELATIONSHIPS,
  FAMILY_SIDES,
  KNOWN_TO_CHILD,
  PRIORITIES,
  PARTIES,
  type Party,
  FACTOR_KINDS,
  FORMS,
  ALSO_FORMS,
  AGREEMENTS,
  FREQUENCY_PER,
  TIMINGS,
  GROUPINGS,
  VENUES,
  ORGANISERS,
  SHARE_DETAILS,
  PROFESSIONAL_ROLES,
  PHOTOS,
  SUPPORT_KINDS,
  SUPPORT_WHEN,
  SUPPORT_SPANS,
  HEARING_METHODS,
  CONTINGENCY_TRIGGERS,
  EARLY_REVIEW_TRIGGERS,
  PLAN_STATUSES,
  JURISDICTIONS,
  DOCUMENT_LANGUAGES,
  SIGNATORY_ROLES,
  STANCES,
  isRealIsoMonth,
  type ExchangeStep,
} from './planVocabulary';

/** The catalogue key of one of the schema's messages: each check carries its key as its message. */
type PlanErrorKey = keyof typeof planErrorMessages;

// ---------------------------------------------------------------------------------------------
// Building blocks

/**
 * A message of the schema: its catalogue key, typed so that every message is one. Issues carry it as
 * their message; `issueMessage` (issueMessage.ts) turns an issue into the key and its parameters.
 */
const key = (k: PlanErrorKey): string => k;

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const id = () =>
  z.string().check(z.minLength(1), z.maxLength(LIMITS.id), z.regex(ID_PATTERN, key('plan.error.id.pattern')));

/** A free-text field that may be empty in a draft; `tooLong` says so past `max` characters. */
const text = (max: number, tooLong: PlanErrorKey) => z.string().check(z.maxLength(max, tooLong));

/** A free-text field that must be filled in wherever it appears. */
const requiredText = (max: number, tooLong: PlanErrorKey, empty: PlanErrorKey) =>
  z.string().check(
    z.maxLength(max, tooLong),
    z.refine((v: string) => v.trim().length > 0, empty),
  );

/** A date as YYYY-MM-DD, or empty when not given; `invalid` says it is not a real date. */
const dateOrEmpty = (invalid: PlanErrorKey) =>
  z.string().check(
    z.maxLength(10, invalid),
    z.refine((v: string) => v === '' || isRealIsoDate(v), invalid),
  );

const timestamp = () => z.iso.datetime({ offset: true, error: key('plan.error.timestamp.format') });

const list = <T extends z.core.$ZodType>(item: T, max: number, tooMany: PlanErrorKey) =>
  z.array(item).check(z.maxLength(max, tooMany));

const choice = <const T extends readonly [string, ...string[]]>(values: T, message: PlanErrorKey) =>
  z.enum(values, { error: message });

const choices = <const T extends readonly [string, ...string[]]>(values: T, message: PlanErrorKey) =>
  z.array(z.enum(values, { error: message })).check(
    z.maxLength(values.length, message),
    z.refine((a: string[]) => new Set(a).size === a.length, key('plan.error.choices.duplicate')),
  );

// ---------------------------------------------------------------------------------------------
// Sections, in the template's order

// ---------------------------------------------------------------------------------------------
// The child (section "child")

export const childSchema = z.strictObject({
  /** Name or pseudonym, as the family and social worker want it written. */
  name: text(LIMITS.name, 'plan.error.child.name.tooLong'),
  /** YYYY-MM-DD, or empty. */
  dateOfBirth: dateOrEmpty('plan.error.child.dateOfBirth.invalid'),
  /** Age in words when the date of birth is not to be recorded, e.g. "about 15 months". */
  age: text(LIMITS.name, 'plan.error.child.age.tooLong'),
  /** Date the child was placed with the family (YYYY-MM-DD), or empty. */
  placementDate: dateOrEmpty('plan.error.child.placementDate.invalid'),
  /** Date of the placement or adoption order (YYYY-MM-DD), or empty. */
  orderDate: dateOrEmpty('plan.error.child.orderDate.invalid'),
  /** Heritage and culture, as the child's family describe it. */
  heritage: text(LIMITS.short, 'plan.error.child.heritage.tooLong'),
  religion: text(LIMITS.short, 'plan.error.child.religion.tooLong'),
  /** Languages the child and their birth family speak. */
  languages: text(LIMITS.short, 'plan.error.child.languages.tooLong'),
  /** Health, development and other needs that shape staying in touch. */
  needs: text(LIMITS.text, 'plan.error.child.needs.tooLong'),
  /** How the child communicates and understands. */
  communication: text(LIMITS.text, 'plan.error.child.communication.tooLong'),
  /** Brothers and sisters, and where each lives. */
  siblings: text(LIMITS.text, 'plan.error.child.siblings.tooLong'),
});
export type Child = z.infer<typeof childSchema>;

// ---------------------------------------------------------------------------------------------
// Purposes (section "purposes", template step 1)

export const purposesSchema = z.strictObject({
  /** The purposes staying in touch serves for this child. */
  selected: choices(PURPOSES, 'plan.error.purposes.selected.unknown'),
  /** What the other purpose is, when "other" is selected. */
  other: text(LIMITS.short, 'plan.error.purposes.other.tooLong'),
  /** The purpose in a few sentences, for this child. */
  summary: text(LIMITS.text, 'plan.error.purposes.summary.tooLong'),
  /** If meeting is not safe, how else these needs can be met. */
  ifMeetingUnsafe: text(LIMITS.text, 'plan.error.purposes.ifMeetingUnsafe.tooLong'),
});
export type Purposes = z.infer<typeof purposesSchema>;

// ---------------------------------------------------------------------------------------------
// Important people (section "people", template step 2)

/** Safety concerns about a person: what the plan must guard against. */
export const personSafetySchema = z.strictObject({
  /** No direct contact with the child (meetings, calls or messages). */
  noDirectContact: z.boolean(),
  /** The adoptive family's details must not be shared with them. */
  doNotShareDetails: z.boolean(),
  /** The concern, in a few words: what it is and what keeps the child safe. */
  concerns: text(LIMITS.text, 'plan.error.person.safety.concerns.tooLong'),
});

const personObject = z.strictObject({
  id: id(),
  name: requiredText(LIMITS.name, 'plan.error.person.name.tooLong', 'plan.error.person.name.required'),
  relationship: choice(RELATIONSHIPS, 'plan.error.person.relationship.required'),
  /** What the relationship is, when "other" is selected. */
  relationshipOther: z.optional(text(LIMITS.name, 'plan.error.person.relationshipOther.tooLong')),
  /** Which side of the birth family, for a relative who belongs to one. */
  side: z.optional(choice(FAMILY_SIDES, 'plan.error.person.side.required')),
  /** For the carer of a brother or sister: the person in the register they care for. */
  caresForId: z.optional(id()),
  /** For a professional: their role, agency, and how to reach them (a route, never a home address). */
  role: z.optional(text(LIMITS.name, 'plan.error.person.role.tooLong')),
  agency: z.optional(text(LIMITS.name, 'plan.error.person.agency.tooLong')),
  contactRoute: z.optional(text(LIMITS.short, 'plan.error.person.contactRoute.tooLong')),
  /** The name the child uses for them, when it is not their name ("Nana", "Mam"). */
  nameChildUses: z.optional(text(LIMITS.name, 'plan.error.person.nameChildUses.tooLong')),
  /** Absent for people in the register for their role (ROLE_RELATIONSHIPS); required for everyone else. */
  knownToChild: z.optional(choice(KNOWN_TO_CHILD, 'plan.error.person.knownToChild.required')),
  /** Whether they matter now, later in childhood or adulthood, or both. */
  priority: z.optional(choice(PRIORITIES, 'plan.error.person.priority.required')),
  /** Why they matter to the child. */
  whyImportant: z.optional(text(LIMITS.text, 'plan.error.person.whyImportant.tooLong')),
  /** Where they live, in general terms only (never an address). */
  livesWhere: z.optional(text(LIMITS.short, 'plan.error.person.livesWhere.tooLong')),
  /** Country they live in, when it is not the UK, and their time zone, for calls and deadlines. */
  country: z.optional(text(LIMITS.name, 'plan.error.person.country.tooLong')),
  timeZone: z.optional(text(LIMITS.name, 'plan.error.person.timeZone.tooLong')),
  /** Nobody knows where they are now. */
  whereaboutsUnknown: z.optional(z.boolean()),
  /** Languages they speak, in the order they prefer. */
  languages: z.optional(text(LIMITS.short, 'plan.error.person.languages.tooLong')),
  /** Whether they need an interpreter to take part; absent when nobody has asked. */
  interpreterNeeded: z.optional(z.boolean()),
  /** Which language they need interpreting, when they need an interpreter. */
  interpreterLanguage: z.optional(text(LIMITS.name, 'plan.error.person.interpreterLanguage.tooLong')),
  safety: z.optional(personSafetySchema),
});

type PersonShape = z.infer<typeof personObject>;
const isRole = (p: { relationship: Relationship }) => ROLE_RELATIONSHIPS.includes(p.relationship);

export const personSchema = personObject.check(
  z.superRefine((p: PersonShape, ctx) => {
    if (isRole(p)) return;
    // Someone the child keeps a relationship with: the plan says whether the child knows them, when and why.
    if (p.knownToChild === undefined)
      ctx.addIssue({ code: 'custom', message: key('plan.error.person.knownToChild.required'), path: ['knownToChild'] });
    if (p.priority === undefined)
      ctx.addIssue({ code: 'custom', message: key('plan.error.person.priority.required'), path: ['priority'] });
    if (!p.whyImportant?.trim())
      ctx.addIssue({ code: 'custom', message: key('plan.error.person.whyImportant.required'), path: ['whyImportant'] });
  }),
);
export type Person = z.infer<typeof personSchema>;

// ---------------------------------------------------------------------------------------------
// Strengths and challenges (section "factors", template step 3)

const partyFields = {
  party: choice(PARTIES, 'plan.error.party.required'),
  /** The important person, when `party` is "person". */
  personId: z.optional(id()),
};
type PartyRef = { party: Party; personId?: string };
const personNeededForParty = z.refine<PartyRef>(
  (v) => (v.party === 'person') === (v.personId !== undefined && v.personId !== ''),
  { message: key('plan.error.party.person.required'), path: ['personId'] },
);

export const factorSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    kind: choice(FACTOR_KINDS, 'plan.error.factor.kind.required'),
    /** The strength or challenge, with what shows it. */
    description: requiredText(
      LIMITS.text,
      'plan.error.factor.description.tooLong',
      'plan.error.factor.description.required',
    ),
    /** For a challenge: how it will be managed. */
    howManaged: text(LIMITS.text, 'plan.error.factor.howManaged.tooLong'),
  })
  .check(
    personNeededForParty,
    z.refine((f: { kind: string; howManaged: string }) => f.kind !== 'challenge' || f.howManaged.trim() !== '', {
      message: key('plan.error.factor.howManaged.required'),
      path: ['howManaged'],
    }),
  );
export type Factor = z.infer<typeof factorSchema>;

// ---------------------------------------------------------------------------------------------
// Arrangements (section "arrangements", template step 4)

export const frequencySchema = z.strictObject({
  /** How many times per period, 1 to 52. */
  count: z
    .int(key('plan.error.arrangement.frequency.count.notWhole'))
    .check(
      z.gte(1, key('plan.error.arrangement.frequency.count.tooSmall')),
      z.lte(52, key('plan.error.arrangement.frequency.count.tooBig')),
    ),
  per: choice(FREQUENCY_PER, 'plan.error.arrangement.frequency.per.required'),
});

/** Months of the year, 1 = January, each at most once. */
const monthList = (tooMany: PlanErrorKey, duplicate: PlanErrorKey) =>
  z.array(z.int().check(z.gte(1), z.lte(12))).check(
    z.maxLength(12, key(tooMany)),
    z.refine((a: number[]) => new Set(a).size === a.length, key(duplicate)),
  );

export const writtenExchangeSchema = z.strictObject({
  /** How letters or messages travel, e.g. "the agency's letterbox service". */
  route: text(LIMITS.short, 'plan.error.writtenExchange.route.tooLong'),
  /** Months in which exchanges are due, 1 = January. Avoid birthdays and anniversaries of removal. */
  dueMonths: monthList(
    'plan.error.writtenExchange.dueMonths.tooMany',
    'plan.error.writtenExchange.dueMonths.duplicate',
  ),
  photos: z.optional(choice(PHOTOS, 'plan.error.writtenExchange.photos.required')),
  /** How each side signs letters, e.g. "Mum Sarah", "Mummy and Daddy". */
  signOffAs: text(LIMITS.short, 'plan.error.writtenExchange.signOffAs.tooLong'),
  /** Dates to avoid, e.g. birthdays, the anniversary of the child's removal. */
  avoid: text(LIMITS.short, 'plan.error.writtenExchange.avoid.tooLong'),
});

export const arrangementSchema = z
  .strictObject({
    id: id(),
    /** Who from the important people takes part. */
    personIds: z
      .array(id())
      .check(
        z.minLength(1, key('plan.error.arrangement.personIds.required')),
        z.maxLength(LIMITS.people, key('plan.error.arrangement.personIds.tooMany')),
      ),
    /** Which purposes it serves: at least one, except for "none for now", which gives its reason instead. */
    purposes: choices(PURPOSES, 'plan.error.arrangement.purposes.unknown'),
    /** Whether it is agreed, or asked for by someone and not agreed (format 2; absent means agreed). */
    agreement: z.optional(choice(AGREEMENTS, 'plan.error.arrangement.agreement.required')),
    /** Who asked for it, when it is asked for and not agreed (format 2): a person in the register, or as written. */
    askedById: z.optional(id()),
    askedByName: z.optional(text(LIMITS.name, 'plan.error.arrangement.askedByName.tooLong')),
    form: choice(FORMS, 'plan.error.arrangement.form.required'),
    /** Other ways in the same arrangement (format 2), as birthday cards with a yearly visit. */
    alsoForms: z.optional(choices(ALSO_FORMS, 'plan.error.arrangement.alsoForms.unknown')),
    /** Why there is no contact for now (format 2): what "none for now" gives instead of a purpose. */
    noneReason: z.optional(text(LIMITS.text, 'plan.error.arrangement.noneReason.tooLong')),
    frequency: z.optional(frequencySchema),
    timing: z.optional(choice(TIMINGS, 'plan.error.arrangement.timing.required')),
    /** Months in which meet-ups or calls happen, 1 = January (format 2). */
    months: z.optional(monthList('plan.error.arrangement.months.tooMany', 'plan.error.arrangement.months.duplicate')),
    /** Nobody knows yet when they will happen (format 2). */
    monthsNotKnown: z.optional(z.literal(true)),
    /** Length of each meet-up or call, in minutes. */
    durationMinutes: z.optional(
      z
        .int(key('plan.error.arrangement.durationMinutes.notWhole'))
        .check(
          z.gte(5, key('plan.error.arrangement.durationMinutes.tooSmall')),
          z.lte(1440, key('plan.error.arrangement.durationMinutes.tooBig')),
        ),
    ),
    /** Nobody knows yet how long each meet-up or call will last (format 2). */
    lengthNotKnown: z.optional(z.literal(true)),
    grouping: z.optional(choice(GROUPINGS, 'plan.error.arrangement.grouping.required')),
    venue: z.optional(choice(VENUES, 'plan.error.arrangement.venue.required')),
    organiser: z.optional(choice(ORGANISERS, 'plan.error.arrangement.organiser.required')),
    /** Who exactly organises it (format 2): a person in the register, or a name or service as written. */
    organiserId: z.optional(id()),
    organiserName: z.optional(text(LIMITS.name, 'plan.error.arrangement.organiserName.tooLong')),
    adultsShareDetails: z.optional(choice(SHARE_DETAILS, 'plan.error.arrangement.adultsShareDetails.required')),
    professionalRole: z.optional(choice(PROFESSIONAL_ROLES, 'plan.error.arrangement.professionalRole.required')),
    /** The professional who takes that part (format 2): a person in the register, or a name as written. */
    professionalId: z.optional(id()),
    professionalName: z.optional(text(LIMITS.name, 'plan.error.arrangement.professionalName.tooLong')),
    /** Rules for letters, cards and messages; for written forms. */
    writtenExchange: z.optional(writtenExchangeSchema),
    notes: text(LIMITS.text, 'plan.error.arrangement.notes.tooLong'),
    /**
     * One line for the child's own plan, as the child would say it or said it (format 2): what this
     * arrangement means to them. Printed as theirs in the child's plan.
     */
    childWords: z.optional(text(LIMITS.short, 'plan.error.arrangement.childWords.tooLong')),
  })
  .check(
    z.refine((a: { form: string; purposes: string[] }) => a.form === 'none_now' || a.purposes.length > 0, {
      message: key('plan.error.arrangement.purposes.required'),
      path: ['purposes'],
    }),
    z.refine(
      (a: { form: string; purposes: string[]; noneReason?: string }) =>
        a.form !== 'none_now' || a.purposes.length > 0 || !!a.noneReason?.trim(),
      { message: key('plan.error.arrangement.noneReason.required'), path: ['noneReason'] },
    ),
    z.refine(
      (a: { form: string; alsoForms?: string[] }) =>
        !a.alsoForms?.length || (a.form !== 'none_now' && !a.alsoForms.includes(a.form)),
      { message: key('plan.error.arrangement.alsoForms.sameAsMain'), path: ['alsoForms'] },
    ),
    z.refine(
      (a: { agreement?: string; askedById?: string; askedByName?: string }) =>
        a.agreement !== 'asked_for' || !!a.askedById || !!a.askedByName?.trim(),
      { message: key('plan.error.arrangement.askedBy.required'), path: ['askedByName'] },
    ),
  );
export type Arrangement = z.infer<typeof arrangementSchema>;

// ---------------------------------------------------------------------------------------------
// Support (section "support", template step 5)

export const supportSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    kinds: choices(SUPPORT_KINDS, 'plan.error.support.kinds.unknown').check(
      z.minLength(1, key('plan.error.support.kinds.required')),
    ),
    /** What the support is, in a sentence or two. */
    description: requiredText(
      LIMITS.text,
      'plan.error.support.description.tooLong',
      'plan.error.support.description.required',
    ),
    when: choices(SUPPORT_WHEN, 'plan.error.support.when.unknown').check(
      z.minLength(1, key('plan.error.support.when.required')),
    ),
    /** Who provides it: a person in the register (format 2), or a service, a role or a name as written. */
    providerId: z.optional(id()),
    provider: text(LIMITS.short, 'plan.error.support.provider.tooLong'),
    span: choice(SUPPORT_SPANS, 'plan.error.support.span.required'),
  })
  .check(
    personNeededForParty,
    z.refine((s: { provider: string; providerId?: string }) => s.provider.trim() !== '' || !!s.providerId, {
      message: key('plan.error.support.provider.required'),
      path: ['provider'],
    }),
  );
export type Support = z.infer<typeof supportSchema>;

// ---------------------------------------------------------------------------------------------
// Voices (section "voices")

export const childVoiceSchema = z.strictObject({
  /** The child's wishes and feelings about staying in touch. */
  wishes: text(LIMITS.text, 'plan.error.childVoice.wishes.tooLong'),
  /** Their own words, quoted. */
  ownWords: text(LIMITS.text, 'plan.error.childVoice.ownWords.tooLong'),
  /** How they were heard. */
  methods: choices(HEARING_METHODS, 'plan.error.childVoice.methods.unknown'),
  /** When they were heard (YYYY-MM-DD), or empty. */
  date: dateOrEmpty('plan.error.childVoice.date.invalid'),
  /** Why the child's views could not be given, if they could not. */
  notGivenReason: text(LIMITS.text, 'plan.error.childVoice.notGivenReason.tooLong'),
});

export const viewSchema = z
  .strictObject({
    id: id(),
    ...partyFields,
    /** Their view of the plan, in their words where possible. */
    summary: requiredText(LIMITS.text, 'plan.error.view.summary.tooLong', 'plan.error.view.summary.required'),
    date: dateOrEmpty('plan.error.view.date.invalid'),
  })
  .check(
    personNeededForParty,
    z.refine((v: { party: string }) => v.party !== 'child', {
      message: key('plan.error.view.party.child'),
      path: ['party'],
    }),
  );
export type View = z.infer<typeof viewSchema>;

export const voicesSchema = z.strictObject({
  child: childVoiceSchema,
  /** Views of the adoptive parents, birth relatives, foster carers and others. */
  others: list(viewSchema, LIMITS.views, 'plan.error.views.tooMany'),
});
export type Voices = z.infer<typeof voicesSchema>;

// ---------------------------------------------------------------------------------------------
// Change over time and when things go wrong (section "change")

// Stages, contingencies and tasks are rows edited in place, so a draft may hold a half-filled row
// (a contingency needs at least its trigger); `sectionCompleteSchemas` requires them filled in.

export const stageSchema = z.strictObject({
  id: id(),
  /** When, e.g. "Starting secondary school" or "At 16". */
  when: text(LIMITS.short, 'plan.error.stage.when.tooLong'),
  /** What should change then. */
  changes: text(LIMITS.text, 'plan.error.stage.changes.tooLong'),
});

export const contingencySchema = z.strictObject({
  id: id(),
  /** What might happen. */
  trigger: choice(CONTINGENCY_TRIGGERS, 'plan.error.contingency.trigger.required'),
  /** What the trigger is, when "other" is selected. */
  triggerOther: text(LIMITS.short, 'plan.error.contingency.triggerOther.tooLong'),
  /** What everyone will do. */
  response: text(LIMITS.text, 'plan.error.contingency.response.tooLong'),
});

export const changeSchema = z.strictObject({
  stages: list(stageSchema, LIMITS.stages, 'plan.error.stages.tooMany'),
  contingencies: list(contingencySchema, LIMITS.contingencies, 'plan.error.contingencies.tooMany'),
});
export type Change = z.infer<typeof changeSchema>;

// ---------------------------------------------------------------------------------------------
// Review (section "review", template step 6)

export const taskSchema = z.strictObject({
  id: id(),
  task: text(LIMITS.short, 'plan.error.task.task.tooLong'),
  /** Who does it: a person in the register (format 2), or a name or role as written. */
  ownerId: z.optional(id()),
  owner: text(LIMITS.name, 'plan.error.task.owner.tooLong'),
  due: dateOrEmpty('plan.error.task.due.invalid'),
});

/** Months between reviews: the same limits in a draft and in a completed section. */
const intervalAtLeast = z.gte(1, key('plan.error.review.intervalMonths.tooSmall'));
const intervalAtMost = z.lte(60, key('plan.error.review.intervalMonths.tooBig'));

export const reviewSchema = z.strictObject({
  /** YYYY-MM-DD, or empty. */
  nextDate: dateOrEmpty('plan.error.review.nextDate.invalid'),
  /** Months between reviews, 1 to 60, or null when not yet decided. */
  intervalMonths: z.nullable(
    z.int(key('plan.error.review.intervalMonths.notWhole')).check(intervalAtLeast, intervalAtMost),
  ),
  /** Who convenes the review: a role or a name. */
  convenor: text(LIMITS.name, 'plan.error.review.convenor.tooLong'),
  earlyTriggers: choices(EARLY_REVIEW_TRIGGERS, 'plan.error.review.earlyTriggers.unknown'),
  earlyTriggersOther: text(LIMITS.short, 'plan.error.review.earlyTriggersOther.tooLong'),
  /** How the child's experience before, during and after will be noticed. */
  howObserved: text(LIMITS.text, 'plan.error.review.howObserved.tooLong'),
  /** Who does what to make the plan happen. */
  tasks: list(taskSchema, LIMITS.tasks, 'plan.error.tasks.tooMany'),
  /** Earlier reviews and what they decided. */
  history: list(
    z.strictObject({
      date: dateOrEmpty('plan.error.review.history.date.invalid'),
      outcome: requiredText(
        LIMITS.text,
        'plan.error.review.history.outcome.tooLong',
        'plan.error.review.history.outcome.required',
      ),
    }),
    LIMITS.reviewHistory,
    'plan.error.review.history.tooMany',
  ),
});
export type Review = z.infer<typeof reviewSchema>;

// ---------------------------------------------------------------------------------------------
// What must not cross between the families (format 2): the copies made for each reader leave it out

/** A finding the social worker chose to keep in the copies, with the reason it is safe there. */
export const keptFindingSchema = z.strictObject({
  /** The answer it is in: its row key on "Check your answers" (`arrangements.<id>.notes`). */
  where: z.string().check(z.maxLength(200), z.regex(/^[A-Za-z0-9_.-]+$/, key('plan.error.keptFinding.where.invalid'))),
  /** The detail exactly as written in that answer. */
  text: requiredText(LIMITS.name, 'plan.error.keptFinding.text.tooLong', 'plan.error.keptFinding.text.required'),
  /** Why it may stay, e.g. "the park is a public place both families already use". */
  reason: requiredText(LIMITS.short, 'plan.error.keptFinding.reason.tooLong', 'plan.error.keptFinding.reason.required'),
});
export type KeptFinding = z.infer<typeof keptFindingSchema>;

/**
 * What must not reach the other family: the adoptive family's details, kept out of every birth
 * relative's copy, and the birth relatives' details, kept out of the adoptive family's copy. Names in
 * the register are protected without being written here; first names only when the plan does not say
 * that both families know them.
 */
export const protectedDetailsSchema = z.strictObject({
  /** The adoptive family's surname or surnames, one per line. */
  surnames: text(LIMITS.short, 'plan.error.protectedDetails.surnames.tooLong'),
  /** The child's name in the adoptive family, when it is not the name in "About the child". */
  childNewName: text(LIMITS.name, 'plan.error.protectedDetails.childNewName.tooLong'),
  /** The adoptive family's address. */
  address: text(LIMITS.short, 'plan.error.protectedDetails.address.tooLong'),
  /** The town or village they live in. */
  town: text(LIMITS.name, 'plan.error.protectedDetails.town.tooLong'),
  /** The child's nursery, school or college. */
  school: text(LIMITS.name, 'plan.error.protectedDetails.school.tooLong'),
  /** Anything else that would identify the adoptive family, one per line (a workplace, a club). */
  otherAdoptive: text(LIMITS.text, 'plan.error.protectedDetails.otherAdoptive.tooLong'),
  /** The birth relatives' details the adoptive family must not have, one per line. */
  otherBirth: text(LIMITS.text, 'plan.error.protectedDetails.otherBirth.tooLong'),
  /** The birth family knows the child's first name, so their copies may print it. */
  childFirstNameShared: z.boolean(),
  /** People whose first name both families know, so the other family's copies may print it. */
  sharedFirstNameIds: z.array(id()).check(z.maxLength(LIMITS.people)),
  /** Findings kept in the copies, each with its reason. */
  kept: list(keptFindingSchema, LIMITS.keptFindings, 'plan.error.protectedDetails.kept.tooMany'),
});
export type ProtectedDetails = z.infer<typeof protectedDetailsSchema>;

// ---------------------------------------------------------------------------------------------
// The exchange log (format 2): what happened to each written exchange, kept by the agency

type ExchangeDates = Record<ExchangeStep, string>;
/** A step taken on a date before the step it follows: the letter is read before it is passed on. */
const stepInOrder = (step: ExchangeStep, after: ExchangeStep, message: PlanErrorKey) =>
  z.refine<ExchangeDates>((e) => e[step] === '' || (e[after] !== '' && e[after] <= e[step]), {
    message: key(message),
    path: [step],
  });

export const exchangeSchema = z
  .strictObject({
    id: id(),
    /** The written-exchange arrangement it belongs to; the log outlives an arrangement later ended. */
    arrangementId: id(),
    /** The month it was due, YYYY-MM. */
    due: z.string().check(
      z.maxLength(7),
      z.refine((v: string) => isRealIsoMonth(v), key('plan.error.exchange.due.invalid')),
    ),
    /** When the agency received the letter, card or message (YYYY-MM-DD), or empty: not yet. */
    received: dateOrEmpty('plan.error.exchange.received.invalid'),
    /** When it was read for identifying details, or empty. */
    checked: dateOrEmpty('plan.error.exchange.checked.invalid'),
    /** When it was passed on to the family it is for, or empty. */
    passedOn: dateOrEmpty('plan.error.exchange.passedOn.invalid'),
    /** When a reply came back, or empty. */
    replyReceived: dateOrEmpty('plan.error.exchange.replyReceived.invalid'),
    /** What happened: a late letter, a reminder sent, what was taken out and why. */
    notes: text(LIMITS.text, 'plan.error.exchange.notes.tooLong'),
  })
  .check(
    stepInOrder('checked', 'received', 'plan.error.exchange.checked.beforeReceived'),
    stepInOrder('passedOn', 'checked', 'plan.error.exchange.passedOn.beforeChecked'),
  );
export type Exchange = z.infer<typeof exchangeSchema>;

// ---------------------------------------------------------------------------------------------
// Sign-off, versions, change log

/** A drawn signature's points lie inside the pad's box, and there are no more than the pad allows. */
const signatureWithinPad = z.superRefine((path: string, ctx) => {
  const reading = readSignaturePath(path);
  if (reading.ok) return;
  if (reading.problem === 'outside') {
    ctx.addIssue({ code: 'custom', message: key('plan.error.signatory.signature.outside') });
  } else if (reading.problem === 'tooManyPoints') {
    ctx.addIssue({
      code: 'custom',
      message: key('plan.error.signatory.signature.tooManyPoints'),
      params: { maximum: SIGNATURE_LIMITS.points },
    });
  }
});

export const signOffSchema = z.strictObject({
  id: id(),
  /**
   * The person in the register who signs, when they are in it (format 2). Their name and role are
   * still written here as they stood when they signed: a signature records who signed as what.
   */
  personId: z.optional(id()),
  name: requiredText(LIMITS.name, 'plan.error.signatory.name.tooLong', 'plan.error.signatory.name.required'),
  role: choice(SIGNATORY_ROLES, 'plan.error.signatory.role.required'),
  roleOther: z.optional(text(LIMITS.name, 'plan.error.signatory.roleOther.tooLong')),
  stance: choice(STANCES, 'plan.error.signatory.stance.required'),
  /** Required when agreeing with reservations or not agreeing. */
  reservations: z.optional(text(LIMITS.text, 'plan.error.signatory.reservations.tooLong')),
  /** YYYY-MM-DD. */
  date: z.optional(dateOrEmpty('plan.error.signatory.date.invalid')),
  /** A drawn signature as SVG path data; the typed name is the accessible equivalent. */
  signature: z.optional(
    z
      .string()
      .check(
        z.maxLength(LIMITS.signature, { message: key('plan.error.signatory.signature.tooLong'), abort: true }),
        z.regex(SIGNATURE_PATH_PATTERN, { message: key('plan.error.signatory.signature.pattern'), abort: true }),
        signatureWithinPad,
      ),
  ),
});
export type SignOff = z.infer<typeof signOffSchema>;

export const changeLogEntrySchema = z.strictObject({
  version: z.int().check(z.gte(1)),
  at: timestamp(),
  /** Who made the change (a name or role). */
  by: text(LIMITS.name, 'plan.error.changeLog.by.tooLong'),
  summary: requiredText(LIMITS.text, 'plan.error.changeLog.summary.tooLong', 'plan.error.changeLog.summary.required'),
});

const planContentShape = {
  /** The plan file format version. */
  schemaVersion: z.literal(SCHEMA_VERSION, key('plan.error.schemaVersion.unknown')),
  id: id(),
  /** The plan's name in the plans list; empty means "use the child's name". */
  title: text(LIMITS.name, 'plan.error.title.tooLong'),
  status: choice(PLAN_STATUSES, 'plan.error.status.required'),
  /** Starts at 1; a new version of a signed plan is N+1. */
  version: z.int().check(z.gte(1, key('plan.error.version.tooSmall')), z.lte(1000)),
  /** A practice plan with fictional people; marked as such wherever it shows. */
  practice: z.boolean(),
  /** The worked example a practice plan was opened from. */
  exampleId: z.optional(id()),
  jurisdiction: choice(JURISDICTIONS, 'plan.error.jurisdiction.required'),
  /** The language the plan's PDF is written in (format 2); absent: the builder page's language. */
  documentLanguage: z.optional(choice(DOCUMENT_LANGUAGES, 'plan.error.documentLanguage.required')),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  /** Sections the social worker has said are completed ("Have you completed this section?"). */
  completedSections: choices(SECTION_IDS, 'plan.error.completedSections.unknown'),
  child: childSchema,
  purposes: purposesSchema,
  people: list(personSchema, LIMITS.people, 'plan.error.people.tooMany'),
  factors: list(factorSchema, LIMITS.factors, 'plan.error.factors.tooMany'),
  arrangements: list(arrangementSchema, LIMITS.arrangements, 'plan.error.arrangements.tooMany'),
  support: list(supportSchema, LIMITS.support, 'plan.error.support.tooMany'),
  voices: voicesSchema,
  change: changeSchema,
  review: reviewSchema,
  /** What each family's copies leave out (format 2); absent until someone writes it. */
  protectedDetails: z.optional(protectedDetailsSchema),
  /**
   * Each written exchange as it happened (format 2), oldest first; absent until one is logged. The
   * agency's record: kept out of the families' copies and of the fingerprint, and written after
   * sign-off too (signoff/planLifecycle.ts).
   */
  exchangeLog: z.optional(list(exchangeSchema, LIMITS.exchanges, 'plan.error.exchangeLog.tooMany')),
  /** Empty until the plan is signed off. */
  signOff: list(signOffSchema, LIMITS.signOff, 'plan.error.signOff.tooMany'),
  changeLog: list(changeLogEntrySchema, LIMITS.changeLog, 'plan.error.changeLog.tooMany'),
};

/** Every person id used elsewhere must be one of the plan's people. */
const referencesKnownPeople = z.superRefine((plan: PlanContent, ctx) => {
  const known = new Set(plan.people.map((p) => p.id));
  const seen = new Set<string>();
  plan.people.forEach((p, i) => {
    if (seen.has(p.id))
      ctx.addIssue({ code: 'custom', message: key('plan.error.people.id.duplicate'), path: ['people', i, 'id'] });
    seen.add(p.id);
  });
  const check = (personId: string | undefined, path: (string | number)[]) => {
    if (personId && !known.has(personId)) {
      ctx.addIssue({ code: 'custom', message: key('plan.error.personId.unknown'), path });
    }
  };
  plan.arrangements.forEach((a, i) => a.personIds.forEach((pid, j) => check(pid, ['arrangements', i, 'personIds', j])));
  plan.people.forEach((p, i) => check(p.caresForId, ['people', i, 'caresForId']));
  plan.factors.forEach((f, i) => check(f.personId, ['factors', i, 'personId']));
  plan.support.forEach((s, i) => check(s.personId, ['support', i, 'personId']));
  plan.voices.others.forEach((v, i) => check(v.personId, ['voices', 'others', i, 'personId']));
  plan.arrangements.forEach((a, i) => {
    check(a.organiserId, ['arrangements', i, 'organiserId']);
    check(a.professionalId, ['arrangements', i, 'professionalId']);
    check(a.askedById, ['arrangements', i, 'askedById']);
  });
  plan.support.forEach((s, i) => check(s.providerId, ['support', i, 'providerId']));
  plan.review.tasks.forEach((t, i) => check(t.ownerId, ['review', 'tasks', i, 'ownerId']));
  plan.signOff.forEach((s, i) => check(s.personId, ['signOff', i, 'personId']));
  plan.protectedDetails?.sharedFirstNameIds.forEach((pid, i) =>
    check(pid, ['protectedDetails', 'sharedFirstNameIds', i]),
  );
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
    previousVersions: list(planContentSchema, LIMITS.previousVersions, 'plan.error.previousVersions.tooMany'),
  })
  .check(referencesKnownPeople);
export type Plan = z.infer<typeof planSchema>;

// ---------------------------------------------------------------------------------------------
// What "completed" means for each section

const filled = (message: PlanErrorKey) => z.refine<string>((v) => v.trim().length > 0, message);

export const sectionCompleteSchemas = {
  child: z
    .strictObject({
      ...childSchema.shape,
      name: childSchema.shape.name.check(filled('plan.error.child.name.required')),
    })
    .check(
      z.refine((c: Child) => c.dateOfBirth !== '' || c.age.trim() !== '', {
        message: key('plan.error.child.dateOfBirth.required'),
        path: ['dateOfBirth'],
      }),
    ),
  purposes: z
    .strictObject({
      ...purposesSchema.shape,
      selected: purposesSchema.shape.selected.check(z.minLength(1, key('plan.error.purposes.selected.required'))),
    })
    .check(
      z.refine((p: Purposes) => !p.selected.includes('other') || p.other.trim() !== '', {
        message: key('plan.error.purposes.other.required'),
        path: ['other'],
      }),
    ),
  people: z.array(personSchema).check(z.minLength(1, key('plan.error.people.required'))),
  factors: z.array(factorSchema).check(z.minLength(1, key('plan.error.factors.required'))),
  arrangements: z.array(arrangementSchema).check(z.minLength(1, key('plan.error.arrangements.required'))),
  support: z.array(supportSchema).check(z.minLength(1, key('plan.error.support.required'))),
  voices: z.strictObject({
    child: z.strictObject(childVoiceSchema.shape).check(
      z.refine((c: Voices['child']) => c.wishes.trim() !== '' || c.notGivenReason.trim() !== '', {
        message: key('plan.error.childVoice.wishes.required'),
        path: ['wishes'],
      }),
      z.refine((c: Voices['child']) => c.wishes.trim() === '' || c.methods.length > 0, {
        message: key('plan.error.childVoice.methods.required'),
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
          when: stageSchema.shape.when.check(filled('plan.error.stage.when.required')),
          changes: stageSchema.shape.changes.check(filled('plan.error.stage.changes.required')),
        }),
      ),
      contingencies: z.array(
        z
          .strictObject({
            ...contingencySchema.shape,
            response: contingencySchema.shape.response.check(filled('plan.error.contingency.response.required')),
          })
          .check(
            z.refine(
              (c: { trigger: string; triggerOther: string }) => c.trigger !== 'other' || c.triggerOther.trim() !== '',
              {
                message: key('plan.error.contingency.triggerOther.required'),
                path: ['triggerOther'],
              },
            ),
          ),
      ),
    })
    .check(
      z.refine((c: Change) => c.stages.length + c.contingencies.length > 0, {
        message: key('plan.error.change.required'),
        path: ['stages'],
      }),
    ),
  review: z.strictObject({
    ...reviewSchema.shape,
    nextDate: dateOrEmpty('plan.error.review.nextDate.invalid').check(
      z.refine((v: string) => v !== '', key('plan.error.review.nextDate.required')),
    ),
    intervalMonths: z.int(key('plan.error.review.intervalMonths.required')).check(intervalAtLeast, intervalAtMost),
    convenor: reviewSchema.shape.convenor.check(filled('plan.error.review.convenor.required')),
    tasks: z.array(
      z
        .strictObject({
          ...taskSchema.shape,
          task: taskSchema.shape.task.check(filled('plan.error.task.task.required')),
        })
        .check(
          z.refine((t: { owner: string; ownerId?: string }) => t.owner.trim() !== '' || !!t.ownerId, {
            message: key('plan.error.task.owner.required'),
            path: ['owner'],
          }),
        ),
    ),
  }),
} as const;

/** Sections whose completeness is checked here; sign-off has its own rules (`src/planner/signoff`). */
export type CheckedSectionId = keyof typeof sectionCompleteSchemas;

/** The part of a plan a section edits. */
export function sectionValue(plan: PlanContent, section: CheckedSectionId): unknown {
  return plan[section];
}
