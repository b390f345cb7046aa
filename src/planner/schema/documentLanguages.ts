/**
 * The languages a plan's PDF is written in, in order: the plan's own choice (format 2), or else the
 * language of the page it is exported from (the command line's is English).
 */
import type { Language } from '../../i18n/languages';
import type { PlanContent } from './planSchema';

export function documentLanguages(plan: Pick<PlanContent, 'documentLanguage'>, otherwise: Language): Language[] {
  switch (plan.documentLanguage) {
    case 'bilingual':
      return ['cy', 'en'];
    case 'cy':
    case 'en':
      return [plan.documentLanguage];
    default:
      return [otherwise];
  }
}
