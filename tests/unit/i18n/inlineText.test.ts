/**
 * No display text is written inline in src/: every user-facing string comes from the message
 * catalogue. The few strings that look like display text but are not are listed with the reason.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineText } from './inlineText';

const ROOT = resolve(__dirname, '../../..');
/** The content and the catalogues themselves (English and Welsh) are where display text belongs. */
const SKIP = [join(ROOT, 'src/content'), join(ROOT, 'src/i18n/en'), join(ROOT, 'src/i18n/cy')];

/** file → why its literals are not display text. */
const NOT_DISPLAY_TEXT: Record<string, string> = {
  'src/hub/resourceSchema.ts': 'frontmatter errors for content authors, shown by the build and tests only',
  'src/trainer/sessionNotes.ts':
    'headings of the session plans (src/content/sessions) that presenter notes are read from, matched, not shown',
  'src/planner/text/detailPatterns.ts':
    'word lists the identifying-details checker matches letters against (postcode areas, street words), not shown',
  'src/hub/contentRules.ts':
    'names of the bodies that make legislation, matched against sources’ frontmatter by the content tests, not shown',
  'src/planner/pdf/pdfMarker.ts':
    'machine-read identity of our PDFs (producer and attachment description), checked on reading',
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.includes(path)) return [];
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });

describe('display text', () => {
  const found = walk(join(ROOT, 'src')).flatMap((file) =>
    findInlineText(file).map((f) => ({ ...f, file: relative(ROOT, f.file) })),
  );

  it('comes from the catalogue everywhere in src/', () => {
    const inline = found.filter((f) => !(f.file in NOT_DISPLAY_TEXT)).map((f) => `${f.file}:${f.line} ${f.text}`);
    expect(inline).toEqual([]);
  });

  it('lists only exceptions that still need listing', () => {
    const stale = Object.keys(NOT_DISPLAY_TEXT).filter((file) => !found.some((f) => f.file === file));
    expect(stale).toEqual([]);
  });

  it('would catch text in JSX, in an Astro template and a sentence in TypeScript', () => {
    const fixtures = join(ROOT, 'tests/fixtures/inline-text');
    const caught = readdirSync(fixtures).map((name) => [name, findInlineText(join(fixtures, name)).length] as const);
    expect(caught.every(([, count]) => count > 0)).toBe(true);
    expect(caught.map(([name]) => name).sort()).toEqual(['Inline.astro', 'Inline.tsx', 'sentence.ts']);
  });
});
