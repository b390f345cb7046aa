/**
 * What both session-mode windows read out: a step when it changes, a timer when it starts, pauses or is
 * reset. Shared so the audience's and the presenter's windows say the same thing.
 */
import { formatClock, timerChange, type TimerState } from './activityTimer';
import { POSITION_KEYS, positionLabel, type PresenterActivity, type PresenterStep } from './presenterSteps';
import type { Translate } from '../i18n/scriptTranslator';

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Session mode: #${id} is missing`);
  return el as T;
}

/** The messages `stepAnnouncement` uses. */
export const ANNOUNCE_KEYS = [
  ...POSITION_KEYS,
  'trainer.present.announce.step',
  'trainer.present.announce.activity',
  'trainer.present.duration',
  'trainer.present.close.heading',
] as const;

/**
 * A piece of something read out: the page's own words, or the session's (its title, an activity's
 * title, a step's words), which stay in the session's language on a page in another.
 */
export interface AnnouncementPart {
  text: string;
  session?: true;
}

/**
 * `text` cut where each `{name}` of `words` stands, those places filled with the session's words.
 * `text` is a message formatted with each such placeholder given as itself (`{ text: '{text}' }`).
 */
export function withSessionWords(text: string, words: Record<string, string>): AnnouncementPart[] {
  const parts: AnnouncementPart[] = [];
  let from = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1];
    if (!(name in words)) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: words[name], session: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

/** The placeholders of `words`, each given as itself, for formatting a message around them. */
const holes = (words: Record<string, string>) =>
  Object.fromEntries(Object.keys(words).map((name) => [name, `{${name}}`]));

/** "Activity 1 of 6: Welcome, 15 minutes. Ground rules…", or the position and the step's one line. */
export function stepAnnouncement(
  step: PresenterStep,
  activities: readonly PresenterActivity[],
  sessionTitle: string,
  t: Translate<(typeof ANNOUNCE_KEYS)[number]>,
): AnnouncementPart[] {
  const position = positionLabel(step, activities, t);
  const said = (key: (typeof ANNOUNCE_KEYS)[number], words: Record<string, string>, page = {}) =>
    withSessionWords(t(key, { position, ...page, ...holes(words) }), words);
  if (step.kind === 'start') return said('trainer.present.announce.step', { text: sessionTitle });
  if (step.kind === 'close')
    return [{ text: t('trainer.present.announce.step', { position, text: t('trainer.present.close.heading') }) }];
  const a = activities[step.activity];
  if (step.kind === 'activity')
    return said(
      'trainer.present.announce.activity',
      { title: a.title, summary: a.summary },
      { duration: t('trainer.present.duration', { count: a.minutes }) },
    );
  const text = step.kind === 'point' ? a.points[step.point].text : a.prompts[step.prompt];
  return said('trainer.present.announce.step', { text });
}

/** "Time is up for Welcome", the activity's title in the session's language. */
export function timeUpAnnouncement(
  activity: PresenterActivity,
  t: Translate<'trainer.timer.announce.up'>,
): AnnouncementPart[] {
  return withSessionWords(t('trainer.timer.announce.up', { activity: '{activity}' }), { activity: activity.title });
}

/** Puts `parts` in a live region, the session's words marked with their language when it differs. */
export function announceParts(region: HTMLElement, parts: readonly AnnouncementPart[], sessionLang?: string): void {
  region.replaceChildren(
    ...parts.map((part) => {
      if (!part.session || !sessionLang) return document.createTextNode(part.text);
      const span = document.createElement('span');
      span.lang = sessionLang;
      span.textContent = part.text;
      return span;
    }),
  );
}

/** The messages `timerAnnouncement` uses. */
export const TIMER_ANNOUNCE_KEYS = [
  'trainer.timer.announce.started',
  'trainer.timer.announce.paused',
  'trainer.timer.announce.reset',
  'trainer.timer.announce.up',
] as const;

/** "Timer started." and so on, for a change between two states of the timer on screen. */
export function timerAnnouncement(
  before: TimerState,
  after: TimerState,
  t: Translate<(typeof TIMER_ANNOUNCE_KEYS)[number]>,
): string | undefined {
  const change = timerChange(before, after);
  if (change === 'started') return t('trainer.timer.announce.started');
  if (change === 'paused') return t('trainer.timer.announce.paused');
  if (change === 'reset') return t('trainer.timer.announce.reset', { clock: formatClock(after.durationMs) });
  return undefined;
}
