import { FIELD_LABELS, SIGNATORY_ROLE_LABELS, STANCE_LABELS } from '../../schema/labels';
import type { PlanContent, SignOff } from '../../schema/planSchema';
import { sectionHash } from '../../state/hashRoute';
import { formatDate } from '../formatDate';
import { SummaryCard } from '../ListSection';
import { SignatureImage } from './SignaturePad';

const L = FIELD_LABELS.signatory;

const reasonLabel = (s: SignOff) =>
  s.stance === 'does_not_agree'
    ? L.disagreement.label
    : s.stance === 'views_recorded'
      ? 'Their views'
      : L.reservations.label;

/** Each signatory as a summary card; with `editable`, Change and Remove links. */
export function Signatories({ plan, editable }: { plan: Pick<PlanContent, 'id' | 'signOff'>; editable?: boolean }) {
  if (plan.signOff.length === 0) return <p className="inset-text">No one has signed off yet.</p>;
  return (
    <>
      {plan.signOff.map((s) => (
        <SummaryCard
          key={s.id}
          item={{
            id: s.id,
            heading: s.name,
            rows: [
              [L.role.label, s.role === 'other' && s.roleOther ? s.roleOther : SIGNATORY_ROLE_LABELS[s.role]],
              [L.stance.label, STANCE_LABELS[s.stance]],
              ...(s.reservations?.trim()
                ? [[reasonLabel(s), <span className="pre-line">{s.reservations}</span>] as [string, React.ReactNode]]
                : []),
              [L.date.label, formatDate(s.date)],
              ['Signature', s.signature ? <SignatureImage path={s.signature} name={s.name} /> : 'Typed name only'],
            ],
          }}
          changeHref={editable ? sectionHash(plan.id, 'signoff', s.id) : undefined}
          removeHref={editable ? `${sectionHash(plan.id, 'signoff', s.id)}/remove` : undefined}
        />
      ))}
    </>
  );
}
