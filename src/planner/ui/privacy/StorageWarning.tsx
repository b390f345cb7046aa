/**
 * Shown as soon as the device refuses to keep a plan: what happened, that the builder keeps working
 * in this tab, and "Save plan to file" right there. An alert, so it is announced while typing.
 */
import type { StorageProblem } from '../../storage/resilientPlanStore';

export type StorageWarningKind = StorageProblem | 'refused';

const TEXT: Record<StorageWarningKind, { title: string; body: string }> = {
  refused: {
    title: 'Plans cannot be saved on this device',
    body: 'This browser is not letting the plan builder save on this device, for example because it is in private browsing mode or its storage is blocked. You can keep working: plans are kept only while this tab is open. Save each plan to a file to keep it.',
  },
  full: {
    title: 'Your changes are not saved on this device',
    body: 'This device is out of space, so the plan could not be saved on it. You can keep working: your changes are kept in this tab for now. Save the plan to a file to keep them.',
  },
  unavailable: {
    title: 'Your changes are not saved on this device',
    body: 'The browser refused to save the plan on this device. You can keep working: your changes are kept in this tab for now. Save the plan to a file to keep them.',
  },
  'changed-elsewhere': {
    title: 'This plan was changed in another tab',
    body: 'The plan was saved or deleted in another tab or window after you opened it here, so your changes here have not been saved over it. Save the plan to a file to keep your changes, then reload the page to see what is on this device now.',
  },
};

interface Props {
  kind: StorageWarningKind;
  /** Present when a plan is open. */
  onSave?: () => void;
}

export function StorageWarning({ kind, onSave }: Props) {
  const { title, body } = TEXT[kind];
  return (
    <div className="storage-warning" role="alert" aria-labelledby="storage-warning-title">
      <h2 id="storage-warning-title">{title}</h2>
      <p>{body}</p>
      {onSave ? (
        <button type="button" className="button" onClick={onSave}>
          Save plan to file
        </button>
      ) : (
        kind !== 'refused' && <p>Open each plan you changed and save it to a file.</p>
      )}
    </div>
  );
}
