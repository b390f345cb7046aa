/**
 * What can be copied from another plan on this device: the people register, or a section. Not the
 * child's section (it is about another child) nor sign-off (it belongs to the plan signed). Apart
 * from the copying itself (copyFromPlan.ts), so that routes and section pages can ask without
 * loading it.
 */
import type { SectionId } from '../schema/planSchema';

export const COPYABLE_SECTIONS = [
  'purposes',
  'people',
  'factors',
  'arrangements',
  'support',
  'voices',
  'change',
  'review',
] as const satisfies readonly SectionId[];
export type CopyableSection = (typeof COPYABLE_SECTIONS)[number];

export const isCopyable = (section: string): section is CopyableSection =>
  (COPYABLE_SECTIONS as readonly string[]).includes(section);
