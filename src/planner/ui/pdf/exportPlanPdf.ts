/**
 * Exporting a plan as a PDF in the browser. The renderer, pdf-lib, fontkit and the fonts load only
 * now, through dynamic imports, so none of them is part of the builder's first load.
 */
import { planFileName } from '../../schema/planFile';
import type { Plan, PlanContent } from '../../schema/planSchema';
import { downloadFile } from './downloadFile';
import type { NameStyle } from '../../pdf/planDocument';

/**
 * The PDF's file name: the plan file's name with `.pdf`, marked `-draft` until signed off. Like the
 * plan file's, it never carries a name: download lists and shared drives show file names to anyone.
 */
export function pdfFileName(plan: Pick<PlanContent, 'id' | 'version' | 'practice' | 'status'>): string {
  return planFileName(plan).replace(/\.json$/, plan.status === 'signed' ? '.pdf' : '-draft.pdf');
}

/** Renders the plan (or one of its earlier versions), downloads it, and returns the file name. */
export async function exportPlanPdf(plan: Plan | PlanContent, nameStyle: NameStyle): Promise<string> {
  const [{ renderPlanPdf }, { loadFonts }] = await Promise.all([
    import('../../pdf/renderPlanPdf'),
    import('../../pdf/loadFonts'),
  ]);
  const bytes = await renderPlanPdf(plan, { fonts: await loadFonts(), nameStyle });
  const fileName = pdfFileName(plan);
  downloadFile(bytes, 'application/pdf', fileName);
  return fileName;
}
