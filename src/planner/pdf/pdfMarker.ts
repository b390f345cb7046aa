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
 * Version of the page renderer: what renderPlanPdf draws on the pages for a given plan and settings
 * (pdfDocument, planDocument, pageLayout, ecomapFigure, the fonts and the catalogue's PDF words).
 * Bump it whenever those pages change; tests/unit/pdf/rendererVersion.test.ts holds a digest of
 * this version's pages and fails when they change under the same number. A PDF records the version
 * that drew it, and its pages are compared with a fresh drawing only by that same version.
 * Version 2: the eco-map shows full names, the adoptive family and a line per form; text wraps after hyphens.
 * Version 3: page one names the law (the Acts of England or Wales); the eco-map takes up to a page so
 * a large family's names stay readable; Welsh and bilingual PDFs.
 * Version 4: tagged (marked content for the structure tree, artifacts, pages' StructParents and tab
 * order); a wrapped line keeps the space it broke at, so extracted text never runs words together.
 * Version 5: the sign-off page says the exchange log is not part of the fingerprint.
 */
export const RENDERER_VERSION = 5;

/** How the child's name is shown on the pages (planDocument's NameStyle). */
export const NAME_STYLES = ['full', 'first', 'initials'] as const;

/**
 * Custom key in the document information dictionary, holding `MarkerFields` as
 * `format=1;renderer=<version>;names=<name style>;judged=<YYYY-MM-DD>;lang=<language>;content-sha256=<fingerprint>;file-sha256=<digest of the attached bytes>`.
 * PDFs made before the renderer version was recorded have only the format and the two digests.
 */
export const INFO_MARKER_KEY = 'StayingInTouchPlan';

/** The attachment's description starts with this and ends with the content fingerprint. */
export const ATTACHMENT_DESCRIPTION_PREFIX = 'Staying in touch plan. Content fingerprint (SHA-256): ';

export interface MarkerFields {
  /** `fingerprintPlan` of the attached plan: what is printed on the pages. */
  contentSha256: string;
  /** SHA-256 of the attached file's exact bytes, so any edit to the file is detected. */
  fileSha256: string;
  /** How the pages were drawn, so they can be drawn again; absent in PDFs made before it was recorded. */
  drawn?: DrawnWith;
}

/** What a PDF's pages were drawn with, besides the attached plan. None of it is personal data. */
export interface DrawnWith {
  /** RENDERER_VERSION of the renderer that drew the pages. */
  renderer: number;
  nameStyle: (typeof NAME_STYLES)[number];
  /** The day the plan's readiness for sign-off was judged on (YYYY-MM-DD), as the pages report it. */
  judgedOn: string;
  /** The locale the pages are written in, or the locales of a bilingual PDF in order, joined by commas. */
  language: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function markerValue(fields: MarkerFields): string {
  const drawn = fields.drawn
    ? `renderer=${fields.drawn.renderer};names=${fields.drawn.nameStyle};judged=${fields.drawn.judgedOn};lang=${fields.drawn.language};`
    : '';
  return `format=1;${drawn}content-sha256=${fields.contentSha256};file-sha256=${fields.fileSha256}`;
}

/** The drawing settings in a marker's parts, if all of them are there and well formed. */
function drawnWith(parts: Map<string, string | undefined>): DrawnWith | undefined {
  const renderer = parts.get('renderer') ?? '';
  const nameStyle = NAME_STYLES.find((style) => style === parts.get('names'));
  const judgedOn = parts.get('judged') ?? '';
  const language = parts.get('lang') ?? '';
  if (!/^[1-9]\d{0,5}$/.test(renderer) || !nameStyle || !/^\d{4}-\d{2}-\d{2}$/.test(judgedOn)) return undefined;
  // A locale, or the locales of a bilingual PDF in order, joined by commas ("cy,en-GB").
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(,[a-z]{2,3}(-[A-Za-z0-9]{2,8})*){0,3}$/.test(language)) return undefined;
  return { renderer: Number(renderer), nameStyle, judgedOn, language };
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
  const drawn = drawnWith(parts);
  return drawn ? { contentSha256, fileSha256, drawn } : { contentSha256, fileSha256 };
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
