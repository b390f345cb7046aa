import type { MessageKey } from '../../i18n/catalogue';
import { useTranslator } from './useTranslator';

/** Why autosave failed: the device is full, another tab changed the plan, or the browser refused. */
export type SaveFailure = 'quota' | 'elsewhere' | 'refused';

export type SaveState =
  | { kind: 'idle' }
  /** Opened from storage: when it was last changed. */
  | { kind: 'loaded'; at: Date }
  /** Written by autosave in this visit. */
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: SaveFailure };

const FAILURE_KEYS: Record<SaveFailure, MessageKey> = {
  quota: 'planner.saveStatus.reason.quota',
  elsewhere: 'planner.saveStatus.reason.elsewhere',
  refused: 'planner.saveStatus.reason.refused',
};

/**
 * "Saved on this device at 10:42". A polite live region: the text only changes when the minute
 * does or a save fails, so screen readers are not interrupted on every keystroke.
 */
export function SaveStatus({ state, sessionOnly }: { state: SaveState; sessionOnly: boolean }) {
  const i18n = useTranslator();
  const { t } = i18n;
  // The translator has no time-of-day format yet; this uses its locale, as `dateTime` does.
  const time = (d: Date) => new Intl.DateTimeFormat(i18n.locale, { hour: '2-digit', minute: '2-digit' }).format(d);
  let text = '';
  if (state.kind === 'loaded') {
    text = t('planner.saveStatus.loaded', { dateTime: i18n.dateTime(state.at.toISOString()) });
  } else if (state.kind === 'saved') {
    text = t(sessionOnly ? 'planner.saveStatus.savedInTab' : 'planner.saveStatus.savedOnDevice', {
      time: time(state.at),
    });
  } else if (state.kind === 'failed') {
    text = t('planner.saveStatus.failed', { reason: t(FAILURE_KEYS[state.reason]) });
  }
  return (
    <p className={state.kind === 'failed' ? 'save-status save-status--failed' : 'save-status'} role="status">
      {text}
    </p>
  );
}
