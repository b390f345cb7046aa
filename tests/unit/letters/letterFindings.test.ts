import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detailsFromWords,
  keepFinding,
  letterParts,
  reviewLetter,
  unkeepFinding,
} from '../../../src/planner/letters/letterFindings';
import { LETTER_GUIDES } from '../../../src/planner/letters/letterGuide';
import { CATALOGUES } from '../../../src/i18n/catalogue';

describe('detailsFromWords', () => {
  it('lists each line once, trimmed, ignoring blank lines and case', () => {
    expect(detailsFromWords('Doyle\n\n  Gorse  Hill \ndoyle\n')).toEqual([
      { kind: 'other', text: 'Doyle' },
      { kind: 'other', text: 'Gorse Hill' },
    ]);
  });
});

describe('reviewLetter', () => {
  const letter = 'Love from Kelly Doyle. Ring 07700 900817, or ask Tom the cat.';

  it("finds the writer's own words and the patterns, in order", () => {
    const found = reviewLetter(letter, detailsFromWords('Doyle\nTom'), []);
    expect(found.map((f) => [f.type, f.text])).toEqual([
      ['other', 'Doyle'],
      ['phone', '07700 900817'],
      ['other', 'Tom'],
    ]);
    expect(found.map((f) => f.id)).toEqual(['finding-1', 'finding-2', 'finding-3']);
    expect(found.every((f) => f.keptBecause === undefined)).toBe(true);
  });

  it('keeps a finding with its reason wherever its text appears, until it is looked at again', () => {
    const kept = keepFinding([], 'tom', '  It is the cat. ');
    expect(kept).toEqual([{ text: 'tom', reason: 'It is the cat.' }]);
    const found = reviewLetter(`${letter} Tom says miaow.`, detailsFromWords('Tom'), kept);
    expect(found.filter((f) => f.text === 'Tom').map((f) => f.keptBecause)).toEqual([
      'It is the cat.',
      'It is the cat.',
    ]);
    expect(found.find((f) => f.type === 'phone')?.keptBecause).toBeUndefined();
    // A new reason replaces the old one; looking again removes it.
    expect(keepFinding(kept, 'Tom', 'Our cat')).toEqual([{ text: 'Tom', reason: 'Our cat' }]);
    expect(unkeepFinding(kept, 'TOM')).toEqual([]);
  });
});

describe('letterParts', () => {
  it('gives the whole letter back, with each finding as its own part', () => {
    const letter = 'Tom lives at SA1 3RT.';
    const found = reviewLetter(letter, detailsFromWords('Tom'), []);
    const parts = letterParts(letter, found);
    expect(parts.map((p) => p.text).join('')).toBe(letter);
    expect(parts.map((p) => [p.text, p.finding?.type])).toEqual([
      ['Tom', 'other'],
      [' lives at ', undefined],
      ['SA1 3RT', 'postcode'],
      ['.', undefined],
    ]);
  });
});

describe('the guides’ prompts', () => {
  it('has words in both languages for every prompt, and points at a guide that exists', () => {
    for (const guide of Object.values(LETTER_GUIDES)) {
      const keys = [...guide.before, ...guide.say, ...guide.avoid, ...Object.values(guide.ideas)];
      for (const key of keys) {
        expect(CATALOGUES.en[key], key).toBeTruthy();
        expect(CATALOGUES.cy[key], key).toBeTruthy();
      }
      const file = guide.path.replace(/^\/guides\/(.+)\/$/, 'src/content/guides/$1.mdx');
      expect(readFileSync(file, 'utf8')).toContain('title:');
    }
  });
});
