/**
 * Gives what it holds the builder's translator with a plan's words (usePlanTranslator.ts): a plan's
 * views (PlanView.tsx), and the read-only copy of a plan another tab is editing, which the privacy
 * shell shows outside them. Suspends, inside the caller's Suspense, while the plan words load.
 */
import type { ReactNode } from 'react';
import { usePlanTranslator } from './usePlanTranslator';
import { TranslatorContext } from './useTranslator';

export default function WithPlanWords({ children }: { children: ReactNode }) {
  const i18n = usePlanTranslator();
  return <TranslatorContext.Provider value={i18n}>{children}</TranslatorContext.Provider>;
}
