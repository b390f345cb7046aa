/**
 * Opening a PDF in the builder: find the plan this product attached, and check it is the plan that
 * was signed.
 *
 * Only reads what this product wrote: the Producer must be ours, the information dictionary must
 * carry our marker, and the attachment must be called `plan.json` with our description. Anything
 * else is refused politely, never parsed. Checks, in order, each with its own plain message (a key
 * in the catalogue, `signoff.pdfRead.*`, that the caller translates; see `readFailureText`):
 * a PDF at all; readable; made by Staying in touch; exactly one attached file, ours; the
 * attachment is JSON; the attached bytes match the recorded digest and the plan's fingerprint
 * matches the recorded one.
 *
 * Every file is untrusted, so reading it is bounded: its structure is loaded by
 * `loadPdfWithinLimits` (object and cross-reference streams inflated on a byte budget, their
 * counts checked), the attachment is inflated only up to the plan-file cap, and the name tree is
 * walked with a visited set (`walkPdfTree`). Memory and time stay small whatever the file holds;
 * callers still run this in a worker with a time limit (privacy/pdfTimeLimit.ts) as a backstop.
 *
 * The fingerprint shows the attached plan has not been edited (by hand or by another tool) since
 * the PDF was made. It is not a cryptographic signature: someone who rewrites the plan *and* the
 * recorded fingerprints could not be detected this way.
 *
 * Imports pdf-lib statically: the builder runs it in a Web Worker (pdfReaderWorker.ts), never on the page.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFContext } from 'pdf-lib';
import type { MessageKey } from '../../i18n/catalogue';
import { messageText, type KeyedMessage } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import type { Plan } from '../schema/planSchema';
import { fingerprintPlan, sha256Hex } from '../signoff/fingerprintPlan';
import { parsePlanFile } from '../schema/planFile';
import { MAX_FILE_BYTES } from '../schema/planFileText';
import { ForeignStreamError, loadPdfWithinLimits, type LoadProblem } from './boundedPdfParser';
import { DataLimitError, inflateWithin } from './limitedInflate';
import {
  ATTACHMENT_NAME,
  INFO_MARKER_KEY,
  PRODUCER,
  fingerprintFromDescription,
  parseMarker,
  type MarkerFields,
} from './pdfMarker';
import { PdfLoopError, walkPdfTree } from './walkPdfTree';

export type ReadPlanFailure =
  | 'not-pdf'
  | 'unreadable'
  | 'not-ours'
  | 'no-plan'
  | 'several-files'
  | 'loops'
  | 'too-much-data'
  | 'damaged'
  | 'changed'
  | 'invalid';

export type ReadPlanResult<T = unknown> =
  | {
      ok: true;
      /** The attached plan, parsed (and validated when a `validate` function was given). */
      plan: T;
      /** The verified content fingerprint, as printed on the PDF's pages. */
      fingerprint: string;
      /** The attached file's text, exactly as embedded. */
      json: string;
      /** The marker the PDF carries: its digests and how its pages were drawn. */
      marker: MarkerFields;
      /** The file's objects, for comparing its pages (comparePdfPages.ts). */
      context: PDFContext;
    }
  | ReadPlanRefusal;

/**
 * Which check a refusal failed: the PDF is not one this product made; its attached plan is
 * missing, damaged or not a valid plan; or the attached plan does not match its recorded fingerprint.
 */
export type ReadPlanStage = 'producer' | 'attachment' | 'fingerprint';

/** Why a PDF's plan cannot be opened: the check that failed, and the message to show for it. */
export interface ReadPlanRefusal {
  ok: false;
  reason: ReadPlanFailure;
  stage: ReadPlanStage;
  /** For `changed`: the fingerprint of the plan actually attached. */
  fingerprint?: string;
  key: MessageKey;
  /** `reason`: the validator's own message, for `signoff.pdfRead.invalidBecause`. */
  params?: { reason: KeyedMessage };
}

export interface ReadPlanOptions<T> {
  /**
   * Validates (and may migrate) the verified plan, given as parsed JSON and as the attached text;
   * returns a plain message (already in the reader's language) when it is not a plan this builder
   * can open.
   */
  validate?: (json: unknown, text: string) => { ok: true; plan: T } | { ok: false; message: KeyedMessage };
}

/** The message for each failed check. */
export const READ_MESSAGE_KEYS = {
  'not-pdf': 'signoff.pdfRead.notPdf',
  unreadable: 'signoff.pdfRead.unreadable',
  'not-ours': 'signoff.pdfRead.notOurs',
  'no-plan': 'signoff.pdfRead.noPlan',
  'several-files': 'signoff.pdfRead.severalFiles',
  loops: 'signoff.pdfRead.loops',
  'too-much-data': 'signoff.pdfRead.tooMuchData',
  damaged: 'signoff.pdfRead.damaged',
  changed: 'signoff.pdfRead.changed',
  invalid: 'signoff.pdfRead.invalid',
} as const satisfies Record<ReadPlanFailure, MessageKey>;

/** The text of a refusal in the translator's language. */
export function readFailureText(i18n: Translator, refusal: Pick<ReadPlanRefusal, 'key' | 'params'>): string {
  return messageText(i18n.t, { key: refusal.key, ...(refusal.params ? { params: refusal.params } : {}) });
}

/** Larger than any plan PDF we make by far; refuse rather than parse something huge. */
const MAX_PDF_BYTES = 50 * 1024 * 1024;
/**
 * Most a file's object and cross-reference streams may inflate to, together. Since plan PDFs are
 * tagged (their structure tree is in object streams) a plan PDF's come to 90 KB for the 14-page
 * signed fixture and 270 KB for the 62-page large plan, 4–6 KB a page, so this allows several
 * hundred pages (fonts and page contents are separate streams, never inflated when reading).
 */
const MAX_STRUCTURE_BYTES = 4_000_000;

const fail = (reason: ReadPlanFailure, key: MessageKey = READ_MESSAGE_KEYS[reason]): ReadPlanRefusal => ({
  ok: false,
  reason,
  stage: 'producer',
  key,
});
/** A refusal once the PDF is known to carry our marker. */
const failAttached = (reason: ReadPlanFailure, key?: MessageKey): ReadPlanRefusal => ({
  ...fail(reason, key),
  stage: reason === 'changed' ? 'fingerprint' : 'attachment',
});

/** True if the bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function textOf(obj: unknown): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

/**
 * Name/file-spec pairs of the document's embedded-files name tree (flat or with kids), every node
 * visited once (`walkPdfTree` refuses a tree that loops).
 */
function embeddedFiles(context: PDFContext, catalog: PDFDict): { name: string; spec: unknown }[] {
  const out: { name: string; spec: unknown }[] = [];
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (!root) return out;
  const kidsOf = (node: PDFDict): PDFDict[] => {
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (!kids) return [];
    return kids.asArray().flatMap((kid) => {
      const dict = context.lookup(kid);
      return dict instanceof PDFDict ? [dict] : [];
    });
  };
  walkPdfTree(root, kidsOf, (node) => {
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      out.push({ name: textOf(pairs.lookup(i)) ?? '', spec: pairs.lookup(i + 1) });
    }
  });
  return out;
}

/** What a problem met while loading the file means for the reader. */
function loadFailure(problem: LoadProblem): ReadPlanRefusal {
  if (problem instanceof DataLimitError) return fail('too-much-data');
  if (problem instanceof ForeignStreamError) return fail('not-ours');
  return fail('unreadable');
}

export async function readPlanFromPdf<T = unknown>(
  bytes: Uint8Array,
  options: ReadPlanOptions<T> = {},
): Promise<ReadPlanResult<T>> {
  if (bytes.length > MAX_PDF_BYTES) return fail('unreadable', 'signoff.pdfRead.tooLarge');
  if (!looksLikePdf(bytes)) return fail('not-pdf');

  let context: PDFContext;
  try {
    const loaded = await loadPdfWithinLimits(bytes, { remaining: MAX_STRUCTURE_BYTES });
    if (loaded.problem) return loadFailure(loaded.problem);
    context = loaded.context;
  } catch {
    return fail('unreadable');
  }
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) return fail('unreadable');
  // Our PDFs are never encrypted; an encrypted one was made (or changed) by another program.
  if (context.trailerInfo.Encrypt) return fail('not-ours');

  const info = context.lookup(context.trailerInfo.Info);
  const infoText = (key: string) => (info instanceof PDFDict ? textOf(info.lookup(PDFName.of(key))) : undefined);
  const marker = parseMarker(infoText(INFO_MARKER_KEY) ?? '');
  if (infoText('Producer') !== PRODUCER || !marker) return fail('not-ours');

  let files: { name: string; spec: unknown }[];
  try {
    files = embeddedFiles(context, catalog);
  } catch (error) {
    if (error instanceof PdfLoopError) return failAttached('loops');
    // A tree past PdfTreeTooLargeError's limit, or one built of the wrong kinds of object.
    return failAttached('unreadable');
  }
  // A PDF from Staying in touch carries exactly one file: the plan.
  if (files.length > 1) return failAttached('several-files');
  const ours = files.find((f) => f.name === ATTACHMENT_NAME && f.spec instanceof PDFDict);
  const spec = ours?.spec as PDFDict | undefined;
  const described = fingerprintFromDescription(textOf(spec?.lookup(PDFName.of('Desc'))) ?? '');
  if (!spec || described === undefined) return failAttached('no-plan');

  let fileBytes: Uint8Array;
  try {
    const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
    const stream = ef && context.lookup(ef.get(PDFName.of('F')));
    if (!(stream instanceof PDFRawStream)) return failAttached('no-plan');
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    if (stream.dict.has(PDFName.of('DecodeParms'))) return failAttached('damaged');
    if (filter === undefined) fileBytes = stream.contents;
    else if (filter === PDFName.of('FlateDecode')) {
      // A plan file is at most MAX_FILE_BYTES; inflating stops there.
      fileBytes = inflateWithin(stream.contents, { remaining: MAX_FILE_BYTES });
    } else return failAttached('damaged');
    if (fileBytes.length > MAX_FILE_BYTES) return failAttached('too-much-data');
  } catch (error) {
    return failAttached(error instanceof DataLimitError ? 'too-much-data' : 'damaged');
  }

  let json: string;
  let parsed: unknown;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(fileBytes);
    parsed = JSON.parse(json);
  } catch {
    return failAttached('damaged');
  }

  let fingerprint: string;
  try {
    fingerprint = await fingerprintPlan(parsed);
  } catch {
    return failAttached('damaged');
  }
  const fileDigest = await sha256Hex(fileBytes);
  if (described !== marker.contentSha256 || fingerprint !== marker.contentSha256 || fileDigest !== marker.fileSha256) {
    return { ...failAttached('changed'), fingerprint };
  }

  if (options.validate) {
    const result = options.validate(parsed, json);
    if (!result.ok) {
      return { ...failAttached('invalid', 'signoff.pdfRead.invalidBecause'), params: { reason: result.message } };
    }
    return { ok: true, plan: result.plan, fingerprint, json, marker, context };
  }
  return { ok: true, plan: parsed as T, fingerprint, json, marker, context };
}

/**
 * What the builder calls when a PDF is opened: reads and verifies the attached plan, then checks it
 * with the same reader as a plan file (size, nesting, migration from older formats, the schema).
 */
export function readBuilderPlanFromPdf(bytes: Uint8Array): Promise<ReadPlanResult<Plan>> {
  return readPlanFromPdf<Plan>(bytes, {
    validate: (_json, text) => {
      const result = parsePlanFile(text);
      return result.ok ? { ok: true, plan: result.plan } : { ok: false, message: result.message };
    },
  });
}
