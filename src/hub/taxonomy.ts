/**
 * The hub's fixed vocabularies: sections, resource types, audiences and topics.
 * Each list is the single source for its frontmatter enum, its labels and its URL slug.
 */

export const SECTIONS = {
  purpose: {
    label: 'Why staying in touch matters',
    blurb:
      'What staying in touch is for: identity, loss, reassurance and lifelong relationships, and what the research says.',
  },
  planning: {
    label: 'Planning staying in touch',
    blurb: 'The six planning steps, from purpose and important people to arrangements, support and review.',
  },
  supporting: {
    label: 'Preparing for and supporting staying in touch',
    blurb: 'Preparing adoptive parents and birth relatives, writing letters, meet-ups and keeping arrangements going.',
  },
} as const;
export type Section = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as [Section, ...Section[]];

/** `path` is the URL folder the type's pages live under; `intro` heads its listing. */
export const TYPES = {
  briefing: {
    label: 'Research briefing',
    plural: 'Research briefings',
    path: 'research',
    intro: 'Short summaries of what research tells us about staying in touch after adoption, with sources.',
  },
  guide: {
    label: 'Practice guide',
    plural: 'Practice guides',
    path: 'guides',
    intro: 'Step-by-step guidance for planning, supporting and reviewing staying-in-touch arrangements.',
  },
  voice: {
    label: 'Lived-experience reflection',
    plural: 'Lived-experience reflections',
    path: 'voices',
    intro:
      'Composite reflections from adopted people, birth relatives, adoptive parents and foster carers, with questions for practice.',
  },
  example: {
    label: 'Worked example',
    plural: 'Worked examples',
    path: 'examples',
    intro:
      'Fictional cases that walk through the six planning steps. Each opens in the plan builder as a practice plan.',
  },
  session: {
    label: 'Training session',
    plural: 'Training sessions',
    path: 'training',
    intro:
      'Ready-to-run sessions for adopter preparation and practitioner training, with timings, prompts and handouts.',
  },
  glossary: {
    label: 'Glossary',
    plural: 'Glossary',
    path: 'glossary',
    intro: 'Legal and practice terms used in staying-in-touch planning, in plain English.',
  },
} as const;
export type ResourceType = keyof typeof TYPES;

export const AUDIENCES = {
  'social-workers': 'Social workers',
  'support-workers': 'Adoption support workers',
  'adoptive-parents': 'Adoptive parents',
  'birth-relatives': 'Birth relatives',
  'foster-carers': 'Foster carers',
  trainers: 'Trainers',
} as const;
export type Audience = keyof typeof AUDIENCES;
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [Audience, ...Audience[]];

export const TOPICS = {
  identity: 'Identity and belonging',
  loss: 'Loss and grief',
  research: 'Research evidence',
  law: 'Law and policy',
  planning: 'Planning',
  'wishes-and-feelings': "The child's wishes and feelings",
  'important-people': 'Important people',
  'strengths-and-challenges': 'Strengths and challenges',
  'meet-ups': 'Meet-ups',
  'postal-exchange': 'Postal exchange and letters',
  'digital-exchange': 'Digital exchange and social media',
  siblings: 'Siblings',
  'foster-carers': 'Former foster carers',
  support: 'Support',
  review: 'Reviewing arrangements',
  adolescence: 'Adolescence',
  safety: 'Safety and risk',
  mentoring: 'Peer mentoring',
  wales: 'Wales',
  training: 'Training and preparation',
} as const;
export type Topic = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
