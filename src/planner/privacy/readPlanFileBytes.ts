/**
 * Opening a file someone chose with "Open plan file": any bytes at all, from email or a shared
 * drive. Every way a file can be wrong gets its own plain message, naming the file, as a catalogue
 * key that the UI translates (`fileRefusalText`); nothing here touches stored plans or the plan on
 * screen. On top of the plan file reader (schema/planFile.ts:
 * size cap, nesting limit, dangerous keys, migration, strict schema) it checks what needs the raw
 * bytes (PDF or not, UTF-16, text that is not valid UTF-8) and refuses text with broken characters.
 * PDFs are read only through the reader that accepts nothing but the attachment this product wrote.
 *
 * A plan that says it is signed off must bear that out: its signatories must meet the sign-off rules
 * of the format it was written in (signoff/signedPlanRules.ts), or it is refused, not opened as signed.
 *
 * This is the one strict reader of plan files: the builder's "Open plan file" and
 * `npm run plan:validate` both use it, so they accept and refuse exactly the same files.
 */
import { messageText } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import { parsePlanFile, type PlanFileResult } from '../schema/planFile';
import { MAX_FILE_BYTES } from '../schema/planFileText';
import type { KeyedMessage } from '../../i18n/keyedMessage';
import { SCHEMA_VERSION } from '../schema/planVocabulary';
import { unmetSignatureRules } from '../signoff/signedPlanRules';
import { isoDate } from '../signoff/signOffRules';

/** A file that was not opened: what is wrong with it, and field by field when there is more to say. */
export interface FileRefusal {
  ok: false;
  message: KeyedMessage;
  issues: { path: string; message: KeyedMessage }[];
}

/** This module's refusals that name the file after "<file name>: " (`{file}`). */
type ProblemKey =
  | 'privacy.file.notPdf'
  | 'privacy.file.notText'
  | 'privacy.file.utf16'
  | 'privacy.file.notUtf8'
  | 'privacy.file.brokenCharacters'
  | 'privacy.file.controlCharacters'
  | 'privacy.file.signedWithoutSignatures';

/** A problem this module found, before the file is named. */
interface Problem {
  key: ProblemKey;
  issues: { path: string; message: KeyedMessage }[];
}

const problem = (key: ProblemKey, issues: Problem['issues'] = []): Problem => ({ key, issues });

const named = (fileName: string, { key, issues }: Problem): FileRefusal => ({
  ok: false,
  message: { key, params: { file: fileName } },
  issues,
});

/**
 * A refusal from the plan file reader (schema/planFile.ts) or the PDF reader, with the file named.
 * They still word their refusals in English themselves; their text is carried whole as `problem`.
 */
const fromReader = (fileName: string, refused: PlanFileResult & { ok: false }): FileRefusal => ({
  ok: false,
  message: { key: 'privacy.file.fromReader', params: { file: fileName, problem: refused.message } },
  issues: refused.issues.map((issue) => ({
    path: issue.path,
    message: { key: 'privacy.file.issue.fromReader', params: { problem: issue.message } },
  })),
});

/** A refusal in words, for the error summary and the list of what is wrong with the file. */
export function fileRefusalText(
  t: Translator['t'],
  refused: FileRefusal,
): { message: string; issues: { path: string; message: string }[] } {
  return {
    message: messageText(t, refused.message),
    issues: refused.issues.map((issue) => ({ path: issue.path, message: messageText(t, issue.message) })),
  };
}

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

/** A problem with the text of a plan that was read, if there is one. */
function checkText(plan: unknown): Problem | undefined {
  const broken = findInText(plan, LONE_SURROGATE);
  if (broken !== undefined) {
    return problem('privacy.file.brokenCharacters', [
      { path: broken, message: { key: 'privacy.file.issue.brokenCharacter' } },
    ]);
  }
  const control = findInText(plan, CONTROL);
  if (control !== undefined) {
    return problem('privacy.file.controlCharacters', [
      { path: control, message: { key: 'privacy.file.issue.controlCharacter' } },
    ]);
  }
  return undefined;
}

/** A problem if the plan says it is signed off but its signatories do not meet its format's rules. */
function checkSignedClaim(plan: Extract<PlanFileResult, { ok: true }>['plan'], format: number): Problem | undefined {
  const unmet = unmetSignatureRules(plan, format, isoDate(new Date()));
  return unmet.length > 0 ? problem('privacy.file.signedWithoutSignatures', unmet) : undefined;
}

function readText(bytes: Uint8Array): PlanFileResult | Problem {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return problem('privacy.file.utf16');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Text in another encoding (Windows-1252, say) has no zero bytes and few control characters.
    const binary =
      bytes.some((b) => b === 0) || bytes.filter((b) => b < 9 || (b > 13 && b < 32)).length > bytes.length / 100;
    return problem(binary ? 'privacy.file.notText' : 'privacy.file.notUtf8');
  }
  return parsePlanFile(text);
}

/**
 * Reads a chosen file as a plan. Refusals name the file, for the error summary. `openPdf` reads a
 * PDF: the builder's and the command line's run `openPlanPdf` in a worker with a time limit. It may
 * add fields to its result (what the fingerprint check found); they are kept.
 */
export async function readPlanFileBytes<R extends PlanFileResult = PlanFileResult>(
  bytes: Uint8Array,
  fileName: string,
  openPdf: (bytes: Uint8Array) => Promise<R>,
): Promise<Extract<R, { ok: true }> | Extract<PlanFileResult, { ok: true }> | FileRefusal> {
  if (bytes.length === 0)
    return { ok: false, message: { key: 'privacy.file.empty', params: { file: fileName } }, issues: [] };
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: { key: 'privacy.file.tooLarge', params: { file: fileName, megabytes: MAX_FILE_BYTES / 1_000_000 } },
      issues: [],
    };
  }
  let result: R | PlanFileResult | Problem;
  if (looksLikePdf(bytes)) result = await openPdf(bytes);
  else if (/\.pdf$/i.test(fileName)) result = problem('privacy.file.notPdf');
  else result = readText(bytes);
  if ('key' in result) return named(fileName, result);
  if (!result.ok) return fromReader(fileName, result);
  const broken = checkText(result.plan) ?? checkSignedClaim(result.plan, result.migratedFrom ?? SCHEMA_VERSION);
  return broken ? named(fileName, broken) : (result as Extract<R, { ok: true }>);
}
