/**
 * What the privacy shell (PlannerShell.tsx) gives the plan builder, and what the builder hands
 * back. The shell decides where plans are kept and when they are locked; the builder edits them.
 */
import type { ReactNode } from 'react';
import type { Plan } from '../schema/planSchema';
import type { PlanStore } from '../storage/planStore';

export interface BuilderHandle {
  /** Writes any waiting autosave now. */
  flush(): Promise<void>;
  /** The plan on screen, with every change so far. */
  currentPlan(): Plan | undefined;
  /** "Save plan to file" for the plan on screen. */
  saveToFile(): Promise<void>;
}

export interface PlannerHost {
  /** Where the builder reads and writes plans. */
  store: PlanStore;
  /** Plans are kept only in this tab's memory, until the page is reloaded or closed. */
  sessionOnly: boolean;
  /** Replaces the plans list's line about where plans are kept. */
  storageNote?: ReactNode;
  /** Shown at the end of the plans list: this device's privacy settings. */
  deviceControls?: ReactNode;
  /** Called by the builder once it is ready. */
  connect(builder: BuilderHandle): void;
}
