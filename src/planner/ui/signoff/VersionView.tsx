/** One earlier version of the plan, read-only as it was signed, with its own PDF export. */
import { useState } from 'react';
import { PLAN_STATUS_LABELS } from '../../schema/labels';
import { sectionHash } from '../../state/hashRoute';
import { NameStyleChoice } from '../pdf/NameStyleChoice';
import { PdfExportButton } from '../pdf/PdfExportButton';
import type { NameStyle } from '../../pdf/planDocument';
import { PlanAnswers } from '../CheckAnswers';
import { formatDate } from '../formatDate';
import { SectionPage } from '../SectionPage';
import type { SectionProps } from '../sectionProps';
import { findVersion } from '../../signoff/planLifecycle';
import { Signatories } from './Signatories';
import { signedOffDate } from '../../signoff/signOffRules';
import { VERSIONS_ITEM } from './PlanVersionsPage';

export function VersionView({ props, version }: { props: SectionProps; version: number }) {
  const { plan } = props;
  const [nameStyle, setNameStyle] = useState<NameStyle>('full');
  const content = findVersion(plan, version);
  const versionsLink = <a href={sectionHash(plan.id, 'signoff', VERSIONS_ITEM)}>See every version of this plan</a>;
  if (!content) {
    return (
      <SectionPage plan={plan} section="signoff" title="Version not found" itemPage>
        <p>This plan has no version {version}.</p>
        <p>{versionsLink}</p>
      </SectionPage>
    );
  }
  const signedOn = signedOffDate(content);
  return (
    <SectionPage plan={plan} section="signoff" title={`Version ${version}`} itemPage>
      <div className="inset-text">
        <p>
          This is version {version} of {plan.version}: {PLAN_STATUS_LABELS[content.status].toLowerCase()}
          {signedOn ? ` on ${formatDate(signedOn)}` : ''}. It is kept as it was and cannot be changed.
        </p>
        <p>{versionsLink}</p>
      </div>
      <NameStyleChoice id="version-name-style" value={nameStyle} onChange={setNameStyle} />
      <PdfExportButton plan={version === plan.version ? plan : content} nameStyle={nameStyle}>
        Export version {version} as PDF
      </PdfExportButton>
      <PlanAnswers plan={{ ...content, previousVersions: [] }} readOnly />
      <section className="check-section" aria-labelledby="version-signoff">
        <div className="check-section__header">
          <h2 id="version-signoff">Sign-off</h2>
        </div>
        <Signatories plan={content} />
      </section>
    </SectionPage>
  );
}
