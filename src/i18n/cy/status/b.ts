/**
 * Translation status of part b of the Welsh catalogue. Every area is machine-made and waits for a
 * qualified Welsh translator: never set reviewedBy until one has reviewed it.
 */
export type TranslationStatus = { translatedBy: 'machine' | 'translator'; reviewedBy: string | null; date: string };

export const STATUS_b: Record<string, TranslationStatus> = {
  planner: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
  privacy: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
  privacyTools: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
  signoff: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
  signoffPages: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
  signoffTools: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' },
};
