import type { PlanContent, SignOff } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { SummaryCard, withPositions } from '../ListSection';
import { useTranslator } from '../useTranslator';
import { signatoryRoleLabel } from '../../answers/planAnswers';
import type { MessageKey } from '../../../i18n/catalogue';
import { SignatureImage } from './SignaturePad';

/** The label of a signatory's words: their reservations, why they do not agree, or their views. */
const reasonLabel = (s: SignOff): MessageKey =>
  s.stance === 'does_not_agree'
    ? 'plan.signatory.disagreement.label'
    : s.stance === 'views_recorded'
      ? 'signoff.signatories.theirViews'
      : 'plan.signatory.reservations.label';

/** Each signatory as a summary card under the "Sign-off" h2; with `editable`, Change and Remove links. */
export function Signatories({
  plan,
  editable,
}: {
  plan: Pick<PlanContent, 'id' | 'signOff' | 'people'>;
  editable?: boolean;
}) {
  const i18n = useTranslator();
  const { t } = i18n;
  if (plan.signOff.length === 0) return <p className="inset-text">{t('signoff.signatories.none')}</p>;
  return (
    <>
      {withPositions(
        plan.signOff.map((s) => ({ s, heading: s.name })),
        i18n,
      ).map(({ s, position }) => (
        <SummaryCard
          key={s.id}
          headingLevel={3}
          item={{
            id: s.id,
            position,
            heading: s.name,
            rows: [
              [t('plan.signatory.role.label'), signatoryRoleLabel(plan, s, i18n)],
              [t('plan.signatory.stance.label'), t(`plan.option.stance.${s.stance}`)],
              ...(s.reservations?.trim()
                ? [[t(reasonLabel(s)), <span className="pre-line">{s.reservations}</span>] as [string, React.ReactNode]]
                : []),
              [t('plan.signatory.date.label'), i18n.date(s.date)],
              [
                t('signoff.signatories.signature'),
                s.signature ? (
                  <SignatureImage path={s.signature} name={s.name} />
                ) : (
                  t('signoff.signatories.typedNameOnly')
                ),
              ],
            ],
          }}
          changeHref={editable ? sectionHash(plan.id, 'signoff', s.id) : undefined}
          removeHref={editable ? `${sectionHash(plan.id, 'signoff', s.id)}/remove` : undefined}
        />
      ))}
    </>
  );
}
