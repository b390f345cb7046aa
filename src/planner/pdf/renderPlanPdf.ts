/**
 * The signed-plan PDF: A4, page one with the plan's key facts, every section in the schema's order,
 * the eco-map, and a sign-off page; OFFICIAL-SENSITIVE and a footer on every page; the plan file
 * attached with its fingerprint so the builder can open and verify it.
 *
 * Pure: no DOM, no file system. The caller supplies the font bytes (`loadFonts` in the browser,
 * `loadFontsNode` in Node). Imports pdf-lib through `pdfDocument`, so the UI must load this module
 * with a dynamic import() when the user exports.
 */
import { serialisePlan } from '../schema/planFileText';
import type { Plan, PlanContent } from '../schema/planSchema';
import { translator, type Translator } from '../../i18n/translator';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages';
import { fingerprintPlan } from '../signoff/fingerprintPlan';
import { isoDate, signedOffDate, signOffReadiness } from '../signoff/signOffRules';
import { renderDocument, type PdfFonts } from './pdfDocument';
import { copyTitle, type FamilyCopy, type NameStyle } from './planDocument';
import { documentBlocks, pageMarks } from './documentBlocks';
import { editionTextScale } from './editionDocument';
import type { Block } from './pageLayout';
import { RENDERER_VERSION } from './pdfMarker';

export interface RenderPlanPdfOptions {
  fonts: PdfFonts;
  /** How the child's name is shown on the pages (the attached plan file always has it in full). */
  nameStyle: NameStyle;
  /**
   * The languages to write the PDF in, in order: one, or Welsh then English for a bilingual plan
   * (as Welsh public bodies publish). English unless the caller says otherwise.
   */
  languages?: readonly Language[];
  /** Creation date of the PDF; defaults to now. Fix it for reproducible output. */
  now?: Date;
  /**
   * The day (YYYY-MM-DD) the plan's readiness is judged on for page one: by default the day it was
   * signed off, or for a plan not signed off, the day of `now`. A verifier drawing a PDF's pages
   * again passes the day the PDF recorded.
   */
  judgedOn?: string;
  /**
   * A family's copy instead of the agency record: read for that family, without the eco-map (its
   * labels name everyone) and without the plan file, which holds everything the copy leaves out.
   */
  copy?: FamilyCopy;
}

export interface RenderPlanPdfResult {
  bytes: Uint8Array;
  fingerprint: string;
  pageCount: number;
}

/**
 * The plan file as attached: exactly what the builder saves as a .json file. An earlier version
 * (plan content without `previousVersions`) gets an empty history, so the attachment is always a
 * plan file the builder can open; the fingerprint leaves `previousVersions` out, so it is unchanged.
 */
export function planFileBytes(plan: Plan | PlanContent): Uint8Array {
  const file: Plan = 'previousVersions' in plan ? plan : { ...plan, previousVersions: [] };
  return new TextEncoder().encode(serialisePlan(file));
}

/** Renders the plan and reports its fingerprint and page count too. */
export async function renderPlanPdfWithDetails(
  plan: Plan | PlanContent,
  options: RenderPlanPdfOptions,
): Promise<RenderPlanPdfResult> {
  const now = options.now ?? new Date();
  const { copy } = options;
  const fingerprint = await fingerprintPlan(plan);
  // A signed plan's status is judged on the day it was signed, so a PDF exported years later does
  // not report its (then past) review date as missing.
  const judgedOn = options.judgedOn ?? signedOffDate(plan) ?? isoDate(now);
  const readiness = signOffReadiness(plan, judgedOn);
  const translators = (options.languages?.length ? options.languages : [DEFAULT_LANGUAGE]).map((l) => translator(l));
  const [first] = translators;
  /** One line per language of the document, Welsh first in a bilingual one. */
  const inEach = (words: (i18n: Translator) => string) => translators.map(words);
  const marks = translators.map((i18n) => pageMarks(plan, i18n));

  const { bytes, pages } = await renderDocument({
    fonts: options.fonts,
    // The whole plan in each language in turn, each starting on a page of its own; a language other
    // than the document's (the English half of a bilingual plan) is marked as such for screen readers.
    buildBlocks: (layout, measures) =>
      translators.flatMap((i18n, i) => {
        const blocks = documentBlocks(plan, {
          i18n,
          nameStyle: options.nameStyle,
          fingerprint,
          readiness,
          ...(copy ? { copy } : {}),
          measures,
          box: { width: layout.contentWidth, height: layout.contentHeight },
        });
        const inLanguage: Block[] =
          i18n.locale === first.locale ? blocks : [{ kind: 'language', lang: i18n.locale, blocks }];
        return i > 0 ? [{ kind: 'pageBreak' }, ...inLanguage] : inLanguage;
      }),
    meta: {
      // Never a name: the title shows in window title bars, file lists and document managers.
      title: first.t('plan.pdf.meta.title', { version: plan.version }),
      subject: first.t(plan.practice ? 'plan.pdf.meta.subjectPractice' : 'plan.pdf.meta.subject', {
        version: plan.version,
      }),
      keywords: ['staying in touch', 'contact after adoption', 'plan', `plan ${plan.id}`, `version ${plan.version}`],
      language: first.locale,
    },
    // Numbers as text: the message formatter would group a four-digit number ("1,000").
    footer: (page, total) =>
      inEach((i18n) => {
        const params = { planId: plan.id, version: String(plan.version), page: String(page), total: String(total) };
        // Every page of a family's copy says whose copy it is.
        return copy
          ? i18n.t('plan.pdf.copy.footer', { ...params, copy: copyTitle(plan, copy, i18n, 'name') })
          : i18n.t('plan.pdf.footer', params);
      }),
    marks: {
      security: marks.map((m) => m.security),
      ...(plan.practice ? { practice: marks.map((m) => m.practice ?? '') } : {}),
    },
    statusMark: plan.status === 'signed' ? undefined : marks.map((m) => m.status ?? ''),
    ...(copy ? {} : { attachment: { bytes: planFileBytes(plan), fingerprint } }),
    drawn: {
      renderer: RENDERER_VERSION,
      nameStyle: options.nameStyle,
      judgedOn,
      language: translators.map((i18n) => i18n.locale).join(','),
    },
    now,
    ...(copy?.wording ? { textScale: editionTextScale(copy.wording) } : {}),
  });
  return { bytes, fingerprint, pageCount: pages.length };
}

/** Renders the plan as a PDF and returns its bytes. */
export async function renderPlanPdf(plan: Plan | PlanContent, options: RenderPlanPdfOptions): Promise<Uint8Array> {
  return (await renderPlanPdfWithDetails(plan, options)).bytes;
}
