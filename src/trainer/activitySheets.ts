/**
 * The printable activity sheets trainers hand out: one entry per sheet, feeding the sheets listing,
 * each sheet's page and the pack builder's list. The sheets themselves are in `src/components/trainer/`.
 */

export interface ActivitySheet {
  /** URL slug under /training/sheets/. */
  id: 'feelings-cards' | 'eco-map' | 'letter-planning';
  /**
   * Its words in the catalogue: `trainer.sheet.<key>.title`, `.summary` (one sentence for listings)
   * and `.guide` (how to use it, for the trainer or practitioner; printed above the sheet).
   */
  key: 'feelingsCards' | 'ecoMap' | 'letterPlanning';
  /** How many A4 pages it prints on. */
  pages: number;
  /** Sessions that use it, by session id. */
  sessions: string[];
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
];

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
