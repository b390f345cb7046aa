/**
 * How a PDF says "made by Staying in touch, with this plan inside". Shared by the writer and the
 * reader so the two cannot drift apart. Plain constants and string helpers: no pdf-lib here.
 */

/** Document Producer; the reader refuses PDFs with any other producer. */
export const PRODUCER = 'Staying in touch';
export const CREATOR = 'Staying in touch plan builder';

/** Name of the attached plan file and its MIME type. */
export const ATTACHMENT_NAME = 'plan.json';
export const ATTACHMENT_MIME = 'application/json';

/**
 * Custom key in the document information dictionary, holding `MarkerFields` as
 * `format=1;content-sha256=<fingerprint>;file-sha256=<digest of the attached bytes>`.
 */
export const INFO_MARKER_KEY = 'StayingInTouchPlan';

/** The attachment's description starts with this and ends with the content fingerprint. */
export const ATTACHMENT_DESCRIPTION_PREFIX = 'Staying in touch plan. Content fingerprint (SHA-256): ';

export interface MarkerFields {
  /** `fingerprintPlan` of the attached plan: what is printed on the pages. */
  contentSha256: string;
  /** SHA-256 of the attached file's exact bytes, so any edit to the file is detected. */
  fileSha256: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function markerValue(fields: MarkerFields): string {
  return `format=1;content-sha256=${fields.contentSha256};file-sha256=${fields.fileSha256}`;
}

/** The fields of a marker value, or undefined if the value is not one of ours. */
export function parseMarker(value: string): MarkerFields | undefined {
  const parts = new Map(
    value
      .trim()
      .split(';')
      .map((kv) => kv.split('=') as [string, string | undefined]),
  );
  const contentSha256 = parts.get('content-sha256') ?? '';
  const fileSha256 = parts.get('file-sha256') ?? '';
  if (parts.get('format') !== '1' || !HEX64.test(contentSha256) || !HEX64.test(fileSha256)) return undefined;
  return { contentSha256, fileSha256 };
}

export function attachmentDescription(contentSha256: string): string {
  return `${ATTACHMENT_DESCRIPTION_PREFIX}${contentSha256}`;
}

/** The fingerprint held in an attachment description, or undefined if it is not ours. */
export function fingerprintFromDescription(description: string): string | undefined {
  if (!description.startsWith(ATTACHMENT_DESCRIPTION_PREFIX)) return undefined;
  const rest = description.slice(ATTACHMENT_DESCRIPTION_PREFIX.length).trim();
  return HEX64.test(rest) ? rest : undefined;
}
