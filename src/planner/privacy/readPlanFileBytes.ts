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

const NOT_A_PDF =
  'This file is not a PDF, although its name ends in .pdf. Choose a PDF exported from Staying in touch, or a plan file (.json).';

const NOT_TEXT = 'This is not a plan file: it is not text. Plan files are text files ending in .json.';

const startsWith = (bytes: Uint8Array, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/** True if the bytes start like a PDF (readers allow up to 1 KB of junk before the header). */
function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Half of a UTF-16 surrogate pair: what is left when text is cut or converted badly. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters other than tab and line breaks: never typed into a plan, and invisible on screen. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The path of the first text field that `pattern` finds something in, if any. */
export function findInText(value: unknown, pattern: RegExp, path = ''): string | undefined {
  if (typeof value === 'string') return pattern.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findInText(child, pattern, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkText<T extends PlanFileResult & { ok: true }>(result: T): T | PlanFileResult {
  const broken = findInText(result.plan, LONE_SURROGATE);
  if (broken !== undefined) {
    return {
      ok: false,
      message:
        'The file has broken characters in its text (half of a character that needs two parts), so it may have been damaged or converted badly. It was not opened.',
      issues: [{ path: broken, message: 'Has a broken character' }],
    };
  }
  const control = findInText(result.plan, CONTROL);
  if (control !== undefined) {
    return {
      ok: false,
      message:
        'The file has invisible control characters in its text, which plans never contain, so it may have been changed by another program. It was not opened.',
      issues: [{ path: control, message: 'Has an invisible control character' }],
    };
  }
  return result;
}

function readText(bytes: Uint8Array): PlanFileResult {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    return {
      ok: false,
      message:
        'The file is saved as UTF-16 text. Plan files are UTF-8 text: save it again from the plan builder, or save it as UTF-8 in your text editor.',
      issues: [],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Text in another encoding (Windows-1252, say) has no zero bytes and few control characters.
    const binary =
      bytes.some((b) => b === 0) || bytes.filter((b) => b < 9 || (b > 13 && b < 32)).length > bytes.length / 100;
    return binary
      ? { ok: false, message: NOT_TEXT, issues: [] }
      : {
          ok: false,
          message:
            'The file is text, but not in UTF-8, the encoding plan files use. Save it again from the plan builder, or save it as UTF-8 in your text editor.',
          issues: [],
        };
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
    return {
      ok: false,
      message: `${fileName} is too large. A plan file can be up to ${MAX_FILE_BYTES / 1_000_000} MB.`,
      issues: [],
    };
  }
  let result: R | PlanFileResult;
  if (looksLikePdf(bytes)) result = await openPdf(bytes);
  else if (/\.pdf$/i.test(fileName)) result = { ok: false, message: NOT_A_PDF, issues: [] };
  else result = readText(bytes);
  return named(result.ok ? checkText(result) : result);
}
