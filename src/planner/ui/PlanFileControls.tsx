/**
 * "Save plan to file" and "Open plan file". Opening never touches the plan on screen: a bad file
 * only produces a message (shown by the builder's error summary and inline here).
 */
import { fieldId } from './fields/fieldId';
import { SavePlanFileButton } from './SavePlanFileButton';
import { useTranslator } from './useTranslator';

export const PLAN_FILE_INPUT_ID = fieldId('plan-file');

interface Props {
  /** Present when a plan is open: offers "Save plan to file". Throws if the file could not be made. */
  onSave?: () => Promise<void>;
  onOpen: (file: File) => void;
  /** The inline error for the file input. */
  error?: string;
  /** Extra actions, such as exporting a PDF. */
  children?: React.ReactNode;
}

export function PlanFileControls({ onSave, onOpen, error, children }: Props) {
  const { t } = useTranslator();
  const hintId = `${PLAN_FILE_INPUT_ID}-hint`;
  const errorId = `${PLAN_FILE_INPUT_ID}-error`;
  return (
    <section className="plan-files" aria-labelledby="plan-files-heading">
      <h2 id="plan-files-heading">{t('planner.files.heading')}</h2>
      {onSave && (
        <>
          <p>{t('planner.files.saveIntro')}</p>
          <div className="button-group">
            <SavePlanFileButton onSave={onSave}>{t('planner.files.save')}</SavePlanFileButton>
            {children}
          </div>
        </>
      )}
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={PLAN_FILE_INPUT_ID}>
          {t('planner.files.open')}
        </label>
        <div className="hint" id={hintId}>
          {t('planner.files.openHint')}
        </div>
        {error && (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input
          autoComplete="off"
          className="file-upload"
          id={PLAN_FILE_INPUT_ID}
          type="file"
          accept=".json,application/json,.pdf,application/pdf"
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onOpen(file);
          }}
        />
      </div>
    </section>
  );
}
