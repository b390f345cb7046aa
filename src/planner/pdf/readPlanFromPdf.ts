/**
 * Opening a PDF in the builder: find the plan this product attached, and check it is the plan that
 * was signed.
 *
 * Only reads what this product wrote: the Producer must be ours, the information dictionary must
 * carry our marker, and the attachment must be called `plan.json` with our description. Anything
 * else is refused politely, never parsed. Checks, in order, each with its own plain message (a key
 * in the catalogue, `signoff.pdfRead.*`, that the caller translates; see `readFailureText`):
 * a PDF at all; readable; made by Staying in touch; has our attachment; the attachment is JSON;
 * the attached bytes match the recorded digest and the plan's fingerprint matches the recorded one.
 *
 * The fingerprint shows the attached plan has not been edited (by hand or by another tool) since
 * the PDF was made. It is not a cryptographic signature: someone who rewrites the plan *and* the
 * recorded fingerprints could not be detected this way.
 *
 * Imports pdf-lib statically: load this module with a dynamic import() in the UI.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFRawStream,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import type { MessageKey } from '../../i18n/catalogue';
import { messageText, type KeyedMessage } from '../../i18n/keyedMessage';
import type { Translator } from '../../i18n/translator';
import { parsePlanFile } from '../schema/planFile';
import type { Plan } from '../schema/planSchema';
import { fingerprintPlan, sha256Hex } from '../signoff/fingerprintPlan';
import { ATTACHMENT_NAME, INFO_MARKER_KEY, PRODUCER, fingerprintFromDescription, parseMarker } from './pdfMarker';

export type ReadPlanFailure = 'not-pdf' | 'unreadable' | 'not-ours' | 'no-plan' | 'damaged' | 'changed' | 'invalid';

export type ReadPlanResult<T = unknown> =
  | {
      ok: true;
      /** The attached plan, parsed (and validated when a `validate` function was given). */
      plan: T;
      /** The verified content fingerprint, as printed on the PDF's pages. */
      fingerprint: string;
      /** The attached file's text, exactly as embedded. */
      json: string;
    }
  | ReadPlanRefusal;

/** Why a PDF's plan cannot be opened: the check that failed, and the message to show for it. */
export interface ReadPlanRefusal {
  ok: false;
  reason: ReadPlanFailure;
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
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const fail = (reason: ReadPlanFailure, key: MessageKey = READ_MESSAGE_KEYS[reason]): ReadPlanRefusal => ({
  ok: false,
  reason,
  key,
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

/** Name/file-spec pairs of the document's embedded-files name tree (flat or with kids). */
function embeddedFiles(doc: PDFDocument): { name: string; spec: PDFDict }[] {
  const out: { name: string; spec: PDFDict }[] = [];
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 8) return;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const name = textOf(pairs.lookup(i));
        const spec = pairs.lookup(i + 1);
        if (name !== undefined && spec instanceof PDFDict) out.push({ name, spec });
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), depth + 1);
  };
  walk(root, 0);
  return out;
}

export async function readPlanFromPdf<T = unknown>(
  bytes: Uint8Array,
  options: ReadPlanOptions<T> = {},
): Promise<ReadPlanResult<T>> {
  if (bytes.length > MAX_PDF_BYTES) return fail('unreadable', 'signoff.pdfRead.tooLarge');
  if (!looksLikePdf(bytes)) return fail('not-pdf');

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    // pdf-lib refuses encrypted files; we never encrypt, so those are not ours either.
    if (error instanceof Error && /encrypt/i.test(error.message)) return fail('not-ours');
    return fail('unreadable');
  }

  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
  const marker = parseMarker(textOf(info?.lookup(PDFName.of(INFO_MARKER_KEY))) ?? '');
  if (doc.getProducer() !== PRODUCER || !marker) return fail('not-ours');

  const candidates = embeddedFiles(doc).filter((f) => f.name === ATTACHMENT_NAME);
  const ours = candidates.find(
    (f) => fingerprintFromDescription(textOf(f.spec.lookup(PDFName.of('Desc'))) ?? '') !== undefined,
  );
  if (!ours) return fail('no-plan');
  const described = fingerprintFromDescription(textOf(ours.spec.lookup(PDFName.of('Desc'))) ?? '')!;

  let fileBytes: Uint8Array;
  try {
    const ef = ours.spec.lookupMaybe(PDFName.of('EF'), PDFDict);
    // pdf-lib's lookup has no PDFRawStream overload; embedded files are always raw streams.
    const stream = ef?.lookupMaybe(PDFName.of('F'), PDFStream) as PDFRawStream | undefined;
    if (!stream) return fail('no-plan');
    fileBytes = decodePDFRawStream(stream).decode();
  } catch {
    return fail('damaged');
  }
  if (fileBytes.length > MAX_ATTACHMENT_BYTES) return fail('damaged');

  let json: string;
  let parsed: unknown;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(fileBytes);
    parsed = JSON.parse(json);
  } catch {
    return fail('damaged');
  }

  let fingerprint: string;
  try {
    fingerprint = await fingerprintPlan(parsed);
  } catch {
    return fail('damaged');
  }
  const fileDigest = await sha256Hex(fileBytes);
  if (described !== marker.contentSha256 || fingerprint !== marker.contentSha256 || fileDigest !== marker.fileSha256) {
    return fail('changed');
  }

  if (options.validate) {
    const result = options.validate(parsed, json);
    if (!result.ok) return { ...fail('invalid', 'signoff.pdfRead.invalidBecause'), params: { reason: result.message } };
    return { ok: true, plan: result.plan, fingerprint, json };
  }
  return { ok: true, plan: parsed as T, fingerprint, json };
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
