import { describe, expect, it } from 'vitest';
import {
  activityOf,
  buildSteps,
  headlineInSessionWords,
  moveStep,
  positionLabel,
  stepHeadline,
  stepIndexFromHash,
  totalMinutes,
  type PresenterActivity,
} from '../../../src/trainer/presenterSteps';
import { translator } from '../../../src/i18n/translator';

const { t } = translator('en');

const activities: PresenterActivity[] = [
  {
    title: 'Welcome',
    minutes: 15,
    summary: 'Ground rules and introductions.',
    points: [],
    prompts: ['What brings you here?', 'What do you hope for?'],
  },
  { title: 'Break', minutes: 10, summary: 'A short break.', points: [], prompts: [] },
  {
    title: 'Letters',
    minutes: 30,
    summary: 'A short input, then drafting a first letter.',
    points: [{ text: 'Letters often lapse.' }, { text: 'Replies matter.' }],
    prompts: ['What would you want to know?'],
  },
];

describe('the step sequence', () => {
  const steps = buildSteps(activities);

  it('opens, then shows each activity followed by its prompts, in order, and closes', () => {
    expect(steps.map((s) => s.hash)).toEqual([
      'start',
      'activity-1',
      'activity-1-prompt-1',
      'activity-1-prompt-2',
      'activity-2',
      'activity-3',
      'activity-3-point-1',
      'activity-3-point-2',
      'activity-3-prompt-1',
      'close',
    ]);
    expect(steps[3]).toEqual({ kind: 'prompt', hash: 'activity-1-prompt-2', activity: 0, prompt: 1 });
    expect(steps[7]).toEqual({ kind: 'point', hash: 'activity-3-point-2', activity: 2, point: 1 });
  });

  it('names each step’s position', () => {
    expect(steps.map((s) => positionLabel(s, activities, t))).toEqual([
      'Introduction',
      'Activity 1 of 3',
      'Activity 1 of 3 · Prompt 1 of 2',
      'Activity 1 of 3 · Prompt 2 of 2',
      'Activity 2 of 3',
      'Activity 3 of 3',
      'Activity 3 of 3 · Point 1 of 2',
      'Activity 3 of 3 · Point 2 of 2',
      'Activity 3 of 3 · Prompt 1 of 1',
      'Closing',
    ]);
  });

  it('gives each step a one-line headline for the presenter’s “next” preview', () => {
    expect(steps.map((s) => stepHeadline(s, activities, 'Letters session', 'Before you go'))).toEqual([
      'Letters session',
      'Welcome',
      'What brings you here?',
      'What do you hope for?',
      'Break',
      'Letters',
      'Letters often lapse.',
      'Replies matter.',
      'What would you want to know?',
      'Before you go',
    ]);
    // Only the closing step's headline is the page's words rather than the session's.
    expect(steps.filter((s) => !headlineInSessionWords(s)).map((s) => s.hash)).toEqual(['close']);
  });

  it('knows which activity’s timer belongs to each step', () => {
    expect(steps.map(activityOf)).toEqual([undefined, 0, 0, 0, 1, 2, 2, 2, 2, undefined]);
  });

  it('finds a step from the URL hash, and falls back to the start', () => {
    expect(stepIndexFromHash(steps, '#activity-1-prompt-2')).toBe(3);
    expect(stepIndexFromHash(steps, 'activity-3')).toBe(5);
    expect(stepIndexFromHash(steps, '#activity-3-point-2')).toBe(7);
    expect(stepIndexFromHash(steps, '#close')).toBe(9);
    expect(stepIndexFromHash(steps, '')).toBe(0);
    expect(stepIndexFromHash(steps, '#activity-9')).toBe(0);
    expect(stepIndexFromHash(steps, '#activity-2-prompt-1')).toBe(0);
    expect(stepIndexFromHash(steps, '#%E0%A4%A')).toBe(0);
  });

  it('adds up the session length', () => {
    expect(totalMinutes(activities)).toBe(55);
  });
});

describe('moving between steps', () => {
  it('goes forward and back without wrapping round', () => {
    expect(moveStep(0, 7, 'next')).toBe(1);
    expect(moveStep(6, 7, 'next')).toBe(6);
    expect(moveStep(3, 7, 'previous')).toBe(2);
    expect(moveStep(0, 7, 'previous')).toBe(0);
  });
  it('jumps to the first and last step', () => {
    expect(moveStep(4, 7, 'first')).toBe(0);
    expect(moveStep(1, 7, 'last')).toBe(6);
  });
  it('copes with an empty session', () => {
    expect(moveStep(0, 0, 'next')).toBe(0);
  });
});
