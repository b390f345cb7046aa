/**
 * Exporting a plan as a PDF in the browser. The renderer, pdf-lib, fontkit and the fonts load only
 * now, through dynamic imports, so none of them is part of the builder's first load.
 */
import { planFileName } from '../../schema/planFileText';
import type { Plan, PlanContent } from '../../schema/planSchema';
import { downloadFile } from './downloadFile';
import type { FamilyCopy, NameStyle } from '../../pdf/planDocument';
import type { Language } from '../../../i18n/languages';

/**
 * The steps of an export, in order, so a failure can say which one failed: loading the PDF code,
 * fetching the fonts, drawing the pages, handing the file to the browser to save.
 */
export type PdfExportStep = 'load' | 'fonts' | 'render' | 'download';

/** An export that failed at one step; nothing was downloaded and the plan was not touched. */
export class PdfExportError extends Error {
  constructor(
    readonly step: PdfExportStep,
    options: { cause: unknown },
  ) {
    super(`The PDF export failed at the ${step} step.`, options);
    this.name = 'PdfExportError';
  }
}

/** Runs one step of the export, naming it in the error if it fails. */
async function step<T>(name: PdfExportStep, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    throw new PdfExportError(name, { cause });
  }
}

/**
 * The PDF's file name: the plan file's name with `.pdf`, marked `-draft` until signed off. Like the
 * plan file's, it never carries a name: download lists and shared drives show file names to anyone.
 */
export function pdfFileName(plan: Pick<PlanContent, 'id' | 'version' | 'practice' | 'status'>): string {
  return planFileName(plan).replace(/\.json$/, plan.status === 'signed' ? '.pdf' : '-draft.pdf');
}

/**
 * A family's copy's file name: the plan's, then which copy it is and, for a birth relative, their
 * place in the register (never a name or an id someone typed).
 */
export function copyFileName(plan: PlanContent, copy: FamilyCopy): string {
  const place = copy.forId ? `-${plan.people.findIndex((p) => p.id === copy.forId) + 1}` : '';
  const { wording } = copy;
  const which =
    wording?.kind === 'child'
      ? `childs-plan-${wording.ageBand}`
      : wording?.kind === 'easyRead'
        ? `easy-read${place}`
        : copy.reader === 'adoptive'
          ? 'copy-adoptive-family'
          : `copy-birth-relative${place}`;
  return pdfFileName(plan).replace(/(-draft)?\.pdf$/, `-${which}$1.pdf`);
}

/**
 * Renders the plan (or one of its earlier versions), downloads it, and returns the file name.
 * Throws PdfExportError, saying at which step it failed.
 */
export async function exportPlanPdf(
  plan: Plan | PlanContent,
  nameStyle: NameStyle,
  languages: readonly Language[],
  copy?: FamilyCopy,
): Promise<string> {
  const [{ renderPlanPdf }, { loadFonts, forgetLoadedFonts }] = await step('load', () =>
    Promise.all([import('../../pdf/renderPlanPdf'), import('../../pdf/loadFonts')]),
  );
  const fonts = await step('fonts', loadFonts);
  const bytes = await step('render', () =>
    renderPlanPdf(plan, { fonts, nameStyle, languages, ...(copy ? { copy } : {}) }).catch((error: unknown) => {
      forgetLoadedFonts(); // they may be what stopped it: the next export fetches them again
      throw error;
    }),
  );
  const fileName = copy ? copyFileName(plan, copy) : pdfFileName(plan);
  await step('download', () => downloadFile(bytes, 'application/pdf', fileName));
  return fileName;
}
