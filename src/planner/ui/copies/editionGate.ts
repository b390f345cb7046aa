/**
 * Whether a copy, the child's plan or easy read can be made: only once nothing it prints is left
 * to reword or keep. The copies page and the print view ask the same question here, so an edition
 * that cannot be downloaded cannot be printed either, and both say why in the same words.
 */
import type { Translator } from '../../../i18n/translator';
import { relativeNameInCopy } from '../../answers/copyFindings';
import { openFindings } from '../../pdf/editionCopy';
import type { FamilyCopy } from '../../pdf/planDocument';
import type { PlanContent } from '../../schema/planSchema';

/** What is said instead of making `copy` while findings are open in it; undefined once it can be made. */
export function notYetMessage(plan: PlanContent, copy: FamilyCopy, i18n: Translator): string | undefined {
  const { t } = i18n;
  const count = openFindings(plan, copy, i18n).length;
  if (!count) return undefined;
  const relative = copy.forId ? plan.people.find((p) => p.id === copy.forId) : undefined;
  const name = relative ? relativeNameInCopy(plan, relative, i18n) : '';
  switch (copy.wording?.kind) {
    case 'child':
      return t('planner.copies.edition.open.child', { count, edition: t('planner.copies.child.download') });
    case 'easyRead':
      return t('planner.copies.edition.open.easyRead', {
        count,
        edition: t('planner.copies.easyRead.download', { name }),
      });
  }
  return copy.reader === 'birth'
    ? t('planner.copies.relativeOpen', { count, name })
    : t('planner.copies.open', { count });
}
