/**
 * Rows of the plan's answers (`answers/planAnswers.ts`) as a GOV.UK summary list, with "Not
 * provided" for an empty answer and line breaks kept in free text.
 */
import type { ReactNode } from 'react';
import type { AnswerRow } from '../answers/planAnswers';
import { useTranslator } from './useTranslator';

/** A row's value as shown on screen. */
export function answerValue(row: AnswerRow): ReactNode {
  return row.multiline && row.value ? <span className="pre-line">{row.value}</span> : row.value;
}

export function AnswerRows({ rows }: { rows: AnswerRow[] }) {
  const { t } = useTranslator();
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.label}</dt>
          <dd className="summary-list__value">
            {row.value ? answerValue(row) : <span className="not-provided">{t('plan.notProvided')}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
