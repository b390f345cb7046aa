import { describe, expect, it } from 'vitest';
import {
  isEmptyResponse,
  makeResponse,
  readResponses,
  storedResponses,
  summariseFeedback,
  type FeedbackResponse,
} from '../../../src/trainer/feedbackResponses';

const before = (...confidence: FeedbackResponse['confidence']) =>
  makeResponse('before', { confidence, useful: '', better: '', recommend: null, other: '' });
const after = (confidence: FeedbackResponse['confidence'], answers: Partial<FeedbackResponse> = {}) =>
  makeResponse('after', { confidence, useful: '', better: '', recommend: null, other: '', ...answers });

describe('a feedback response', () => {
  it('keeps only what its stage asks, trimmed', () => {
    const start = makeResponse('before', {
      confidence: [2, null],
      useful: 'typed before the end',
      better: '',
      recommend: 'yes',
      other: '',
    });
    expect(start).toEqual({
      stage: 'before',
      confidence: [2, null],
      useful: '',
      better: '',
      recommend: null,
      other: '',
    });
    expect(after([4, 5], { useful: '  the role play \n', recommend: 'maybe' })).toMatchObject({
      useful: 'the role play',
      recommend: 'maybe',
    });
  });

  it('is empty when nothing is answered', () => {
    expect(isEmptyResponse(before(null, null))).toBe(true);
    expect(isEmptyResponse(after([null, null], { other: '   ' }))).toBe(true);
    expect(isEmptyResponse(before(null, 3))).toBe(false);
    expect(isEmptyResponse(after([null, null], { recommend: 'no' }))).toBe(false);
  });
});

describe('reading stored responses', () => {
  it('reads back what it stores', () => {
    const list = [before(1, 2), after([4, 5], { useful: 'Cardiau teimladau – ŵyr', recommend: 'yes' })];
    expect(readResponses(JSON.parse(JSON.stringify(storedResponses(list))), 2)).toEqual(list);
  });

  it('drops what is not a response and fits the answers to the outcomes', () => {
    const stored = {
      responses: [
        null,
        'text',
        { stage: 'during', confidence: [3] },
        { stage: 'before', confidence: [0, 6, '3'] }, // nothing valid: empty, dropped
        { stage: 'before', confidence: [5] }, // too short: the rest unanswered
        { stage: 'after', confidence: [1, 2, 3, 4], recommend: 'definitely', useful: 42, other: 'x'.repeat(5000) },
      ],
    };
    const read = readResponses(stored, 3);
    expect(read).toHaveLength(2);
    expect(read[0].confidence).toEqual([5, null, null]);
    expect(read[1]).toMatchObject({ confidence: [1, 2, 3], recommend: null, useful: '' });
    expect(read[1].other).toHaveLength(2000);
    expect(readResponses(null, 2)).toEqual([]);
    expect(readResponses({ responses: 'no' }, 2)).toEqual([]);
  });
});

describe('the summary', () => {
  it('counts each stage and averages confidence before and after per outcome, with the change', () => {
    const s = summariseFeedback(
      [
        before(1, 2),
        before(2, null),
        before(3, 4),
        after([4, 5], { useful: 'Role play', better: 'More time', recommend: 'yes' }),
        after([5, null], { recommend: 'maybe', other: 'Thanks' }),
      ],
      2,
    );
    expect(s.counts).toEqual({ before: 3, after: 2 });
    expect(s.outcomes[0]).toEqual({ before: 2, after: 4.5, change: 2.5 });
    // Only those who answered count: the second outcome had two answers before and one after.
    expect(s.outcomes[1]).toEqual({ before: 3, after: 5, change: 2 });
    expect(s.recommend).toEqual({ yes: 1, maybe: 1, no: 0 });
    expect(s.text).toEqual({ useful: ['Role play'], better: ['More time'], other: ['Thanks'] });
  });

  it('has no average and no change where nobody answered', () => {
    const s = summariseFeedback([before(3, null)], 2);
    expect(s.outcomes).toEqual([
      { before: 3, after: null, change: null },
      { before: null, after: null, change: null },
    ]);
    expect(summariseFeedback([], 1).counts).toEqual({ before: 0, after: 0 });
  });
});
