import { describe, expect, it } from 'vitest';
import { countWords, emptyLetterDraft, readLetterDraft } from '../../../src/planner/letters/letterDraft';

describe('countWords', () => {
  it('counts words as a reader does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('Dear Ellie,\n\nI hope you are well.')).toBe(7);
    // Hyphens and apostrophes join a word; dashes and punctuation between words do not.
    expect(countWords("Lily-Mae's cat – she's called Tom, isn't it?")).toBe(7);
    expect(countWords('Annwyl Elis, sut wyt ti’n teimlo?')).toBe(6);
    expect(countWords('We had 3 cakes on 12.5.2027')).toBe(6);
  });
});

describe('readLetterDraft', () => {
  it('gives a fresh draft for anything that is not a draft', () => {
    for (const stored of [undefined, null, 'letter', 42, []])
      expect(readLetterDraft(stored)).toEqual(emptyLetterDraft());
  });

  it('keeps what is a draft and drops what is not', () => {
    const draft = readLetterDraft({
      step: 'check',
      role: 'birth',
      firstName: 'Kelly',
      exchange: 'Summer 2027',
      age: '5to11',
      letter: 'Dear Ellie',
      avoid: 'Doyle',
      kept: [{ text: 'Tom', reason: 'the cat' }, { text: 'x', reason: '  ' }, { text: 3 }, null],
    });
    expect(draft).toEqual({
      step: 'check',
      role: 'birth',
      firstName: 'Kelly',
      exchange: 'Summer 2027',
      age: '5to11',
      letter: 'Dear Ellie',
      avoid: 'Doyle',
      kept: [{ text: 'Tom', reason: 'the cat' }],
    });
    expect(readLetterDraft({ step: 'publish', role: 'social-worker', age: 40, letter: 7 })).toEqual(emptyLetterDraft());
  });
});
