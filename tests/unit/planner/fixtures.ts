/** Loads the plan fixtures: the edge cases in tests/fixtures/plans and the worked examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../../src/planner/schema/planSchema';

export const FIXTURE_DIR = 'tests/fixtures/plans';
export const EXAMPLE_DIR = 'src/planner/examples';

export const fixtureText = (name: string) => readFileSync(join(FIXTURE_DIR, name), 'utf8');
export const fixturePlan = (name: string) => JSON.parse(fixtureText(name)) as Plan;

/** Valid fixtures: every fixture not named invalid-*. */
export const validFixtureNames = () =>
  readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json') && !f.startsWith('invalid-'));

export const exampleNames = () => readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith('.json'));
export const examplePlan = (name: string) => JSON.parse(readFileSync(join(EXAMPLE_DIR, name), 'utf8')) as Plan;
