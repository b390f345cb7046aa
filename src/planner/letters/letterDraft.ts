/**
 * The letter being written on the "Write a letter" page: kept only on this device, with the plans'
 * half-filled items (storage/itemDrafts.ts), so it is encrypted, locked, kept in the tab on a shared
 * computer and deleted by "Delete everything" exactly as they are. Reading a stored draft never
 * trusts it: anything that is not a draft's shape gives a fresh draft.
 */
import { AGE_BANDS, WRITER_ROLES, type AgeBand, type WriterRole } from './letterGuide';

/** The steps of the page, in order. */
export const LETTER_STEPS = ['writer', 'before', 'write', 'check'] as const;
export type LetterStep = (typeof LETTER_STEPS)[number];

/** A finding the writer keeps, and why: by the detail's text, so it stays kept as the letter changes. */
export interface KeptFinding {
  text: string;
  reason: string;
}

export interface LetterDraft {
  step: LetterStep;
  role?: WriterRole;
  /** For the agency's cover sheet only. */
  firstName: string;
  /** Which exchange the letter is for, in the writer's words ("Summer 2027"). */
  exchange: string;
  age?: AgeBand;
  letter: string;
  /** Words the writer says must not appear, one a line. */
  avoid: string;
  kept: KeptFinding[];
}

export const emptyLetterDraft = (): LetterDraft => ({
  step: 'writer',
  firstName: '',
  exchange: '',
  letter: '',
  avoid: '',
  kept: [],
});

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A stored draft, or a fresh one when what is stored is not a draft. */
export function readLetterDraft(stored: unknown): LetterDraft {
  if (typeof stored !== 'object' || stored === null) return emptyLetterDraft();
  const s = stored as Record<string, unknown>;
  const kept = Array.isArray(s.kept)
    ? s.kept.flatMap((k: unknown) => {
        const { text: t, reason } = (k ?? {}) as Record<string, unknown>;
        return typeof t === 'string' && typeof reason === 'string' && reason.trim() ? [{ text: t, reason }] : [];
      })
    : [];
  return {
    step: oneOf(LETTER_STEPS, s.step) ?? 'writer',
    role: oneOf(WRITER_ROLES, s.role),
    firstName: text(s.firstName),
    exchange: text(s.exchange),
    age: oneOf(AGE_BANDS, s.age),
    letter: text(s.letter),
    avoid: text(s.avoid),
    kept,
  };
}

/** Words as a reader counts them: "Lily-Mae's" and "don't" are one word each; numbers count. */
export function countWords(letter: string): number {
  return letter.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
