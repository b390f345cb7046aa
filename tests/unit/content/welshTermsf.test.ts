/**
 * The terms chosen for the Welsh voices and handouts (issue 13) are the ones their text uses, and each
 * says where it came from, so a reviewer can check a term once and trust every page that uses it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERMS_f } from '../../../src/i18n/cy/terminology/f';

const FOLDERS = ['src/content/cy/voices', 'src/content/cy/handouts'];
const welshText = FOLDERS.flatMap((dir) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')))
  .join('\n')
  .toLowerCase();

// Soft mutation of a word's first letter, the one change a term takes after "at", "i", "ei" (his)…
const SOFT: [RegExp, string][] = [
  [/^ll/, 'l'],
  [/^rh/, 'r'],
  [/^b/, 'f'],
  [/^c/, 'g'],
  [/^d/, 'dd'],
  [/^g/, ''],
  [/^m/, 'f'],
  [/^p/, 'b'],
  [/^t/, 'd'],
];
const forms = (term: string) => {
  const soft = SOFT.find(([from]) => from.test(term));
  return soft ? [term, term.replace(soft[0], soft[1])] : [term];
};

describe('terminology, part f', () => {
  it.each(TERMS_f.map((t) => [t.en, t] as const))('%s has a source', (_, term) => {
    expect(term.source).toMatch(/^(https:\/\/\S+|none found)$/);
  });

  it.each(TERMS_f.flatMap((t) => t.cy.split('; ').map((cy) => [cy, t.en] as const)))(
    '"%s" (%s) is used in the Welsh voices or handouts',
    (cy) => {
      const used = forms(cy.toLowerCase()).some((form) => welshText.includes(form));
      expect(used, `no Welsh voice or handout says "${cy}"`).toBe(true);
    },
  );
});
