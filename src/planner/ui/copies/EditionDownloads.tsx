/**
 * "The child's plan and easy read": the child's own plan, in the words of the age band chosen (from
 * the date of birth unless the social worker chooses otherwise), and an easy-read copy for each
 * birth relative. Each is made once nothing it prints is left to reword or keep; what is left is
 * listed under the family's copy above, where it is settled.
 */
import { useState } from 'react';
import { relativeNameInCopy } from '../../answers/copyFindings';
import { AGE_BANDS, ageBandOn, type AgeBand, type Wording } from '../../answers/readerEditions';
import type { FamilyCopy } from '../../pdf/planDocument';
import type { Plan } from '../../schema/planSchema';
import { isoDate } from '../../signoff/signOffRules';
import { printHash } from '../../state/hashRoute';
import { nameProtectedFrom } from '../../state/protectedDetails';
import { ChoiceRadios } from '../privacy/ChoiceRadios';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { useToolTranslator } from '../useToolTranslator';
import { notYetMessage } from './editionGate';
import { PrintLink } from './PrintLink';

/**
 * Open findings in what the edition prints: a note saying so, or the button that makes it and the
 * link to print it (`print`: its address and the link's words).
 */
function EditionDownload({
  plan,
  wording,
  forId,
  print,
  children,
}: {
  plan: Plan;
  wording: Wording;
  forId?: string;
  print: [href: string, label: string];
  children: string;
}) {
  const i18n = useToolTranslator();
  const copy: FamilyCopy = {
    reader: wording.kind === 'child' ? 'adoptive' : 'birth',
    wording,
    ...(forId ? { forId } : {}),
  };
  const notYet = notYetMessage(plan, copy, i18n);
  if (notYet) return <p className="copy-findings__relative">{notYet}</p>;
  return (
    <div className="edition-actions">
      <PdfExportButton plan={plan} nameStyle="full" copy={copy} secondary>
        {children}
      </PdfExportButton>
      <PrintLink href={print[0]}>{print[1]}</PrintLink>
    </div>
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
        <EditionDownload
          plan={plan}
          wording={{ kind: 'child', ageBand: band }}
          print={[printHash(plan.id, 'child', { band }), t('planner.print.link.child')]}
        >
          {t('planner.copies.child.download')}
        </EditionDownload>
      )}
      <h3>{t('planner.copies.easyRead.heading')}</h3>
      <p>{t('planner.copies.easyRead.intro')}</p>
      {relatives.length === 0 && <p>{t('planner.copies.easyRead.none')}</p>}
      {relatives.map((person) => {
        const name = relativeNameInCopy(plan, person, i18n);
        return (
          <EditionDownload
            key={person.id}
            plan={plan}
            wording={{ kind: 'easyRead' }}
            forId={person.id}
            print={[printHash(plan.id, 'easy-read', { forId: person.id }), t('planner.print.link.easyRead', { name })]}
          >
            {t('planner.copies.easyRead.download', { name })}
          </EditionDownload>
        );
      })}
    </section>
  );
}
