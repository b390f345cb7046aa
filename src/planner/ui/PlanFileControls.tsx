/**
 * "Save plan to file" and "Open plan file". Opening never touches the plan on screen: a bad file
 * only produces a message (shown by the builder's error summary and inline here).
 */
import { fieldId } from './fields/fieldId';

export const PLAN_FILE_INPUT_ID = fieldId('plan-file');

interface Props {
  /** Present when a plan is open: offers "Save plan to file". */
  onSave?: () => void;
  onOpen: (file: File) => void;
  /** The inline error for the file input. */
  error?: string;
  /** Extra actions, such as exporting a PDF. */
  children?: React.ReactNode;
}

export function PlanFileControls({ onSave, onOpen, error, children }: Props) {
  const hintId = `${PLAN_FILE_INPUT_ID}-hint`;
  const errorId = `${PLAN_FILE_INPUT_ID}-error`;
  return (
    <section className="plan-files" aria-labelledby="plan-files-heading">
      <h2 id="plan-files-heading">Plan files</h2>
      {onSave && (
        <>
          <p>Save a copy of this plan as a file to keep it safe, move it to another device or share it securely.</p>
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={onSave}>
              Save plan to file
            </button>
            {children}
          </div>
        </>
      )}
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={PLAN_FILE_INPUT_ID}>
          Open plan file
        </label>
        <div className="hint" id={hintId}>
          A .json plan file saved from this plan builder. It opens as a plan on this device.
        </div>
        {error && (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input
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
