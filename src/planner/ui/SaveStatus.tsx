import { formatDateTime } from './formatDate';

export type SaveState =
  | { kind: 'idle' }
  /** Opened from storage: when it was last changed. */
  | { kind: 'loaded'; at: Date }
  /** Written by autosave in this visit. */
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

const time = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * "Saved on this device at 10:42". A polite live region: the text only changes when the minute
 * does or a save fails, so screen readers are not interrupted on every keystroke.
 */
export function SaveStatus({ state, sessionOnly }: { state: SaveState; sessionOnly: boolean }) {
  let text = '';
  if (state.kind === 'loaded') {
    text = `Last changed ${formatDateTime(state.at.toISOString())}`;
  } else if (state.kind === 'saved') {
    text = sessionOnly ? `Kept in this tab only at ${time(state.at)}` : `Saved on this device at ${time(state.at)}`;
  } else if (state.kind === 'failed') {
    text = `Not saved: ${state.message}. Save the plan to a file to keep your changes.`;
  }
  return (
    <p className={state.kind === 'failed' ? 'save-status save-status--failed' : 'save-status'} role="status">
      {text}
    </p>
  );
}
