/**
 * The printable activity sheets trainers hand out: one entry per sheet, feeding the sheets listing,
 * each sheet's page and the pack builder's list. The sheets themselves are in `src/components/trainer/`.
 */

export interface ActivitySheet {
  /** URL slug under /training/sheets/; for cards whose words are text, also their file in src/content/materials/. */
  id:
    | 'feelings-cards'
    | 'eco-map'
    | 'letter-planning'
    | 'suitcase-outline'
    | 'purpose-cards'
    | 'child-profiles'
    | 'role-cards'
    | 'letter-prompt-cards'
    | 'genogram';
  /**
   * Its words in the catalogue: `trainer.sheet.<key>.title`, `.summary` (one sentence for listings)
   * and `.guide` (how to use it, for the trainer or practitioner; printed above the sheet).
   */
  key:
    | 'feelingsCards'
    | 'ecoMap'
    | 'letterPlanning'
    | 'suitcaseOutline'
    | 'purposeCards'
    | 'childProfiles'
    | 'roleCards'
    | 'letterPrompts'
    | 'genogram';
  /** How many A4 pages it prints on. */
  pages: number;
  /** Sessions that use it, by session id. */
  sessions: string[];
  /**
   * Cut-out cards whose words are in src/content/materials/<id>.yaml (and cy/materials/ in Welsh):
   * how many print on a page, and whether each card is marked as made up for training.
   */
  cards?: { perPage: number; fictional: boolean };
}

export const ACTIVITY_SHEETS: readonly ActivitySheet[] = [
  {
    id: 'feelings-cards',
    key: 'feelingsCards',
    pages: 2,
    sessions: ['hearing-the-childs-voice-session'],
  },
  {
    id: 'eco-map',
    key: 'ecoMap',
    pages: 1,
    sessions: ['planning-with-the-template-session', 'hearing-the-childs-voice-session'],
  },
  {
    id: 'letter-planning',
    key: 'letterPlanning',
    pages: 1,
    sessions: ['letters-and-digital-exchange-session', 'letters-and-life-story-work-session'],
  },
  {
    id: 'suitcase-outline',
    key: 'suitcaseOutline',
    pages: 1,
    sessions: ['why-staying-in-touch-matters-session'],
  },
  {
    id: 'purpose-cards',
    key: 'purposeCards',
    pages: 1,
    sessions: ['why-staying-in-touch-matters-session'],
    cards: { perPage: 8, fictional: false },
  },
  {
    id: 'child-profiles',
    key: 'childProfiles',
    pages: 1,
    sessions: ['why-staying-in-touch-matters-session'],
    cards: { perPage: 2, fictional: true },
  },
  {
    id: 'role-cards',
    key: 'roleCards',
    pages: 2,
    sessions: ['hearing-the-childs-voice-session', 'understanding-birth-relatives-session'],
    cards: { perPage: 4, fictional: true },
  },
  {
    id: 'letter-prompt-cards',
    key: 'letterPrompts',
    pages: 2,
    sessions: ['letters-and-digital-exchange-session', 'letters-and-life-story-work-session'],
  },
  {
    id: 'genogram',
    key: 'genogram',
    pages: 1,
    sessions: ['planning-with-the-template-session'],
  },
];

/** The sheets a session uses, for its page. */
export const sheetsForSession = (sessionId: string) => ACTIVITY_SHEETS.filter((s) => s.sessions.includes(sessionId));

/**
 * The feelings on the cards, in the order they print: simple words a young child knows, in the
 * catalogue as `trainer.sheet.feelingsCards.feeling.<feeling>`.
 */
export const FEELINGS = [
  'happy',
  'sad',
  'worried',
  'angry',
  'excited',
  'confused',
  'safe',
  'missingSomeone',
  'calm',
  'scared',
  'proud',
  'notSure',
] as const;
export type Feeling = (typeof FEELINGS)[number];

/** The pack id of a sheet (its path without the outer slashes). */
export const sheetPackId = (sheet: ActivitySheet) => `training/sheets/${sheet.id}`;
