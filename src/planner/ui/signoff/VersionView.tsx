/** One earlier version of the plan, read-only as it was signed, with its own PDF export. */
import { useState } from 'react';
import { sectionHash } from '../../state/hashRoute';
import { NameStyleChoice } from '../pdf/NameStyleChoice';
import { PdfExportButton } from '../pdf/PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';
import { PlanAnswers } from '../CheckAnswers';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import { useToolTranslator } from '../useToolTranslator';
import { findVersion } from '../../signoff/planLifecycle';
import { PlanFingerprint } from './PlanFingerprint';
import { Signatories } from './Signatories';
import { signedOffDate } from '../../signoff/signOffRules';
import { VERSIONS_ITEM } from './PlanVersionsPage';

export function VersionView({ props, version }: { props: SectionProps; version: number }) {
  const { plan } = props;
  const i18n = useToolTranslator();
  const { t } = i18n;
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  const content = findVersion(plan, version);
  const versionsLink = <a href={sectionHash(plan.id, 'signoff', VERSIONS_ITEM)}>{t('signoff.versionView.seeAll')}</a>;
  if (!content) {
    return (
      <SectionPage plan={plan} section="signoff" title={t('signoff.versionView.notFoundTitle')} itemPage>
        <p>{t('signoff.versionView.notFound', { version })}</p>
        <p>{versionsLink}</p>
      </SectionPage>
    );
  }
  const signedOn = signedOffDate(content);
  const about = {
    version,
    latest: plan.version,
    status: t(`plan.option.planStatus.${content.status}`).toLocaleLowerCase(i18n.locale),
  };
  return (
    <SectionPage plan={plan} section="signoff" title={t('signoff.versionView.title', { version })} itemPage>
      <div className="inset-text">
        <p>
          {signedOn
            ? t('signoff.versionView.aboutSignedOn', { ...about, date: i18n.date(signedOn) })
            : t('signoff.versionView.about', about)}
        </p>
        {content.status === 'signed' && <PlanFingerprint plan={content} />}
        <p>{versionsLink}</p>
      </div>
      <NameStyleChoice id="version-name-style" value={nameStyle} onChange={setNameStyle} />
      <PdfExportButton plan={version === plan.version ? plan : content} nameStyle={nameStyle}>
        {t('signoff.versionView.exportPdf', { version })}
      </PdfExportButton>
      <PlanAnswers plan={{ ...content, previousVersions: [] }} readOnly />
      <section className="check-section" aria-labelledby="version-signoff">
        <div className="check-section__header">
          <h2 id="version-signoff">{t('plan.section.signoff.title')}</h2>
        </div>
        <Signatories plan={content} />
      </section>
    </SectionPage>
  );
}
