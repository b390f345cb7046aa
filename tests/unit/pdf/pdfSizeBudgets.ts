/**
 * The performance issue's size goal for tagged, archival PDFs: the typical plan's and the 50-page
 * plan's at most 1.3× their size before tagging. The sizes before are the bytes the renderer drew
 * for these fixtures (name style "full", the tests' date) at commit 20ff4e6, the last before tagged
 * PDFs (a6d8659). Held in renderPlanPdf.test.ts; printed, with the signed plan's, by the PDF bench
 * (scripts/bench-pdf.ts).
 */
export const TAGGED_SIZE_FACTOR = 1.3;

/** Bytes before tagging, by fixture. */
export const PDF_SIZE_BEFORE_TAGGING: Record<string, number> = {
  /** The typical plan: 10 pages. */
  'tests/fixtures/plans/complete.json': 58_819,
  /** The 50-page plan: 62 pages. */
  'tests/fixtures/plans/large-20-people.json': 225_617,
  /** The signed multilingual plan, 14 pages, dense with tables: printed, not held to the goal. */
  'tests/unit/pdf/fixtures/signed-multilingual.json': 63_334,
};

/** The plans the goal is about. */
export const SIZE_GOAL_PLANS = ['tests/fixtures/plans/complete.json', 'tests/fixtures/plans/large-20-people.json'];
