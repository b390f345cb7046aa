/**
 * A signed plan's full fingerprint, unbroken, with the advice to record it on the child's case
 * record: only that record can later show a PDF or plan file is the one that was signed.
 */
import { useEffect, useState } from 'react';
import type { PlanContent } from '../../schema/planSchema';
import { fingerprintPlan } from '../../signoff/fingerprintPlan';
import { useTranslator } from '../useTranslator';

export function PlanFingerprint({ plan }: { plan: PlanContent }) {
  const { t } = useTranslator();
  const [fingerprint, setFingerprint] = useState<string>();
  useEffect(() => {
    let current = true;
    void fingerprintPlan(plan).then((value) => current && setFingerprint(value));
    return () => {
      current = false;
    };
  }, [plan]);
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
