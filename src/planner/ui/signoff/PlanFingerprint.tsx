/**
 * A signed plan's full fingerprint, unbroken, with the advice to record it on the child's case
 * record: only that record can later show a PDF or plan file is the one that was signed.
 */
import type { PlanContent } from '../../schema/planSchema';
import { useTranslator } from '../useTranslator';
import { usePlanFingerprint } from './usePlanFingerprint';

export function PlanFingerprint({ plan }: { plan: PlanContent }) {
  const { t } = useTranslator();
  const fingerprint = usePlanFingerprint(plan);
  if (!fingerprint) return null;
  return (
    <div className="plan-fingerprint">
      <p>
        {t('signoff.fingerprint.label')} <code className="plan-fingerprint__value">{fingerprint}</code>
      </p>
      <p>{t('signoff.fingerprint.record')}</p>
    </div>
  );
}
