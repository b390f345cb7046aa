/**
 * Opening a file someone chose with "Open plan file": any bytes at all, from email or a shared
 * drive. Every way a file can be wrong gets its own plain message, naming the file; nothing here
 * touches stored plans or the plan on screen. On top of the plan file reader (schema/planFile.ts:
 * size cap, nesting limit, dangerous keys, migration, strict schema) it checks what needs the raw
 * bytes (PDF or not, UTF-16, text that is not valid UTF-8) and refuses text with broken characters.
 * PDFs are read only through the reader that accepts nothing but the attachment this product wrote.
 */
import { MAX_FILE_BYTES, parsePlanFile, type PlanFileResult } from '../schema/planFile';

/** Reads a PDF with the PDF module, loaded only when a PDF is opened. */
const openPdfWithReader = async (bytes: Uint8Array): Promise<PlanFileResult> => {
  const { readBuilderPlanFromPdf } = await import('../pdf/readPlanFromPdf');
  const result = await readBuilderPlanFromPdf(bytes);
  return result.ok ? { ok: true, plan: result.plan } : { ok: false, message: result.message, issues: [] };
};

const NOT_A_PDF = 'This file is not a PDF, although its name ends in .pdf. Choose a PDF exported from Staying in touch, or a plan file (.json).';

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/** True if the bytes start like a PDF (readers allow up to 1 KB of junk before the header). */
function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Lone UTF-16 surrogates, and control characters other than tab and line breaks. */
const BROKEN_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The path of the first text field holding broken characters, if any. */
export function findBrokenText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return BROKEN_TEXT.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findBrokenText(child, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkText<T extends PlanFileResult & { ok: true }>(result: T): T | PlanFileResult {
  const broken = findBrokenText(result.plan);
  if (broken === undefined) return result;
  return {
    ok: false,
    message: 'The file has broken or invisible control characters in its text, so it may have been damaged or changed by another program. It was not opened.',
    issues: [{ path: broken, message: 'Has broken or control characters' }],
  };
}

function readText(bytes: Uint8Array): PlanFileResult {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return {
      ok: false,
      message: 'The file is saved as UTF-16 text. Plan files are UTF-8 text: save it again from the plan builder, or save it as UTF-8 in your text editor.',
      issues: [],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'This is not a plan file: it is not text. Plan files are text files ending in .json.', issues: [] };
  }
  return parsePlanFile(text);
}

/**
 * Reads a chosen file as a plan. Messages name the file, for the error summary. `openPdf` may add
 * fields to its result (the builder's PDF opener adds what the fingerprint check found); they are kept.
 */
export async function readPlanFileBytes<R extends PlanFileResult = PlanFileResult>(
  bytes: Uint8Array,
  fileName: string,
  openPdf: (bytes: Uint8Array) => Promise<R> = openPdfWithReader as (bytes: Uint8Array) => Promise<R>,
): Promise<R | PlanFileResult> {
  const named = <T extends PlanFileResult>(result: T): T | PlanFileResult =>
    result.ok ? result : { ...result, message: `${fileName}: ${result.message}` };
  if (bytes.length === 0) return { ok: false, message: `${fileName} is empty.`, issues: [] };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `${fileName} is too large. A plan file can be up to ${MAX_FILE_BYTES / 1_000_000} MB.`, issues: [] };
  }
  let result: R | PlanFileResult;
  if (looksLikePdf(bytes)) result = await openPdf(bytes);
  else if (/\.pdf$/i.test(fileName)) result = { ok: false, message: NOT_A_PDF, issues: [] };
  else result = readText(bytes);
  return named(result.ok ? checkText(result) : result);
}
