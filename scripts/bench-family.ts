/**
 * The effort of recording issue 12's fictional family in the plan builder (scripts/familyWalkthrough.ts),
 * printed by `npm run bench` (needs a built dist/) next to what it took in the format 1 builder, counted
 * by hand in the issue, and the goal of two thirds of that. Counts, not timings: they do not vary by
 * machine, and the end-to-end test holds them too.
 */
import { againstGoal, launchChromium, printTable } from './bench-report';
import { EFFORT_GOAL, EFFORT_IN_ISSUE, recordFamily, type Effort } from './familyWalkthrough';
import { startStaticServer } from './staticServer.mjs';

const server = await startStaticServer({ root: 'dist', port: 0 });
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.url}/planner/`);
await page.getByRole('heading', { level: 1, name: 'Is this a shared or public computer?' }).waitFor();
await page.getByLabel('No, it is my own work device').check();
await page.getByRole('button', { name: 'Continue' }).click();
await page.getByRole('heading', { level: 1, name: 'Your plans' }).waitFor();
const { effort } = await recordFamily(page);
await browser.close();
await server.close();

const rows = Object.fromEntries(
  (Object.keys(EFFORT_IN_ISSUE) as (keyof Effort)[]).map((k) => [
    k,
    {
      'format 1, by hand (issue 12)': EFFORT_IN_ISSUE[k],
      now: againstGoal(String(effort[k]), `≤ ${EFFORT_GOAL[k]}, two thirds`, effort[k] <= EFFORT_GOAL[k]),
    },
  ]),
);
printTable("Recording issue 12's family, a whole plan to signed off (counts, not timings):", rows);
