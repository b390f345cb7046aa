/**
 * "Versions of this plan": every version, oldest first, each viewable and exportable as a PDF, and
 * a comparison of any two of them.
 */
import { useMemo, useState, type SubmitEventHandler } from 'react';
import { PLAN_STATUS_LABELS } from '../../schema/labels';
import { checkHash, sectionHash } from '../../state/hashRoute';
import { NameStyleChoice } from '../pdf/NameStyleChoice';
import { PdfExportButton } from '../pdf/PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';
import { formatDate } from '../formatDate';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import { planVersions } from '../../signoff/planLifecycle';
import { signedOffDate } from '../../signoff/signOffRules';
import { VersionChanges } from './VersionChanges';
import { diffPlanVersions } from '../../signoff/versionDiff';
import { useTranslator } from '../useTranslator';

export const VERSIONS_ITEM = 'versions';
export const versionItem = (version: number) => `version-${version}`;

function Compare({ versions }: { versions: ReturnType<typeof planVersions> }) {
  const numbers = versions.map((v) => v.version);
  const [from, setFrom] = useState(numbers[numbers.length - 2]);
  const [to, setTo] = useState(numbers[numbers.length - 1]);
  const i18n = useTranslator();
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
      <select id={id} className="select" value={value} onChange={(e) => set(Number(e.target.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two versions</h2>
      <form noValidate onSubmit={submit}>
        <div className="inline-fields">
          {select('compare-from', 'From', from, setFrom)}
          {select('compare-to', 'To', to, setTo)}
        </div>
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            Show what changed
          </button>
        </div>
      </form>
      {shown && changes && <VersionChanges from={shown.from} to={shown.to} sections={changes} />}
    </section>
  );
}

export function PlanVersionsPage({ plan }: SectionProps) {
  const versions = useMemo(() => planVersions(plan), [plan]);
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  return (
    <SectionPage plan={plan} section="signoff" title="Versions of this plan" itemPage>
      <p>
        Each signed-off version is kept exactly as it was signed, with its fingerprint, so it can still be read and
        exported. Only the latest version can be changed, until it is signed off.
      </p>
      <NameStyleChoice id="versions-name-style" value={nameStyle} onChange={setNameStyle} />
      {[...versions].reverse().map((v) => {
        const signedOn = signedOffDate(v.content);
        const heading = `Version ${v.version}${v.current ? ' (latest)' : ''}`;
        const href = v.current ? checkHash(plan.id) : sectionHash(plan.id, 'signoff', versionItem(v.version));
        return (
          <div className="summary-card" key={v.version}>
            <div className="summary-card__title-wrapper">
              <h2 className="summary-card__title">{heading}</h2>
              <ul className="summary-card__actions">
                <li>
                  <a href={href}>
                    View<span className="visually-hidden"> version {v.version}</span>
                  </a>
                </li>
              </ul>
            </div>
            <dl className="summary-list">
              <div className="summary-list__row">
                <dt className="summary-list__key">Status</dt>
                <dd className="summary-list__value">
                  {PLAN_STATUS_LABELS[v.status]}
                  {signedOn ? ` on ${formatDate(signedOn)}` : ''}
                </dd>
              </div>
              <div className="summary-list__row">
                <dt className="summary-list__key">What changed</dt>
                <dd className="summary-list__value">
                  {v.summary ? (
                    <span className="pre-line">{v.summary}</span>
                  ) : v.version === 1 ? (
                    'The first version'
                  ) : (
                    'No summary recorded'
                  )}
                </dd>
              </div>
            </dl>
            <div className="summary-card__footer">
              <PdfExportButton plan={v.current ? plan : v.content} nameStyle={nameStyle} secondary>
                Export PDF<span className="visually-hidden"> of version {v.version}</span>
              </PdfExportButton>
            </div>
          </div>
        );
      })}
      {versions.length > 1 ? (
        <Compare versions={versions} />
      ) : (
        <p>There is only one version so far. After sign-off, “Start a new version” keeps this one as it was signed.</p>
      )}
      <p>
        <a href={sectionHash(plan.id, 'signoff')}>Back to sign-off</a>
      </p>
    </SectionPage>
  );
}
