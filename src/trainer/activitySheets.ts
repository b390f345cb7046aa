/**
 * The printable activity sheets trainers hand out: one entry per sheet, feeding the sheets listing,
 * each sheet's page and the pack builder's list. The sheets themselves are in `src/components/trainer/`.
 */

export interface ActivitySheet {
  /** URL slug under /training/sheets/. */
  id: 'feelings-cards' | 'eco-map' | 'letter-planning';
  title: string;
  /** One sentence for listings. */
  summary: string;
  /** How to use it, for the trainer or practitioner; printed above the sheet. */
  guide: string;
  /** How many A4 pages it prints on. */
  pages: number;
  /** Sessions that use it, by session id. */
  sessions: string[];
}

export const ACTIVITY_SHEETS: readonly ActivitySheet[] = [
  {
    id: 'feelings-cards',
    title: 'Feelings cards',
    summary:
      'Twelve cut-out cards with a face and a feeling word, for hearing a child’s wishes and feelings about staying in touch.',
    guide:
      'Lay out a few cards at a time. Ask the child to pick the ones that fit when they think about a person or a meet-up, and follow their lead. Note which cards they chose, what they said and what you saw, and ask again another day.',
    pages: 2,
    sessions: ['hearing-the-childs-voice-session'],
  },
  {
    id: 'eco-map',
    title: 'Blank eco-map',
    summary:
      'The child at the centre, rings around them, and a key for how each relationship feels and how people keep in touch.',
    guide:
      'Write the child’s name in the middle. Add each important person as a small circle: nearer the centre for people who feel closer. Join each person to the child with a line from the key.',
    pages: 1,
    sessions: ['planning-with-the-template-session', 'hearing-the-childs-voice-session'],
  },
  {
    id: 'letter-planning',
    title: 'Letter-planning sheet',
    summary:
      'Plan a letter or postal exchange: who it is to, news, what the child wants to share, photos, what to leave out and who checks it.',
    guide:
      'Fill this in before writing. Keep the letter warm and ordinary, in words the reader will understand, and check it against the agreement.',
    pages: 1,
    sessions: ['letters-and-digital-exchange-session'],
  },
];

/** The feelings on the cards, in the order they print. Simple words a young child knows. */
export const FEELINGS = [
  'happy',
  'sad',
  'worried',
  'angry',
  'excited',
  'confused',
  'safe',
  'missing someone',
  'calm',
  'scared',
  'proud',
  'not sure',
] as const;
export type Feeling = (typeof FEELINGS)[number];

/** The pack id of a sheet (its path without the outer slashes). */
export const sheetPackId = (sheet: ActivitySheet) => `training/sheets/${sheet.id}`;
