/**
 * Every label, hint and option name the planner shows, in one place: the builder, the blank printable
 * template, the check-answers summary and the PDF all read from here. Help text is short on purpose;
 * the linked guide holds the depth.
 */
import type {
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
  SectionId,
  SHARE_DETAILS,
  SIGNATORY_ROLES,
  STANCES,
  SUPPORT_KINDS,
  SUPPORT_SPANS,
  SUPPORT_WHEN,
  TIMINGS,
  VENUES,
} from './planSchema';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export interface GuideLink {
  href: string;
  title: string;
}

export interface SectionLabels {
  /** Heading of the section page and its name in the task list. */
  title: string;
  /** The planning template's step, for the six template steps. */
  step?: number;
  /** One or two sentences under the heading. */
  intro: string;
  /** The hub guides behind this section. */
  guides: GuideLink[];
}

export const SECTION_LABELS: Record<SectionId, SectionLabels> = {
  child: {
    title: 'About the child',
    intro: 'Who the plan is for. Use a pseudonym if the plan will be shared beyond the team.',
    guides: [],
  },
  purposes: {
    title: 'Purposes of staying in touch',
    step: 1,
    intro: 'Why staying in touch matters for this child, now and as they grow up.',
    guides: [{ href: '/guides/step-1-purpose/', title: 'Step 1: the purpose of staying in touch' }],
  },
  people: {
    title: 'Who is important now or later',
    step: 2,
    intro: 'Everyone who matters to the child now, or may matter later: for love, reassurance or identity.',
    guides: [{ href: '/guides/step-2-who-is-important/', title: 'Step 2: who is important to the child' }],
  },
  factors: {
    title: 'Strengths and challenges',
    step: 3,
    intro: 'What each person brings, what might be hard, and how each challenge will be managed.',
    guides: [
      {
        href: '/guides/strengths-and-challenges-adoptive-parents/',
        title: 'Strengths and challenges: adoptive parents',
      },
      { href: '/guides/strengths-and-challenges-birth-relatives/', title: 'Strengths and challenges: birth relatives' },
    ],
  },
  arrangements: {
    title: 'Staying-in-touch arrangements',
    step: 4,
    intro: 'For each person or group: how, how often, where, and who organises it. Every plan is provisional.',
    guides: [
      { href: '/guides/step-4-provisional-plan-creative-options/', title: 'Step 4: creative options for the plan' },
    ],
  },
  support: {
    title: 'Support plan',
    step: 5,
    intro: 'The help the child, the adoptive parents and each birth relative need to make the arrangements work.',
    guides: [{ href: '/guides/step-5-support-plan/', title: 'Step 5: the support plan' }],
  },
  voices: {
    title: 'Wishes, feelings and views',
    intro: "The child's wishes and feelings, in their own words where possible, and the views of the adults.",
    guides: [
      { href: '/guides/hearing-the-childs-wishes-and-feelings/', title: "Hearing the child's wishes and feelings" },
    ],
  },
  change: {
    title: 'Change over time and when things go wrong',
    intro: 'How the arrangements should change as the child grows, and what to do if something goes wrong.',
    guides: [
      { href: '/guides/when-things-go-wrong/', title: 'When things go wrong' },
      { href: '/guides/adolescence-and-social-media/', title: 'Adolescence and social media' },
    ],
  },
  review: {
    title: 'Reviewing the plan',
    step: 6,
    intro: 'When the plan will be reviewed, who arranges it, and what would bring a review forward.',
    guides: [{ href: '/guides/step-6-reviewing-arrangements/', title: 'Step 6: reviewing arrangements' }],
  },
  signoff: {
    title: 'Sign-off',
    intro: "Each person's agreement or recorded views, once the plan is ready.",
    guides: [],
  },
};

/** Labels and hints for single fields, keyed by section then field. */
export const FIELD_LABELS = {
  child: {
    name: { label: "Child's name or pseudonym" },
    dateOfBirth: {
      label: 'Date of birth',
      hint: 'Leave blank and give their age instead if the date should not be recorded.',
    },
    age: { label: 'Age', hint: 'For example, about 15 months.' },
    placementDate: { label: 'Date placed with the family' },
    orderDate: { label: 'Date of the placement or adoption order' },
    heritage: { label: 'Heritage and culture', hint: 'As the child and their families describe it.' },
    religion: { label: 'Religion or belief' },
    languages: { label: 'Languages', hint: 'Languages the child and their birth family speak.' },
    needs: {
      label: 'Needs that shape staying in touch',
      hint: 'Health, development, trauma, anything that matters for the arrangements.',
    },
    communication: { label: 'How the child communicates and understands' },
    siblings: {
      label: 'Brothers and sisters, and where each lives',
      hint: 'Include half, step and foster siblings, and any born later. General areas only, never addresses.',
    },
    jurisdiction: {
      label: 'Where is the child’s adoption or placement being arranged?',
      hint: 'Wales has its own law and guidance for adoption services.',
    },
  },
  purposes: {
    selected: { label: 'What is staying in touch for?', hint: 'Select all that apply.' },
    other: { label: 'The other purpose' },
    summary: {
      label: 'The purpose for this child, in a few sentences',
      hint: 'This opens the plan. Write it so the child could read it one day.',
    },
    ifMeetingUnsafe: {
      label: 'If meeting is not safe, how else can these needs be met?',
      hint: 'For example letters, life story work, news through the agency.',
    },
  },
  person: {
    name: { label: 'Name', hint: 'Or how the child knows them, for example "Nana Jean".' },
    relationship: { label: 'Relationship to the child' },
    relationshipOther: { label: 'Describe the relationship' },
    knownToChild: { label: 'Does the child know them?' },
    priority: { label: 'When are they important?' },
    whyImportant: {
      label: 'Why are they important to the child?',
      hint: 'A positive bond, lifelong love or support, reassurance, identity.',
    },
    livesWhere: { label: 'Where they live', hint: 'The town or area only. Never an address.' },
  },
  factor: {
    party: { label: 'Who is this about?' },
    personId: { label: 'Which person?' },
    kind: { label: 'Is it a strength or a challenge?' },
    description: { label: 'Describe it', hint: 'What you have seen or been told that shows it.' },
    howManaged: {
      label: 'How will this challenge be managed?',
      hint: 'Who does what, and what support makes it work.',
    },
  },
  arrangement: {
    personIds: { label: 'Who is this arrangement with?', hint: 'Select everyone who takes part.' },
    purposes: { label: 'What is it for?', hint: 'Select all that apply.' },
    form: { label: 'How will they stay in touch?' },
    frequencyCount: { label: 'How many times' },
    frequencyPer: { label: 'Each' },
    timing: { label: 'When' },
    durationMinutes: { label: 'Length of each meet-up or call, in minutes', hint: 'For example, 90.' },
    grouping: { label: 'Together or one at a time?' },
    venue: { label: 'Where?' },
    organiser: { label: 'Who organises it?' },
    adultsShareDetails: { label: 'Will the adults share their own contact details?' },
    professionalRole: { label: 'What does a professional do?' },
    route: {
      label: 'How do letters or messages travel?',
      hint: 'For example, the agency letterbox service, or a secure digital exchange.',
    },
    dueMonths: {
      label: 'Which months are exchanges due?',
      hint: 'Avoid birthdays and the anniversary of the child leaving their birth family.',
    },
    photos: { label: 'Photos' },
    signOffAs: {
      label: 'How does each side sign their letters?',
      hint: 'For example, "Mummy Sarah" and "Mum and Dad". No surnames or places.',
    },
    avoid: { label: 'Dates to avoid' },
    notes: { label: 'Anything else about this arrangement' },
  },
  support: {
    party: { label: 'Who is this support for?' },
    personId: { label: 'Which person?' },
    kinds: { label: 'What kind of support?', hint: 'Select all that apply.' },
    description: { label: 'Describe the support' },
    when: { label: 'When is it given?', hint: 'Select all that apply.' },
    provider: { label: 'Who provides it?', hint: 'A service, role or named person.' },
    span: { label: 'For how long?' },
  },
  childVoice: {
    wishes: { label: "The child's wishes and feelings about staying in touch" },
    ownWords: { label: 'In their own words', hint: 'Quote them exactly where you can.' },
    methods: { label: 'How were they heard?', hint: 'Select all that apply. Non-verbal reactions count.' },
    date: { label: 'When were they heard?' },
    notGivenReason: { label: 'If their views could not be given, why not?' },
  },
  view: {
    party: { label: 'Whose view is this?' },
    personId: { label: 'Which person?' },
    summary: { label: 'Their view of the plan', hint: 'In their words where possible.' },
    date: { label: 'Date given' },
  },
  stage: {
    when: { label: 'When', hint: 'For example, "Starting secondary school" or "At 16".' },
    changes: { label: 'What should change' },
  },
  contingency: {
    trigger: { label: 'If this happens' },
    triggerOther: { label: 'Describe what might happen' },
    response: { label: 'What everyone will do' },
  },
  review: {
    nextDate: { label: 'Date of the next review' },
    intervalMonths: { label: 'Months between reviews', hint: 'For example, 12.' },
    convenor: { label: 'Who convenes the review?', hint: 'Either family can also ask for a review at any time.' },
    earlyTriggers: { label: 'What would bring a review forward?', hint: 'Select all that apply.' },
    earlyTriggersOther: { label: 'Anything else that would bring a review forward' },
    howObserved: {
      label: "How will the child's experience be noticed?",
      hint: 'Before, during and after: who watches for what, including non-verbal cues.',
    },
    tasks: { label: 'Who does what' },
    task: { label: 'Task' },
    owner: { label: 'Who is responsible' },
    due: { label: 'By when' },
  },
  signatory: {
    name: { label: 'Full name', hint: 'The typed name stands as their signature; a drawn signature is optional.' },
    role: { label: 'Role' },
    roleOther: { label: 'Describe their role' },
    stance: { label: 'Do they agree with the plan?' },
    reservations: { label: 'What are their reservations?' },
    disagreement: { label: 'Why do they not agree?' },
    views: { label: 'Their views, or where they are recorded (optional)' },
    date: { label: 'Date they signed off' },
    signature: {
      label: 'Signature (optional)',
      hint: 'Draw with a mouse, pen or finger. The typed name is enough on its own.',
    },
  },
  newVersion: {
    summary: {
      label: 'What will change in the new version, and why?',
      hint: 'This goes in the plan’s change log, for everyone who reads it later.',
    },
    by: { label: 'Your name or role (optional)' },
  },
} as const;

export const PURPOSE_LABELS: Labels<typeof PURPOSES> = {
  maintain_relationship: 'Keep or build a relationship',
  loved_remembered: 'Show the child they are loved and remembered',
  ease_loss: 'Ease the loss of people they knew',
  permission_to_settle: 'Give the child permission to settle in their new family',
  repair_recovery: 'Support repair and recovery after harm',
  reality_check: 'A reality check, so fantasies do not fill the gaps',
  relative_well: 'Reassure the child that relatives are alive and well',
  identity_culture: 'Identity, culture and family history',
  life_story_questions: 'Answer the child\'s "why" questions about their life story',
  future_adult_relationship: 'Keep the door open for a relationship in adulthood',
  other: 'Something else',
};

export const RELATIONSHIP_LABELS: Labels<typeof RELATIONSHIPS> = {
  birth_mother: 'Birth mother',
  birth_father: 'Birth father',
  sibling_full: 'Brother or sister',
  sibling_half: 'Half-brother or half-sister',
  sibling_step_foster: 'Step or foster brother or sister',
  grandparent: 'Grandparent',
  aunt_uncle: 'Aunt or uncle',
  other_relative: 'Other relative',
  former_foster_carer: 'Former foster carer',
  foster_family_member: 'Member of a foster family',
  friend_community: 'Friend or someone from their community',
  other: 'Someone else',
};

export const KNOWN_TO_CHILD_LABELS: Labels<typeof KNOWN_TO_CHILD> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

export const PRIORITY_LABELS: Labels<typeof PRIORITIES> = {
  now: 'Now',
  later: 'Later in childhood or as an adult',
  both: 'Now and later',
};

export const PARTY_LABELS: Labels<typeof PARTIES> = {
  child: 'The child',
  adoptive_parents: 'The adoptive parents',
  foster_carers: 'The foster carers',
  person: 'One of the important people',
};

export const FACTOR_KIND_LABELS: Labels<typeof FACTOR_KINDS> = { strength: 'Strength', challenge: 'Challenge' };

export const FORM_LABELS: Labels<typeof FORMS> = {
  meet_up: 'Meet-ups',
  postal_exchange: 'Postal exchange (letters, cards, photos)',
  digital_exchange: 'Digital exchange (secure messages or video clips)',
  phone_video: 'Phone or video calls',
  social_media: 'Social media',
  news_via_agency: 'News passed on by the agency',
  none_now: 'None for now',
};

export const FREQUENCY_PER_LABELS: Labels<typeof FREQUENCY_PER> = { week: 'week', month: 'month', year: 'year' };

export const TIMING_LABELS: Labels<typeof TIMINGS> = {
  fixed_dates: 'Fixed dates',
  school_holidays: 'School holidays',
  term_time: 'Term time',
  flexible: 'Flexible, agreed each time',
};

export const GROUPING_LABELS: Labels<typeof GROUPINGS> = {
  individual: 'One at a time',
  group: 'Together as a group',
};

export const VENUE_LABELS: Labels<typeof VENUES> = {
  specialist_centre: 'A specialist family centre',
  community_activity: 'A community place or activity (park, café, soft play)',
  private_home: 'A private home',
  friend_family_home: "A friend's or relative's home",
  undisclosed_until_day: 'Not shared until the day',
  online: 'Online',
  not_applicable: 'Does not apply',
};

export const ORGANISER_LABELS: Labels<typeof ORGANISERS> = {
  adoptive_parents: 'The adoptive parents',
  birth_relative: 'The birth relative',
  agency_letterbox: 'The agency letterbox or mailbox team',
  social_worker: 'A social worker',
  friend_family: 'A trusted friend or family member',
  other: 'Someone else',
};

export const SHARE_DETAILS_LABELS: Labels<typeof SHARE_DETAILS> = {
  yes: 'Yes',
  no: 'No',
  later: 'Not yet: to be reviewed',
};

export const PROFESSIONAL_ROLE_LABELS: Labels<typeof PROFESSIONAL_ROLES> = {
  none: 'Nothing: the families manage it',
  organises: 'Organises it',
  facilitates: 'Facilitates it (present to help it go well)',
  supervises: 'Supervises it',
};

export const PHOTO_LABELS: Labels<typeof PHOTOS> = {
  keep: 'Photos can be kept',
  view_only: 'Photos can be viewed but not kept',
  none: 'No photos',
};

export const SUPPORT_KIND_LABELS: Labels<typeof SUPPORT_KINDS> = {
  emotional: 'Emotional support',
  practical: 'Practical help',
  letter_writing: 'Help writing letters',
  travel: 'Help with travel or costs',
  preparation: 'Preparing for meet-ups or exchanges',
  mediation: 'Mediation between the families',
  facilitation: 'Facilitation',
  supervision: 'Supervision',
  therapeutic: 'Therapeutic support',
  peer: 'Peer support or mentoring',
  other: 'Something else',
};

export const SUPPORT_WHEN_LABELS: Labels<typeof SUPPORT_WHEN> = {
  before: 'Before',
  during: 'During',
  after: 'After',
};

export const SUPPORT_SPAN_LABELS: Labels<typeof SUPPORT_SPANS> = {
  initial: 'At the start only',
  until_review: 'Until the next review',
  whole_childhood: 'Throughout childhood',
};

export const HEARING_METHOD_LABELS: Labels<typeof HEARING_METHODS> = {
  conversation: 'Talking with them',
  observation: 'Watching their reactions before, during and after',
  feelings_cards: 'Feelings cards',
  play_drawing: 'Play or drawing',
  written: 'In writing',
  advocate: 'Through an advocate',
  other: 'Another way',
};

export const CONTINGENCY_TRIGGER_LABELS: Labels<typeof CONTINGENCY_TRIGGERS> = {
  missed_exchange: 'A letter, exchange or meet-up is missed',
  relative_crisis: 'A birth relative is in crisis',
  unplanned_online_contact: 'Unplanned contact online or on social media',
  child_declines: 'The child does not want to take part',
  address_change: 'Someone moves or changes their details',
  new_sibling: 'A new brother or sister is born',
  safeguarding_concern: 'A safeguarding concern',
  other: 'Something else',
};

export const EARLY_REVIEW_TRIGGER_LABELS: Labels<typeof EARLY_REVIEW_TRIGGERS> = {
  child_asks: 'The child asks for a change',
  either_family_asks: 'Either family asks for a review',
  arrangement_lapses: 'An arrangement lapses',
  new_sibling: 'A new brother or sister',
  move: 'A move of home or school',
  adolescence: 'Adolescence brings new questions',
  social_media_approach: 'An approach on social media',
  relative_crisis: 'A birth relative is in crisis',
  safeguarding_concern: 'A safeguarding concern',
};

export const PLAN_STATUS_LABELS: Labels<typeof PLAN_STATUSES> = {
  draft: 'Draft',
  ready: 'Ready for sign-off',
  signed: 'Signed off',
};

export const JURISDICTION_LABELS: Labels<typeof JURISDICTIONS> = { england: 'England', wales: 'Wales' };

export const SIGNATORY_ROLE_LABELS: Labels<typeof SIGNATORY_ROLES> = {
  social_worker: 'Social worker',
  manager: 'Approving manager',
  adoptive_parent: 'Adoptive parent',
  birth_relative: 'Birth relative',
  foster_carer: 'Foster carer',
  young_person: 'Young person',
  other: 'Someone else',
};

export const STANCE_LABELS: Labels<typeof STANCES> = {
  agrees: 'Agrees',
  agrees_with_reservations: 'Agrees, with reservations',
  does_not_agree: 'Does not agree',
  views_recorded: 'Views recorded',
};

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** What check-your-answers shows for an optional answer that was skipped. */
export const NOT_PROVIDED = 'Not provided';

/** Shown wherever a practice plan appears. */
export const PRACTICE_MARKER = 'Practice plan: fictional people and events';

/** Short relationship names that fit under a circle in the eco-map. */
export const RELATIONSHIP_SHORT_LABELS: Labels<typeof RELATIONSHIPS> = {
  birth_mother: 'Birth mother',
  birth_father: 'Birth father',
  sibling_full: 'Sibling',
  sibling_half: 'Half-sibling',
  sibling_step_foster: 'Step/foster sibling',
  grandparent: 'Grandparent',
  aunt_uncle: 'Aunt or uncle',
  other_relative: 'Relative',
  former_foster_carer: 'Foster carer',
  foster_family_member: 'Foster family',
  friend_community: 'Friend',
  other: 'Other',
};
