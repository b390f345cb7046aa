/**
 * The builder's translator with a plan's words added (builderPlanCatalogue.ts): its questions,
 * answers, errors and sign-off. WithPlanWords.tsx provides it to a plan's views; a component of the
 * plans list that shows a plan's word calls it itself. The first call suspends (inside the caller's
 * Suspense) while the page language's plan words load; later ones read them at once.
 */
import { use, useMemo } from 'react';
import { builderPlanCatalogue } from '../../i18n/builderPlanCatalogue';
import type { Translator } from '../../i18n/createTranslator';
import { useTranslator } from './useTranslator';

export function usePlanTranslator(): Translator {
  const base = useTranslator();
  const words = use(builderPlanCatalogue(base.lang));
  return useMemo(() => base.withMessages(words), [base, words]);
}
