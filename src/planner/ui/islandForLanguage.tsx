/**
 * The builder's island for one language: the privacy shell and builder with that language's
 * translator around them. Each language's page loads its own (PlannerIsland.tsx, PlannerIslandCy.tsx),
 * so each carries only its own words.
 */
import type { ComponentProps } from 'react';
import type { Translator } from '../../i18n/createTranslator';
import PlannerShell from './privacy/PlannerShell';
import { ToolNameContext } from './useToolName';
import { TranslatorContext } from './useTranslator';

export function islandForLanguage(i18n: Translator) {
  return function PlannerIsland(props: ComponentProps<typeof PlannerShell>) {
    return (
      <TranslatorContext.Provider value={i18n}>
        <ToolNameContext.Provider value={i18n.t('planner.name')}>
          <PlannerShell {...props} />
        </ToolNameContext.Provider>
      </TranslatorContext.Provider>
    );
  };
}
