/**
 * The hub's fixed vocabularies: sections, resource types, audiences and topics, by id.
 * Each list is the single source for its frontmatter enum and its URL slug. Their names and
 * blurbs are display text and live in the catalogue: `hub.section.<id>.title`, `hub.type.<id>.title`,
 * `hub.audience.<id>.title`, `hub.topic.<id>.title` and so on (see src/i18n/en/hub.ts).
 */

export const SECTION_IDS = ['purpose', 'planning', 'supporting'] as const;
export type Section = (typeof SECTION_IDS)[number];

/** `path` is the URL folder the type's pages live under. */
export const TYPES = {
  briefing: { path: 'research' },
  guide: { path: 'guides' },
  voice: { path: 'voices' },
  example: { path: 'examples' },
  session: { path: 'training' },
  glossary: { path: 'glossary' },
} as const;
export type ResourceType = keyof typeof TYPES;
export const TYPE_IDS = Object.keys(TYPES) as ResourceType[];

export const AUDIENCE_IDS = [
  'social-workers',
  'support-workers',
  'adoptive-parents',
  'birth-relatives',
  'foster-carers',
  'trainers',
] as const;
export type Audience = (typeof AUDIENCE_IDS)[number];

export const TOPIC_IDS = [
  'identity',
  'loss',
  'research',
  'law',
  'planning',
  'wishes-and-feelings',
  'important-people',
  'strengths-and-challenges',
  'meet-ups',
  'postal-exchange',
  'digital-exchange',
  'siblings',
  'foster-carers',
  'support',
  'review',
  'adolescence',
  'safety',
  'mentoring',
  'wales',
  'training',
] as const;
export type Topic = (typeof TOPIC_IDS)[number];
