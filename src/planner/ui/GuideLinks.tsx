import type { MessageKey } from '../../i18n/catalogue';
import { localPath } from '../../i18n/localPath';
import type { SectionId } from '../schema/planSchema';
import { SECTION_META } from '../schema/sections';
import { useTranslator } from './useTranslator';

/** "Read the guide" links beside a section: the depth lives in the hub, not in help text. */
export function GuideLinks({ section }: { section: SectionId }) {
  const { t, lang } = useTranslator();
  const { guides } = SECTION_META[section];
  if (guides.length === 0) return null;
  return (
    <aside className="guide-links" aria-label={t('planner.guides.title')}>
      <p className="guide-links__title">{t('planner.guides.title')}</p>
      <ul>
        {guides.map((href, i) => (
          <li key={href}>
            <a href={localPath(href, lang)}>{t(`plan.section.${section}.guide${i + 1}` as MessageKey)}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
