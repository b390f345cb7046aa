/**
 * "Save plan to file" (or "Save a copy to file"): a button that downloads the plan as its .json file
 * and, if that fails, says so beside it: nothing was downloaded, the plan is unchanged, what to do.
 */
import { useId, useState } from 'react';
import { useTranslator } from './useTranslator';

interface Props {
  /** Makes the file and hands it to the browser; throws if it could not. */
  onSave: () => void | Promise<void>;
  /** Button text. */
  children: React.ReactNode;
}

export function SavePlanFileButton({ onSave, children }: Props) {
  const { t } = useTranslator();
  const [failed, setFailed] = useState(false);
  const statusId = useId();
  const save = async () => {
    setFailed(false);
    try {
      await onSave();
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="file-action">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={failed ? statusId : undefined}
        onClick={() => void save()}
      >
        {children}
      </button>
      <p className={failed ? 'file-action__status error-message' : 'file-action__status'} role="status" id={statusId}>
        {failed && t('planner.files.saveFailed')}
      </p>
    </div>
  );
}
