/**
 * What session mode reads out keeps the session's own words apart from the page's, so that an
 * English session title inside a Welsh sentence can carry lang="en" (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { buildSteps, type PresenterActivity } from '../../../src/trainer/presenterSteps';
import { stepAnnouncement, timeUpAnnouncement, withSessionWords } from '../../../src/trainer/sessionWords';

const activities: PresenterActivity[] = [
  {
    title: 'Why letters lapse',
    minutes: 15,
    summary: 'Four findings {not a placeholder}.',
    points: [{ text: 'Replies matter.' }],
    prompts: [],
  },
];
const steps = buildSteps(activities);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const sessionParts = (parts: { text: string; session?: true }[]) => parts.filter((p) => p.session).map((p) => p.text);

describe('what session mode reads out', () => {
  it('says the same sentence as before, in the page language', () => {
    const { t } = translator('en');
    expect(joined(stepAnnouncement(steps[1], activities, 'Letters', t))).toBe(
      'Activity 1 of 1: Why letters lapse, 15 minutes. Four findings {not a placeholder}.',
    );
    expect(joined(timeUpAnnouncement(activities[0], t))).toBe(
      t('trainer.timer.announce.up', { activity: 'Why letters lapse' }),
    );
  });

  it('marks only the session’s own words, in a Welsh sentence', () => {
    const { t } = translator('cy');
    const start = stepAnnouncement(steps[0], activities, 'Letters and life-story work', t);
    expect(sessionParts(start)).toEqual(['Letters and life-story work']);
    const activity = stepAnnouncement(steps[1], activities, 'Letters', t);
    expect(sessionParts(activity)).toEqual(['Why letters lapse', 'Four findings {not a placeholder}.']);
    // The position and the length are the page's words, in Welsh.
    expect(
      activity
        .filter((p) => !p.session)
        .map((p) => p.text)
        .join(''),
    ).toContain('15 munud');
    expect(sessionParts(stepAnnouncement(steps[2], activities, 'Letters', t))).toEqual(['Replies matter.']);
    expect(sessionParts(timeUpAnnouncement(activities[0], t))).toEqual(['Why letters lapse']);
    // The closing step is all the page's own words, in Welsh.
    const close = stepAnnouncement(steps[steps.length - 1], activities, 'Letters', t);
    expect(sessionParts(close)).toEqual([]);
    expect(joined(close)).toBe('Cloi: Cyn i chi fynd: eich adborth');
  });

  it('fills only the placeholders it is given, wherever the message puts them', () => {
    expect(withSessionWords('{b} then {a}, {c}', { a: 'A', b: 'B' })).toEqual([
      { text: 'B', session: true },
      { text: ' then ' },
      { text: 'A', session: true },
      { text: ', {c}' },
    ]);
  });
});
