/**
 * What "Print or save as PDF" prints: a cover sheet for the agency (the writer's first name, which
 * exchange, the date, and any detail the writer kept with their reason), then the letter on its own
 * page. Hidden on screen; letters.css shows only this when printing.
 */
import { countWords, type LetterDraft } from '../../letters/letterDraft';
import type { ReviewedFinding } from '../../letters/letterFindings';
import { isoDate } from '../../signoff/signOffRules';
import { useTranslator } from '../useTranslator';

export function CoverSheet({ draft, findings }: { draft: LetterDraft; findings: readonly ReviewedFinding[] }) {
  const i18n = useTranslator();
  const { t } = i18n;
  // Each kept detail once, however often it appears.
  const kept = [...new Map(findings.filter((f) => f.keptBecause).map((f) => [f.text.toLowerCase(), f])).values()];
  const rows: [string, string][] = [
    [t('letters.cover.from'), draft.role ? t(`letters.cover.role.${draft.role}`) : t('letters.cover.notGiven')],
    [t('letters.cover.firstName'), draft.firstName.trim() || t('letters.cover.notGiven')],
    [t('letters.cover.exchange'), draft.exchange.trim() || t('letters.cover.notGiven')],
    [t('letters.cover.date'), i18n.date(isoDate(new Date()))],
    [t('letters.cover.words'), t('letters.write.words', { count: countWords(draft.letter) })],
  ];
  return (
    <div className="letter-print">
      <section className="letter-cover">
        <h2>{t('letters.cover.title')}</h2>
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p>{t('letters.cover.checked', { count: kept.length })}</p>
        {kept.length > 0 && (
          <ul>
            {kept.map((f) => (
              <li key={f.id}>{t('letters.cover.kept', { text: f.text, reason: f.keptBecause ?? '' })}</li>
            ))}
          </ul>
        )}
      </section>
      <div className="letter-print__letter">{draft.letter}</div>
    </div>
  );
}
