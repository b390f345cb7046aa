/** "Are you sure?" before something that cannot be undone; takes focus so it is heard at once. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslator } from '../useTranslator';

interface Props {
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmAction({ children, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslator();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="confirm" tabIndex={-1} ref={ref} role="group" aria-label={t('privacy.confirm.label')}>
      <div className="warning-text">{children}</div>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('privacy.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
