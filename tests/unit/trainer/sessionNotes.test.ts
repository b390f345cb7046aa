import { describe, expect, it } from 'vitest';
import { noteBlocks, plainText, sessionNotes } from '../../../src/trainer/sessionNotes';

const BODY = `
Intro paragraph.

## Before the session

Read the [guide](/guides/x/) first.

- a <Term id="letterbox">letterbox</Term> sheet;
- **copies** of the handout.

## Running the session

### Welcome

Agree ground rules.
Keep it brisk.

<Callout title="Trainer tip">Say early on
that dilemmas are welcome.</Callout>

### Input

Give a short input.

<DiscussionPrompt>What did you see?</DiscussionPrompt>

## Adapting the session

Not notes for a step.
`;

describe('presenter notes from the session plan', () => {
  it('takes each activity’s section under “Running the session”, and “Before the session” for the opening', () => {
    const notes = sessionNotes(BODY, ['Welcome', 'Input']);
    expect(notes.start).toEqual([
      { kind: 'paragraph', text: 'Read the guide first.' },
      { kind: 'item', text: 'a letterbox sheet;' },
      { kind: 'item', text: 'copies of the handout.' },
    ]);
    expect(notes.activities[0]).toEqual([
      { kind: 'paragraph', text: 'Agree ground rules. Keep it brisk.' },
      { kind: 'callout', title: 'Trainer tip', text: 'Say early on that dilemmas are welcome.' },
    ]);
    expect(notes.activities[1]).toEqual([
      { kind: 'paragraph', text: 'Give a short input.' },
      { kind: 'prompt', text: 'What did you see?' },
    ]);
  });

  it('gives an activity without a section no notes, rather than another activity’s', () => {
    expect(sessionNotes(BODY, ['Missing']).activities).toEqual([[]]);
    expect(sessionNotes('', ['Welcome'])).toEqual({ start: [], activities: [[]] });
  });

  it('keeps the words of links, terms and emphasis, and drops the markup', () => {
    expect(plainText('See *this* [page](/a/) and <Term id="x">that</Term>.')).toBe('See this page and that.');
    expect(noteBlocks('')).toEqual([]);
  });
});
