/**
 * Where plans are kept on this device. The builder talks only to this interface, so a session-only
 * store (nothing left behind when the tab closes) or an encrypting store can replace the default
 * IndexedDB one without touching the UI.
 */
import type { Plan } from '../schema/planSchema';

export interface PlanStore {
  /** Every plan, most recently saved first. */
  list(): Promise<Plan[]>;
  get(id: string): Promise<Plan | undefined>;
  /** Saves the plan, replacing any with the same id. */
  put(plan: Plan): Promise<void>;
  delete(id: string): Promise<void>;
  deleteAll(): Promise<void>;
}

/**
 * Turns a plan into what is written to storage and back. The default keeps the plan as it is; an
 * encrypting codec can return ciphertext instead.
 */
export interface PlanCodec {
  encode(plan: Plan): Promise<unknown>;
  decode(stored: unknown): Promise<Plan>;
}

export const plainCodec: PlanCodec = {
  encode: async (plan) => plan,
  decode: async (stored) => stored as Plan,
};

export const byMostRecent = (a: Plan, b: Plan) => b.updatedAt.localeCompare(a.updatedAt);
