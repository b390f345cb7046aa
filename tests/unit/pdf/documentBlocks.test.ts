/**
 * The agency record as the builder's print view shows it (documentBlocks with `unattached`): a copy
 * printed from the browser carries no plan file, so it neither says one is attached nor claims it can
 * be checked as the PDF can; the PDF's words say both.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { documentBlocks } from '../../../src/planner/pdf/documentBlocks';
import type { Block } from '../../../src/planner/pdf/pageLayout';
import { signOffReadiness } from '../../../src/planner/signoff/signOffRules';
import { SIGNED_FIXTURE, loadPlan } from './pdfTestKit';

const i18n = translator('en');
const plan = loadPlan(SIGNED_FIXTURE);

/** Every paragraph's words in the blocks, nested ones too. */
const words = (blocks: Block[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'keepTogether' || b.kind === 'language' ? words(b.blocks) : [],
  );

const record = (unattached: boolean) =>
  words(
    documentBlocks(plan, {
      i18n,
      nameStyle: 'full',
      fingerprint: 'a'.repeat(64),
      readiness: signOffReadiness(plan, '2026-12-03'),
      box: { width: 500, height: 700 },
      unattached,
    }),
  );

describe('the agency record printed from the browser', () => {
  it('claims no attached plan file and no check, and says the signed PDF is the one to rely on', () => {
    const printed = record(true);
    expect(printed).toContain(i18n.t('plan.pdf.fingerprint.explainedPrinted'));
    expect(printed).not.toContain(i18n.t('plan.pdf.fingerprint.explained'));
    expect(printed).not.toContain(i18n.t('plan.pdf.attachmentNote'));
    const pdf = record(false);
    expect(pdf).toContain(i18n.t('plan.pdf.fingerprint.explained'));
    expect(pdf).toContain(i18n.t('plan.pdf.attachmentNote'));
  });
});
