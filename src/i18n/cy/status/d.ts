/**
 * Translation status of part d of the Welsh catalogue (the hub's furniture). Machine-made and waiting
 * for a qualified Welsh translator: never set reviewedBy until one has reviewed it.
 */
import type { TranslationStatus } from './b';

export const STATUS_d: Record<string, TranslationStatus> = {
  hub: { translatedBy: 'machine', reviewedBy: null, date: '2026-12-03' },
};
