/**
 * An edition of the plan in one language, as document blocks: the child's plan or easy read
 * (editionDocument.ts), else the agency record or a family's copy (planDocument.ts), with the
 * eco-map where the edition shows one; and the words every page of it carries (which edition, for
 * whom, its marks). The PDF lays these out and draws them; the builder's print view shows the same
 * blocks as HTML, so what is printed from the browser is what the PDF says.
 *
 * Pure: no pdf-lib and no DOM. Text is measured (for the eco-map's labels) by the caller's fonts.
 */
import type { Translator } from '../../i18n/translator';
import { firstName } from '../answers/planAnswers';
import { editionReading, peopleAsChildKnowsThem } from '../answers/readerEditions';
import type { PlanContent } from '../schema/planSchema';
import type { SignOffReadiness } from '../signoff/signOffRules';
import { ecomapBlock } from './ecomapFigure';
import { editionBlocks } from './editionDocument';
import type { Block, Measures } from './pageLayout';
import { copyTitle, planBlocks, styledChildName, type FamilyCopy, type NameStyle } from './planDocument';

export interface DocumentBlocksOptions {
  i18n: Translator;
  nameStyle: NameStyle;
  fingerprint: string;
  readiness: SignOffReadiness;
  /** A family's copy, the child's plan or easy read; the agency record without one. */
  copy?: FamilyCopy;
  /** How text is measured, for the eco-map's labels; without it there is no eco-map. */
  measures?: Measures;
  /** The room a page has for content, in points: the eco-map is as large as it allows. */
  box: { width: number; height: number };
  /** Printed from the browser: the agency record has no plan file attached. */
  unattached?: boolean;
}

/** The child's name for the eco-map: as styled elsewhere, or empty so the diagram says "The child". */
function diagramChildName(plan: PlanContent, style: NameStyle): string {
  return plan.child?.name?.trim() ? styledChildName(plan.child.name, style) : '';
}

export function documentBlocks(plan: PlanContent, options: DocumentBlocksOptions): Block[] {
  const { i18n, copy, measures, box } = options;
  const wording = copy?.wording;
  const ecomap = (people: PlanContent, childName: string) =>
    measures ? ecomapBlock(people, childName, measures, box, i18n) : undefined;
  if (wording)
    return editionBlocks(editionReading(plan, wording, i18n, copy.forId), {
      plan,
      wording,
      i18n,
      ...(wording.kind === 'child'
        ? { ecomap: ecomap(peopleAsChildKnowsThem(plan, i18n), firstName(plan.child.name)) }
        : {}),
    });
  return planBlocks(plan, {
    i18n,
    nameStyle: options.nameStyle,
    fingerprint: options.fingerprint,
    readiness: options.readiness,
    ...(options.unattached ? { unattached: true } : {}),
    // A family's copy has no eco-map: its labels name everyone.
    ...(copy ? { copy } : { ecomap: ecomap(plan, diagramChildName(plan, options.nameStyle)) }),
  });
}

/** The header mark of a plan that is not signed off, so a draft can never pass for the signed plan. */
export function statusMark(status: PlanContent['status'], i18n: Translator): string {
  return i18n.t(status === 'ready' ? 'plan.pdf.mark.ready' : 'plan.pdf.mark.draft');
}

/** The marks at the head of every page: OFFICIAL-SENSITIVE, PRACTICE for a practice plan, DRAFT until signed off. */
export function pageMarks(
  plan: PlanContent,
  i18n: Translator,
): { security: string; practice?: string; status?: string } {
  return {
    security: i18n.t('plan.pdf.mark.security'),
    ...(plan.practice ? { practice: i18n.t('plan.pdf.mark.practice') } : {}),
    ...(plan.status === 'signed' ? {} : { status: statusMark(plan.status, i18n) }),
  };
}

/**
 * Which edition this is and whom it is for (the agency record, or whose copy), with the plan and
 * its version: the line every page printed from the browser repeats, where the PDF's footer also
 * numbers the pages.
 */
export function runningLine(plan: PlanContent, copy: FamilyCopy | undefined, i18n: Translator): string {
  return i18n.t('plan.pdf.print.running', {
    edition: copy ? copyTitle(plan, copy, i18n, 'name') : i18n.t('plan.pdf.edition.record'),
    planId: plan.id,
    version: String(plan.version),
  });
}
