/**
 * The eco-map as vector graphics. Placeholder until the planner's layout (layoutEcomap) lands.
 */
import type { PlanContent } from '../schema/planSchema';
import type { Block } from './pageLayout';

export function ecomapBlock(_plan: PlanContent): Block | undefined {
  return undefined;
}
