/**
 * The prompts of the two letter-writing guides (src/content/guides/writing-letters-*.mdx), as the
 * "Write a letter" page shows them beside the letter: what to say, what to leave out, and ideas for
 * the child's age, for the writer chosen at the start. Message keys only; the catalogue holds the words.
 */
import type { MessageKey } from '../../i18n/catalogue';

/** Who is writing: an adoptive parent (to a birth relative) or a birth relative (to the child). */
export const WRITER_ROLES = ['adoptive', 'birth'] as const;
export type WriterRole = (typeof WRITER_ROLES)[number];

/** The child's age, as the guides group their ideas. */
export const AGE_BANDS = ['under5', '5to11', '12plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface LetterGuide {
  /** The guide's address, to open beside the page. */
  path: string;
  before: MessageKey[];
  say: MessageKey[];
  avoid: MessageKey[];
  ideas: Record<AgeBand, MessageKey>;
}

export const LETTER_GUIDES: Record<WriterRole, LetterGuide> = {
  adoptive: {
    path: '/guides/writing-letters-adoptive-parents/',
    before: ['letters.guide.adoptive.before.1', 'letters.guide.adoptive.before.2', 'letters.guide.adoptive.before.3'],
    say: [
      'letters.guide.adoptive.say.1',
      'letters.guide.adoptive.say.2',
      'letters.guide.adoptive.say.3',
      'letters.guide.adoptive.say.4',
      'letters.guide.adoptive.say.5',
    ],
    avoid: [
      'letters.guide.adoptive.avoid.1',
      'letters.guide.adoptive.avoid.2',
      'letters.guide.adoptive.avoid.3',
      'letters.guide.adoptive.avoid.4',
    ],
    ideas: {
      under5: 'letters.guide.adoptive.ideas.under5',
      '5to11': 'letters.guide.adoptive.ideas.5to11',
      '12plus': 'letters.guide.adoptive.ideas.12plus',
    },
  },
  birth: {
    path: '/guides/writing-letters-birth-relatives/',
    before: ['letters.guide.birth.before.1', 'letters.guide.birth.before.2', 'letters.guide.birth.before.3'],
    say: [
      'letters.guide.birth.say.1',
      'letters.guide.birth.say.2',
      'letters.guide.birth.say.3',
      'letters.guide.birth.say.4',
      'letters.guide.birth.say.5',
    ],
    avoid: [
      'letters.guide.birth.avoid.1',
      'letters.guide.birth.avoid.2',
      'letters.guide.birth.avoid.3',
      'letters.guide.birth.avoid.4',
    ],
    ideas: {
      under5: 'letters.guide.birth.ideas.under5',
      '5to11': 'letters.guide.birth.ideas.5to11',
      '12plus': 'letters.guide.birth.ideas.12plus',
    },
  },
};
