import type { MessageKey } from '../../i18n/catalogue';
import { localPath } from '../../i18n/localPath';
import type { SectionId } from '../schema/planVocabulary';
import { SECTION_META, SECTIONS_WITH_WALES_BRIEFING, WALES_BRIEFING } from '../schema/sections';
import { useTranslator } from './useTranslator';

/**
 * "Read the guide" links beside a section: the depth lives in the hub, not in help text. A plan
 * under Welsh law also gets the Wales briefing where the law and guidance differ.
 */
export function GuideLinks({ section, wales }: { section: SectionId; wales: boolean }) {
  const { t, lang } = useTranslator();
  const { guides } = SECTION_META[section];
  const withWales = wales && SECTIONS_WITH_WALES_BRIEFING.includes(section);
  if (guides.length === 0 && !withWales) return null;
  return (
    <aside className="guide-links" aria-label={t('planner.guides.title')}>
      <p className="guide-links__title">{t('planner.guides.title')}</p>
      <ul>
        {guides.map((href, i) => (
          <li key={href}>
            <a href={localPath(href, lang)}>{t(`plan.section.${section}.guide${i + 1}` as MessageKey)}</a>
          </li>
        ))}
        {withWales && (
          <li>
            <a href={localPath(WALES_BRIEFING, lang)}>{t('planner.guides.wales')}</a>
          </li>
        )}
      </ul>
    </aside>
  );
}
