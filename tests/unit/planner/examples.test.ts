import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { allSectionStatuses } from '../../../src/planner/state/taskStatus';
import { layoutEcomap } from '../../../src/planner/ecomap/layoutEcomap';
import { formsOf } from '../../../src/planner/schema/arrangementQuestions';
import { EXAMPLE_DIR, exampleNames, examplePlan } from './fixtures';
import { translator } from '../../../src/i18n/translator';

const en = translator('en');

const CONTENT_DIR = 'src/content/examples';
/** The `plan:` id named in each worked example's frontmatter. */
const linkedPlans = readdirSync(CONTENT_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(`${CONTENT_DIR}/${f}`, 'utf8') }))
  .map(({ file, text }) => ({ file, text, plan: /^plan:\s*([a-z0-9-]+)\s*$/m.exec(text)?.[1] }));

describe('worked example plans', () => {
  it('exist for every worked example that links to one, and only for those', () => {
    const linked = linkedPlans
      .map((e) => e.plan)
      .filter(Boolean)
      .sort();
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(
      exampleNames()
        .map((n) => n.replace(/\.json$/, ''))
        .sort(),
    ).toEqual(linked);
  });

  it.each(exampleNames())('%s is a valid plan file, marked as practice', (name) => {
    const result = parsePlanFile(readFileSync(`${EXAMPLE_DIR}/${name}`, 'utf8'));
    expect(result.ok ? [] : result.issues).toEqual([]);
    const plan = examplePlan(name);
    expect(plan.practice).toBe(true);
    expect(plan.exampleId).toBe(name.replace(/\.json$/, ''));
    expect(plan.status).toBe('draft');
  });

  it.each(exampleNames())('%s is complete in every section before sign-off', (name) => {
    const statuses = allSectionStatuses(examplePlan(name));
    const { signoff, ...rest } = statuses;
    expect(
      Object.values(rest).every((s) => s === 'completed'),
      JSON.stringify(statuses),
    ).toBe(true);
    expect(signoff).toBe('not_started');
  });

  it.each(exampleNames())('%s uses the names in its worked example', (name) => {
    const plan = examplePlan(name);
    const text = linkedPlans.find((e) => e.plan === name.replace(/\.json$/, ''))!.text;
    expect(text).toContain(`**${plan.child.name}**`);
    for (const person of plan.people) {
      const first = person.name.split(/[ ()']/)[0];
      expect(text, person.name).toContain(first);
    }
  });

  it.each(exampleNames())('%s draws everyone in its eco-map, with a line for each way they keep in touch', (name) => {
    const plan = examplePlan(name);
    const layout = layoutEcomap(plan, en.t);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['child', ...plan.people.map((p) => p.id)].sort());
    for (const p of plan.people.filter((person) => person.relationship !== 'adoptive_parent')) {
      const forms = new Set(plan.arrangements.filter((a) => a.personIds.includes(p.id)).flatMap(formsOf));
      expect(
        layout.edges
          .filter((e) => e.to === p.id)
          .map((e) => e.form)
          .sort(),
        p.name,
      ).toEqual([...forms].sort());
    }
  });

  it('the Welsh example keeps Welsh characters exactly', () => {
    const plan = examplePlan('welsh-speaking-family.json');
    expect(plan.jurisdiction).toBe('wales');
    expect(plan.voices.child.ownWords).toContain('tŷ');
    expect(plan.child.languages).toContain('Cymraeg');
  });
});
