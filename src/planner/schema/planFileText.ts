/**
 * A plan file's text: how it is written and named, and how large a file may be read. Kept apart from
 * reading (planFile.ts), which validates against the schema: saving a plan and checking a chosen
 * file's size need no schema code, so the builder's first screen does not load it.
 */
import type { Plan } from './planSchema';

/** Largest plan file accepted, in bytes (a large plan with ten earlier versions is well under 2 MB). */
export const MAX_FILE_BYTES = 5_000_000;

/** The text of a plan file: indented JSON, so it can be read and compared by people too. */
export function serialisePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * File name for a downloaded plan. It carries no names: download lists and shared drives show file
 * names to people who should not learn a child's identity from them.
 */
export function planFileName(plan: Pick<Plan, 'id' | 'version' | 'practice'>): string {
  const short = plan.id
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toLowerCase();
  return `${plan.practice ? 'practice-' : ''}staying-in-touch-plan-${short}-v${plan.version}.json`;
}
