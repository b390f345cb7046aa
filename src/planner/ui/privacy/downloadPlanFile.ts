/** Downloads a plan as its .json file (the read-only copy's "Save a copy to file"; the builder has its own for the plan it edits). */
import { planFileName, serialisePlan } from '../../schema/planFile';
import type { Plan } from '../../schema/planSchema';

export function downloadPlanFile(plan: Plan): void {
  const url = URL.createObjectURL(new Blob([serialisePlan(plan)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = planFileName(plan);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
