import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { copyFindings, keepFinding, stopKeeping } from '../../../src/planner/answers/copyFindings';
import { planAnswers } from '../../../src/planner/answers/planAnswers';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { parsePlanFile } from '../../../src/planner/schema/planFile';
import { fixturePlan } from '../planner/fixtures';

const en = translator('en');

/** The complete fixture with two adoptive parents and the family's details written down. */
function familyPlan(): Plan {
  const plan = fixturePlan('complete.json');
  plan.people.push(
    { id: 'p-rhian', name: 'Rhian Price-Jones', relationship: 'adoptive_parent' },
    { id: 'p-tom', name: 'Tom Price-Jones', relationship: 'adoptive_parent' },
  );
  // As in most plans, the birth family knows the child's first name.
  plan.protectedDetails = {
    ...NO_PROTECTED_DETAILS,
    town: 'Bridgend',
    school: 'Ysgol y Graig',
    childFirstNameShared: true,
  };
  plan.arrangements[0].notes = 'Rhian drives Maya from Bridgend; call 07700 900123 if late.';
  return plan;
}

const texts = (plan: Plan, reader: 'birth' | 'adoptive') =>
  copyFindings(plan, reader, en).map((f) => [f.row.key, f.finding.text]);

describe("the findings in a family's copy", () => {
  it('finds what people wrote, answer by answer, with the detail itself', () => {
    const plan = familyPlan();
    expect(texts(plan, 'birth')).toEqual([
      ['arrangements.a-leon.notes', 'Rhian'],
      ['arrangements.a-leon.notes', 'Bridgend'],
      ['arrangements.a-leon.notes', '07700 900123'],
    ]);
  });

  it("finds the child's first name everywhere when the birth family does not know it", () => {
    const plan = familyPlan();
    plan.protectedDetails = { ...plan.protectedDetails!, childFirstNameShared: false };
    const found = copyFindings(plan, 'birth', en);
    expect(found.filter((f) => f.finding.text === 'Maya').length).toBeGreaterThan(5);
    // The copy's reading leaves the name out of "About the child" itself.
    expect(found.map((f) => f.row.key)).not.toContain('child.name');
  });

  it("names the other family's people by their part, so the register's names are not findings", () => {
    const plan = familyPlan();
    plan.arrangements[0].notes = '';
    const rows = planAnswers(plan, en, { reader: 'birth' }).flatMap((s) =>
      s.parts.flatMap((p) => (p.kind === 'rows' ? p.rows : p.items.flatMap((i) => [...i.rows, { value: i.heading }]))),
    );
    const printed = rows.map((r) => r.value).join('\n');
    expect(printed).not.toMatch(/Rhian|Price|Tom\b/);
    expect(printed).toContain('Adoptive parent');
    expect(copyFindings(plan, 'birth', en)).toEqual([]);
    // The birth mother's copy may use the first name the plan says she knows.
    plan.protectedDetails = { ...plan.protectedDetails!, sharedFirstNameIds: ['p-rhian'] };
    const shared = planAnswers(plan, en, { reader: 'birth' })
      .flatMap((s) => s.parts.flatMap((p) => (p.kind === 'items' ? p.items.map((i) => i.heading) : [])))
      .join('\n');
    expect(shared).toContain('Rhian');
    expect(shared).not.toContain('Price');
  });

  it("checks the adoptive family's copy for the birth relatives' details", () => {
    const plan = familyPlan();
    plan.protectedDetails = { ...plan.protectedDetails!, otherBirth: 'Flat 3, Tŷ Gwyn' };
    plan.support[0].description = 'Nana Merle lives at Flat 3, Tŷ Gwyn and Sarah will visit.';
    const found = texts(plan, 'adoptive');
    expect(found).toContainEqual([`support.${plan.support[0].id}.description`, 'Flat 3, Tŷ Gwyn']);
    expect(found).toContainEqual([`support.${plan.support[0].id}.description`, 'Sarah']);
    // The adoptive family's own details are not findings in their own copy.
    expect(found.map(([, text]) => text)).not.toContain('Bridgend');
  });

  it('keeps a finding with its reason, only in that answer, and can open it again', () => {
    const plan = familyPlan();
    const kept = keepFinding(plan, 'arrangements.a-leon.notes', 'bridgend', '  Both families meet in Bridgend. ');
    const findings = copyFindings(kept, 'birth', en);
    const bridgend = findings.find((f) => f.finding.text === 'Bridgend');
    expect(bridgend?.kept).toEqual({
      where: 'arrangements.a-leon.notes',
      text: 'bridgend',
      reason: 'Both families meet in Bridgend.',
    });
    expect(findings.filter((f) => f.kept)).toHaveLength(1);
    // Kept twice is kept once, with the latest reason; the plan is still a valid plan file.
    const again = keepFinding(kept, 'arrangements.a-leon.notes', 'Bridgend', 'A public place.');
    expect(again.protectedDetails?.kept).toEqual([
      { where: 'arrangements.a-leon.notes', text: 'Bridgend', reason: 'A public place.' },
    ]);
    expect(parsePlanFile(JSON.stringify(again)).ok).toBe(true);
    const reopened = stopKeeping(again, 'arrangements.a-leon.notes', 'BRIDGEND');
    expect(copyFindings(reopened, 'birth', en).some((f) => f.kept)).toBe(false);
  });
});
