/** A line above every view of the builder saying where plans are kept, with "Lock now" when protected. */
import { useTranslator } from '../useTranslator';

interface Props {
  where: 'device' | 'tab';
  refused: boolean;
  isProtected: boolean;
  onLock(): void;
}

export function DeviceBar({ where, refused, isProtected, onLock }: Props) {
  const { t } = useTranslator();
  if (where === 'tab' && !refused) {
    return (
      <div className="device-bar device-bar--shared">
        <p>
          <strong>{t('privacy.deviceBar.tabOnly')}</strong>
        </p>
      </div>
    );
  }
  if (!isProtected) return null;
  return (
    <div className="device-bar">
      <p>{t('privacy.deviceBar.protected')}</p>
      <button type="button" className="button button--secondary" onClick={onLock}>
        {t('privacy.deviceBar.lockNow')}
      </button>
    </div>
  );
}
