/**
 * "Versions of this plan": every version, oldest first, each viewable and exportable as a PDF, and
 * a comparison of any two of them.
 */
import { useMemo, useState, type SubmitEventHandler } from 'react';
import { checkHash, sectionHash } from '../../state/hashRoute';
import { NameStyleChoice } from '../pdf/NameStyleChoice';
import { PdfExportButton } from '../pdf/PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';
import { SectionPage } from '../SectionPage';
import { useToolTranslator } from '../useToolTranslator';
import type { SectionProps } from '../sectionProps';
import { planVersions } from '../../signoff/planLifecycle';
import { signedOffDate } from '../../signoff/signOffRules';
import { VersionChanges } from './VersionChanges';
import { diffPlanVersions } from '../../signoff/versionDiff';

export const VERSIONS_ITEM = 'versions';
export const versionItem = (version: number) => `version-${version}`;

function Compare({ versions }: { versions: ReturnType<typeof planVersions> }) {
  const { t } = useToolTranslator();
  const numbers = versions.map((v) => v.version);
  const [from, setFrom] = useState(numbers[numbers.length - 2]);
  const [to, setTo] = useState(numbers[numbers.length - 1]);
  const i18n = useToolTranslator();
  const [shown, setShown] = useState<{ from: number; to: number }>();
  const changes = useMemo(() => {
    if (!shown) return undefined;
    const older = versions.find((v) => v.version === shown.from)!.content;
    const newer = versions.find((v) => v.version === shown.to)!.content;
    return diffPlanVersions(older, newer, i18n);
  }, [shown, versions, i18n]);
  const submit: SubmitEventHandler<HTMLFormElement> = (e) => {
    e.preventDefault();
    setShown({ from, to });
  };
  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select autoComplete="off" id={id} className="select" value={value} onChange={(e) => set(Number(e.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {t('signoff.compare.option', { version: n })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('signoff.compare.heading')}</h2>
      <form autoComplete="off" noValidate onSubmit={submit}>
        <div className="inline-fields">
          {select('compare-from', t('signoff.compare.from'), from, setFrom)}
          {select('compare-to', t('signoff.compare.to'), to, setTo)}
        </div>
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t('signoff.compare.show')}
          </button>
        </div>
      </form>
      {shown && changes && <VersionChanges from={shown.from} to={shown.to} sections={changes} />}
    </section>
  );
}

export function PlanVersionsPage({ plan }: SectionProps) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const versions = useMemo(() => planVersions(plan), [plan]);
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  return (
    <SectionPage plan={plan} section="signoff" title={t('signoff.versions.title')} itemPage>
      <p>{t('signoff.versions.intro')}</p>
      <NameStyleChoice id="versions-name-style" value={nameStyle} onChange={setNameStyle} />
      {[...versions].reverse().map((v) => {
        const signedOn = signedOffDate(v.content);
        const heading = t(v.current ? 'signoff.versions.headingLatest' : 'signoff.versions.heading', {
          version: v.version,
        });
        const status = t(`plan.option.planStatus.${v.status}`);
        const href = v.current ? checkHash(plan.id) : sectionHash(plan.id, 'signoff', versionItem(v.version));
        return (
          <div className="summary-card" key={v.version}>
            <div className="summary-card__title-wrapper">
              <h2 className="summary-card__title">{heading}</h2>
              <ul className="summary-card__actions">
                <li>
                  <a href={href}>
                    {t('signoff.versions.view')}
                    <span className="visually-hidden"> {t('signoff.versions.viewHidden', { version: v.version })}</span>
                  </a>
                </li>
              </ul>
            </div>
            <dl className="summary-list">
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('signoff.versions.status')}</dt>
                <dd className="summary-list__value">
                  {signedOn ? t('signoff.versions.statusOn', { status, date: i18n.date(signedOn) }) : status}
                </dd>
              </div>
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('signoff.versions.whatChanged')}</dt>
                <dd className="summary-list__value">
                  {v.summary ? (
                    <span className="pre-line">{v.summary}</span>
                  ) : v.version === 1 ? (
                    t('signoff.versions.firstVersion')
                  ) : (
                    t('signoff.versions.noSummary')
                  )}
                </dd>
              </div>
            </dl>
            <div className="summary-card__footer">
              <PdfExportButton plan={v.current ? plan : v.content} nameStyle={nameStyle} secondary>
                {t('signoff.versions.exportPdf')}
                <span className="visually-hidden">
                  {' '}
                  {t('signoff.versions.exportPdfHidden', { version: v.version })}
                </span>
              </PdfExportButton>
            </div>
          </div>
        );
      })}
      {versions.length > 1 ? <Compare versions={versions} /> : <p>{t('signoff.versions.onlyOne')}</p>}
      <p>
        <a href={sectionHash(plan.id, 'signoff')}>{t('signoff.nav.backToSignOff')}</a>
      </p>
    </SectionPage>
  );
}
