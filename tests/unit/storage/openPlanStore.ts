/** A plan store over its own plans database, for tests that need nothing else from it. */
import { openPlanDatabase } from '../../../src/planner/storage/indexedDbPlanStore';
import type { PlanCodec, PlanStore } from '../../../src/planner/storage/planStore';

export async function openIndexedDbPlanStore(
  options: { dbName?: string; codec?: PlanCodec } = {},
): Promise<PlanStore & { close(): void }> {
  const database = await openPlanDatabase(options);
  return { ...database.plans(options.codec), close: () => database.close() };
}
