/**
 * Copies for each family (issue 14): the adoptive family's copy and each birth relative's copy of
 * every worked example. Whatever the copy's own furniture prints (page one, the parties, headings,
 * footers) gives away nothing the findings panel does not already show in what people wrote; a
 * plan whose findings are all reworded prints none of the other family's details at all; no copy
 * carries the plan file; every page says whose copy it is.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { copyFindings } from '../../../src/planner/answers/copyFindings';
import { renderPlanPdfWithDetails } from '../../../src/planner/pdf/renderPlanPdf';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { nameProtectedFrom, protectedDetailsOfPlan, type Reader } from '../../../src/planner/state/protectedDetails';
import { fold } from '../../../src/planner/text/foldedWords';
import { findIdentifyingDetails } from '../../../src/planner/text/identifyingDetails';
import { NOW, loadPlan, pdfText, qpdfCheck, testFonts } from './pdfTestKit';

const en = translator('en');
const EXAMPLES = readdirSync('src/planner/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => `src/planner/examples/${f}`);

const draw = async (plan: Plan, reader: Reader, forId?: string) =>
  renderPlanPdfWithDetails(plan, {
    fonts: await testFonts(),
    nameStyle: 'full',
    now: NOW,
    copy: { reader, ...(forId ? { forId } : {}) },
  });

/** The copies of a plan: the adoptive family's, and one per birth relative. */
const copiesOf = (plan: Plan) => [
  { reader: 'adoptive' as const, forId: undefined },
  ...plan.people
    .filter((p) => nameProtectedFrom(p, 'adoptive'))
    .map((p) => ({ reader: 'birth' as const, forId: p.id })),
];

describe.each(EXAMPLES)('the copies of %s', (path) => {
  const plan = loadPlan(path);

  it.each(copiesOf(plan))('$reader $forId: nothing beyond what the findings panel shows', async ({ reader, forId }) => {
    const { bytes, pageCount } = await draw(plan, reader, forId);
    const text = pdfText(bytes);
    const inAnswers = new Set(copyFindings(plan, reader, en, forId).map((f) => fold(f.finding.text)));
    const printed = findIdentifyingDetails(text, protectedDetailsOfPlan(plan, reader)).filter(
      (f) => f.detailIndex !== undefined,
    );
    expect(printed.map((f) => f.text).filter((t) => !inAnswers.has(fold(t)))).toEqual([]);
    // No plan file, and every page says whose copy it is.
    expect(Buffer.from(bytes).includes('EmbeddedFile')).toBe(false);
    const name = reader === 'adoptive' ? 'The adoptive family’s copy' : 'Copy for ';
    for (let page = 1; page <= pageCount; page++) expect(pdfText(bytes, page)).toContain(name);
    expect(qpdfCheck(bytes).status).toBe(0);
  });
});

describe('a plan whose findings are all reworded', () => {
  it("prints none of the other family's details in either family's copy", async () => {
    const plan = loadPlan('tests/fixtures/plans/family-copies.json');
    plan.protectedDetails = {
      ...NO_PROTECTED_DETAILS,
      surnames: 'Price-Jones',
      town: 'Bridgend',
      school: 'Ysgol y Graig',
      childFirstNameShared: true,
    };
    // What the social worker rewords, as the findings panel asks.
    plan.arrangements[0].notes = 'An adoptive parent brings Maya; they call the agency if they are late.';
    // Reword every remaining finding wherever people wrote it, as a social worker would; names in
    // the register stay (each copy names the other family's people by their part).
    const reword = (value: unknown, text: string, key = ''): unknown => {
      if (typeof value === 'string') return key === 'name' ? value : value.split(text).join('—');
      if (Array.isArray(value)) return value.map((v) => reword(v, text));
      if (value && typeof value === 'object')
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, k === 'protectedDetails' ? v : reword(v, text, k)]),
        );
      return value;
    };
    for (const reader of ['birth', 'adoptive'] as const)
      for (const f of copyFindings(plan, reader, en)) Object.assign(plan, reword(plan, f.finding.text));
    expect(copyFindings(plan, 'birth', en)).toEqual([]);
    expect(copyFindings(plan, 'adoptive', en)).toEqual([]);
    const relatives = plan.people.filter((p) => nameProtectedFrom(p, 'adoptive'));
    const birth = pdfText((await draw(plan, 'birth', relatives[0].id)).bytes);
    expect(findIdentifyingDetails(birth, protectedDetailsOfPlan(plan, 'birth')).map((f) => f.text)).toEqual([]);
    expect(birth).toContain('Staying-in-touch plan: copy for Sarah');
    expect(birth).toContain('Copy for Sarah · Plan plan-copies');
    // Her copy has her arrangements only, and none of the register or the strengths and challenges.
    expect(birth).not.toContain('Parties to this plan');
    expect(birth).not.toContain('Strengths and challenges');
    const adoptive = pdfText((await draw(plan, 'adoptive')).bytes);
    expect(findIdentifyingDetails(adoptive, protectedDetailsOfPlan(plan, 'adoptive')).map((f) => f.text)).toEqual([]);
    expect(adoptive).toContain('Birth mother');
    // The adoptive family's own names are theirs to read.
    expect(adoptive).toContain('Rhian Price-Jones');
  });
});
