/**
 * Translation status of the Welsh catalogue areas of part a (issue 13). Every area is machine-made
 * and unreviewed: a qualified Welsh translator must review it before it is presented as reviewed.
 */
export interface TranslationStatus {
  translatedBy: 'machine' | 'human';
  /** Who reviewed the Welsh, or null while nobody qualified has. */
  reviewedBy: string | null;
  /** When the translation was made (YYYY-MM-DD). */
  date: string;
}

const UNREVIEWED_MACHINE: TranslationStatus = { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' };

export const STATUS_a: Record<'plan' | 'planErrors' | 'pdf' | 'common', TranslationStatus> = {
  plan: UNREVIEWED_MACHINE,
  planErrors: UNREVIEWED_MACHINE,
  pdf: UNREVIEWED_MACHINE,
  common: UNREVIEWED_MACHINE,
};
