/**
 * "The child's plan and easy read": the child's own plan, in the words of the age band chosen (from
 * the date of birth unless the social worker chooses otherwise), and an easy-read copy for each
 * birth relative. Each is made once nothing it prints is left to reword or keep; what is left is
 * listed under the family's copy above, where it is settled.
 */
import { useState } from 'react';
import { relativeNameInCopy } from '../../answers/copyFindings';
import { AGE_BANDS, ageBandOn, editionFindings, type AgeBand, type Wording } from '../../answers/readerEditions';
import type { Plan } from '../../schema/planSchema';
import { isoDate } from '../../signoff/signOffRules';
import { nameProtectedFrom } from '../../state/protectedDetails';
import { ChoiceRadios } from '../privacy/ChoiceRadios';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { useToolTranslator } from '../useToolTranslator';

/** Open findings in what the edition prints: a note saying so, or the button that makes it. */
function EditionDownload({
  plan,
  wording,
  forId,
  children,
}: {
  plan: Plan;
  wording: Wording;
  forId?: string;
  children: string;
}) {
  const i18n = useToolTranslator();
  const open = editionFindings(plan, wording, i18n, forId).filter((f) => !f.kept).length;
  if (open)
    return (
      <p className="copy-findings__relative">
        {i18n.t(`planner.copies.edition.open.${wording.kind}`, { count: open, edition: children })}
      </p>
    );
  const reader = wording.kind === 'child' ? 'adoptive' : 'birth';
  return (
    <PdfExportButton plan={plan} nameStyle="full" copy={{ reader, wording, ...(forId ? { forId } : {}) }} secondary>
      {children}
    </PdfExportButton>
  );
}

export function EditionDownloads({ plan }: { plan: Plan }) {
  const i18n = useToolTranslator();
  const { t } = i18n;
  const fromBirth = ageBandOn(plan.child.dateOfBirth, isoDate(new Date()));
  const [band, setBand] = useState<AgeBand | undefined>(fromBirth);
  const relatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive'));
  return (
    <section aria-labelledby="copy-editions" className="copy-findings">
      <h2 id="copy-editions">{t('planner.copies.editions.heading')}</h2>
      <p>{t('planner.copies.editions.intro')}</p>
      <h3>{t('planner.copies.child.heading')}</h3>
      <ChoiceRadios<AgeBand>
        name="child-plan-band"
        legend={t('planner.copies.child.band.legend')}
        hint={
          fromBirth
            ? t('planner.copies.child.band.hint', { band: t(`planner.copies.child.band.${fromBirth}`) })
            : t('planner.copies.child.band.hintNoDate')
        }
        options={AGE_BANDS.map((b): [AgeBand, string] => [b, t(`planner.copies.child.band.${b}`)])}
        value={band}
        onChange={setBand}
      />
      <p className="hint">{t('planner.copies.child.wordsHint')}</p>
      {band && (
        <EditionDownload plan={plan} wording={{ kind: 'child', ageBand: band }}>
          {t('planner.copies.child.download')}
        </EditionDownload>
      )}
      <h3>{t('planner.copies.easyRead.heading')}</h3>
      <p>{t('planner.copies.easyRead.intro')}</p>
      {relatives.length === 0 && <p>{t('planner.copies.easyRead.none')}</p>}
      {relatives.map((person) => (
        <EditionDownload key={person.id} plan={plan} wording={{ kind: 'easyRead' }} forId={person.id}>
          {t('planner.copies.easyRead.download', { name: relativeNameInCopy(plan, person, i18n) })}
        </EditionDownload>
      ))}
    </section>
  );
}
