/**
 * Translation status of part c of the Welsh catalogue. Every area is machine-made and waits for a
 * qualified Welsh translator: never set reviewedBy until one has reviewed it.
 */
import type { TranslationStatus } from './b';

export const STATUS_c: Record<string, TranslationStatus> = {
  ecomap: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-03' },
  letters: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-03' },
  plannerTools: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-03' },
  trainer: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-03' },
};
