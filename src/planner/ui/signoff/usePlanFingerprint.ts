/** The plan's fingerprint (SHA-256, worked out asynchronously), or undefined until it is known. */
import { useEffect, useState } from 'react';
import type { PlanContent } from '../../schema/planSchema';
import { fingerprintPlan } from '../../signoff/fingerprintPlan';

export function usePlanFingerprint(plan: PlanContent): string | undefined {
  const [fingerprint, setFingerprint] = useState<string>();
  useEffect(() => {
    let current = true;
    void fingerprintPlan(plan).then((value) => current && setFingerprint(value));
    return () => {
      current = false;
    };
  }, [plan]);
  return fingerprint;
}
