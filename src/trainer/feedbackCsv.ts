/**
 * A session's feedback as a CSV file for the trainer's spreadsheet: a header row, then one row per
 * response, fields quoted as RFC 4180 says, lines ending CRLF, and UTF-8 with a byte order mark so that
 * Excel reads Welsh letters (ŵ, ŷ) as they are. Pure.
 */
import type { Translate } from '../i18n/scriptTranslator';
import type { FeedbackResponse } from './feedbackResponses';

/** The messages the file's words come from. */
export const FEEDBACK_CSV_KEYS = [
  'trainer.feedback.csv.response',
  'trainer.feedback.csv.stage',
  'trainer.feedback.csv.stage.before',
  'trainer.feedback.csv.stage.after',
  'trainer.feedback.csv.confidence',
  'trainer.feedback.useful',
  'trainer.feedback.better',
  'trainer.feedback.recommend',
  'trainer.feedback.recommend.yes',
  'trainer.feedback.recommend.maybe',
  'trainer.feedback.recommend.no',
  'trainer.feedback.other',
] as const;
type CsvKey = (typeof FEEDBACK_CSV_KEYS)[number];

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * One field. Quoted when it holds a comma, a quote or a line break (quotes doubled). A field starting
 * with =, +, -, @ or a tab would run as a formula in a spreadsheet: typed words are kept as words, with
 * an apostrophe in front, as OWASP advises against CSV injection.
 */
export function csvField(value: string | number): string {
  let field = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

const csvRow = (fields: (string | number)[]) => fields.map(csvField).join(',');

/** The whole file: header row and one row per response, for a session with these learning outcomes. */
export function feedbackCsv(responses: FeedbackResponse[], outcomes: string[], t: Translate<CsvKey>): string {
  const header = [
    t('trainer.feedback.csv.response'),
    t('trainer.feedback.csv.stage'),
    ...outcomes.map((outcome) => t('trainer.feedback.csv.confidence', { outcome })),
    t('trainer.feedback.useful'),
    t('trainer.feedback.better'),
    t('trainer.feedback.recommend'),
    t('trainer.feedback.other'),
  ];
  const rows = responses.map((r, i) => [
    i + 1,
    t(`trainer.feedback.csv.stage.${r.stage}`),
    ...outcomes.map((_, o) => r.confidence[o] ?? ''),
    r.useful,
    r.better,
    r.recommend ? t(`trainer.feedback.recommend.${r.recommend}`) : '',
    r.other,
  ]);
  return BYTE_ORDER_MARK + [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
