/**
 * The warning two minutes before the idle lock: a modal alert dialog (native <dialog>, so focus
 * moves into it and the page behind is inert), read out when it opens. "Stay unlocked" (or Escape)
 * keeps working; the countdown is visible, and is announced only as whole minutes and the last
 * half-minute so screen readers are not interrupted every second.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  /** When the lock happens (ms since the epoch). */
  lockAt: number;
  onStay(): void;
  onLockNow(): void;
}

export function timeLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds > 60) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minutes`;
  }
  if (seconds === 60) return '1 minute';
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

export default function IdleWarning({ lockAt, onStay, onLockNow }: Props) {
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
  const spoken =
    left > 60_000 ? timeLeft(Math.ceil(left / 60_000) * 60_000) : left > 30_000 ? '1 minute' : 'less than 30 seconds';
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
      <h2 id="idle-warning-title">Your plans will lock soon</h2>
      <p id="idle-warning-text">
        <span aria-hidden="true">
          For your security, the plan builder will lock in {timeLeft(left)} because it has not been used. Your work is
          saved.
        </span>
        <span className="visually-hidden">
          For your security, the plan builder will lock in {spoken} because it has not been used. Your work is saved.
        </span>
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onStay}>
          Stay unlocked
        </button>
        <button type="button" className="link-button" onClick={onLockNow}>
          Lock now
        </button>
      </div>
    </dialog>
  );
}
