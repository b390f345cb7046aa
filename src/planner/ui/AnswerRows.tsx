/**
 * Rows of the plan's answers (`answers/planAnswers.ts`) as a GOV.UK summary list, with "Not
 * provided" for an empty answer, line breaks kept in free text, and on "Check your answers" a
 * Change link per row that says which answer (and of which item) it changes.
 */
import type { ReactNode } from 'react';
import type { AnswerRow } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

/** A row's own Change link. */
export interface RowChange {
  href: string;
  id: string;
  /** Said after "Change" but not shown: "how often — Arrangement 1: Sarah (birth mother)". */
  which: string;
  /** Called as the link is followed. */
  onClick?(): void;
}

/** A row's value as shown on screen. */
export function answerValue(row: AnswerRow): ReactNode {
  return row.multiline && row.value ? <span className="pre-line">{row.value}</span> : row.value;
}

/** A summary list row: the question, the answer ("Not provided" when empty) and any Change link. */
export function SummaryRow({ label, value, change }: { label: string; value: ReactNode; change?: RowChange }) {
  const { t } = useTranslator();
  const empty = value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  return (
    <div className={change ? 'summary-list__row summary-list__row--actions' : 'summary-list__row'}>
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">
        {empty ? <span className="not-provided">{t('common.notProvided')}</span> : value}
      </dd>
      {change && (
        <dd className="summary-list__actions">
          <a href={change.href} id={change.id} onClick={change.onClick}>
            {t('plan.check.change')}
            <span className="visually-hidden"> {change.which}</span>
          </a>
        </dd>
      )}
    </div>
  );
}

export function AnswerRows({
  rows,
  changes,
}: {
  rows: AnswerRow[];
  changes?: (row: AnswerRow) => RowChange | undefined;
}) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <SummaryRow key={row.key} label={row.label} value={answerValue(row)} change={changes?.(row)} />
      ))}
    </dl>
  );
}
