/**
 * The warning two minutes before the idle lock (or, on a shared computer, before the tab's plans are
 * cleared): a modal alert dialog (native <dialog>, so focus moves into it and the page behind is
 * inert), read out when it opens. "Stay unlocked" (or Escape) keeps working; on a shared computer it
 * also offers "Save plan to file". The countdown is visible, and is announced only as whole minutes
 * and the last half-minute so screen readers are not interrupted every second.
 */
import { useEffect, useRef, useState } from 'react';
import type { Translator } from '../../../i18n/translator';
import { useTranslator } from '../useTranslator';

interface Props {
  /** When the lock happens (ms since the epoch). */
  lockAt: number;
  onStay(): void;
  /** The plans are locked (protected) or, on a shared computer, the tab's plans are cleared. */
  action: { kind: 'lock'; onLockNow(): void } | { kind: 'clear'; onSave?(): void };
}

/** "3 minutes", "1 minute", "45 seconds": whole minutes down to the last minute, then seconds. */
export function timeLeft(t: Translator['t'], ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds >= 60) return t('privacy.idle.minutes', { count: Math.ceil(seconds / 60) });
  return t('privacy.idle.seconds', { count: seconds });
}

export default function IdleWarning({ lockAt, onStay, action }: Props) {
  const { t } = useTranslator();
  const ref = useRef<HTMLDialogElement>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(tick);
      if (dialog?.open) dialog.close();
    };
  }, []);
  const left = lockAt - now;
  const clears = action.kind === 'clear';
  const spoken =
    left > 60_000
      ? timeLeft(t, Math.ceil(left / 60_000) * 60_000)
      : left > 30_000
        ? t('privacy.idle.minutes', { count: 1 })
        : t('privacy.idle.lessThanHalfMinute');
  return (
    <dialog
      ref={ref}
      className="idle-warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      onCancel={(e) => {
        e.preventDefault(); // Escape means "Stay unlocked", as on GOV.UK's timeout warning
        onStay();
      }}
    >
      <h2 id="idle-warning-title">{t(clears ? 'privacy.idle.clear.title' : 'privacy.idle.title')}</h2>
      <p id="idle-warning-text">
        <span aria-hidden="true">
          {t(clears ? 'privacy.idle.clear.text' : 'privacy.idle.text', { time: timeLeft(t, left) })}
        </span>
        <span className="visually-hidden">
          {t(clears ? 'privacy.idle.clear.text' : 'privacy.idle.text', { time: spoken })}
        </span>
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onStay}>
          {t(clears ? 'privacy.idle.clear.stay' : 'privacy.idle.stay')}
        </button>
        {action.kind === 'lock' ? (
          <button type="button" className="link-button" onClick={action.onLockNow}>
            {t('privacy.idle.lockNow')}
          </button>
        ) : (
          action.onSave && (
            <button type="button" className="button button--secondary" onClick={action.onSave}>
              {t('privacy.idle.clear.save')}
            </button>
          )
        )}
      </div>
    </dialog>
  );
}
