import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslator } from './useTranslator';

export interface SummaryError {
  /** The id of the field to go to. */
  target: string;
  message: string;
}

/** Moves to a field from the error summary, showing its label or legend too (GOV.UK behaviour). */
function goTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  const group = element.closest('.form-group') ?? element;
  group.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}

/**
 * "There is a problem", listing every error as a link to its field. It takes focus when it appears;
 * give it a new `key` on each failed submit so it takes focus again.
 */
export function ErrorSummary({ errors, title }: { errors: SummaryError[]; title?: string }) {
  const { t } = useTranslator();
  const ref = useRef<HTMLDivElement>(null);
  const show = errors.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [show]);
  if (!show) return null;
  return (
    <div className="error-summary" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title" role="alert">
      <h2 className="error-summary__title" id="error-summary-title">
        {title ?? t('planner.form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.target}:${e.message}`}>
            <a href={`#${e.target}`} onClick={(event) => goTo(event, e.target)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
