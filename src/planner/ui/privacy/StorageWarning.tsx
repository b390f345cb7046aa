/**
 * Shown as soon as the device refuses to keep a plan: what happened, that the builder keeps working
 * in this tab, and "Save plan to file" right there. An alert, so it is announced while typing.
 */
import type { StorageWarningKind } from '../../privacy/deviceSession';
import { useTranslator } from '../useTranslator';

/** The key segment of each kind's title and body (`privacy.storageWarning.<segment>.title`). */
const WORDS = {
  refused: 'refused',
  full: 'full',
  unavailable: 'unavailable',
  'changed-elsewhere': 'changedElsewhere',
} as const satisfies Record<StorageWarningKind, string>;

interface Props {
  kind: StorageWarningKind;
  /** Present when a plan is open. */
  onSave?: () => void;
}

export function StorageWarning({ kind, onSave }: Props) {
  const { t } = useTranslator();
  return (
    <div className="storage-warning" role="alert" aria-labelledby="storage-warning-title">
      <h2 id="storage-warning-title">{t(`privacy.storageWarning.${WORDS[kind]}.title`)}</h2>
      <p>{t(`privacy.storageWarning.${WORDS[kind]}.body`)}</p>
      {onSave ? (
        <button type="button" className="button" onClick={onSave}>
          {t('privacy.storageWarning.save')}
        </button>
      ) : (
        kind !== 'refused' && <p>{t('privacy.storageWarning.openEach')}</p>
      )}
    </div>
  );
}
