/** Downloads a plan as its .json file: "Save plan to file" and the read-only copy's "Save a copy to file". */
import { planFileName, serialisePlan } from '../../schema/planFileText';
import type { Plan } from '../../schema/planSchema';
import { downloadFile } from '../pdf/downloadFile';

export function downloadPlanFile(plan: Plan): void {
  downloadFile(serialisePlan(plan), 'application/json', planFileName(plan));
}
