/**
 * Every built Welsh page is spelled as Welsh (issue 13): the text a reader meets on each page under
 * dist/cy/, leaving out passages marked as another language (`lang="en-GB"` on an untranslated page,
 * a source's title), goes through Debian's aspell-cy in one call, and any word it does not know
 * outside the one allow-list (tests/unit/i18n/welshAllowedWords.ts) fails, with the pages it is on.
 * A stray English string in a catalogue, or an English title shown without its `lang`, fails here.
 * Reads the files; needs no browser. Skipped where aspell-cy is not installed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WELSH_ALLOWED_WORDS } from '../unit/i18n/welshAllowedWords';
import { hasWelshAspell, unknownWelshWords } from '../unit/i18n/welshCatalogueChecks';
import { builtFiles } from './sitePages';
import { ownLanguageText } from './welshText';

const DIST = 'dist';
const welshPages = [...builtFiles(DIST)].filter((f) => f.startsWith('cy/') && f.endsWith('.html')).sort();

describe('the text of a Welsh page', () => {
  it('leaves out passages in another language, scripts and the head, and keeps what a reader sees', () => {
    const html = `<!doctype html><html lang="cy"><head><title>Teitl</title><script>const a = '<p>x</p>';</script></head>
      <body><p>Croeso <span lang="en-GB">Welcome <b>home</b></span> adref</p><img src="a.png" alt="Llun">
      <div lang="en"><p>English <q lang="cy">Cymraeg</q> again</p></div><template><p>hidden</p></template>
      <button aria-label="Cau">×</button><p>&amp; caws&nbsp;a&#8217;r bara</p></body></html>`;
    const text = ownLanguageText(html);
    for (const seen of ['Croeso', 'adref', 'Llun', 'Cymraeg', 'Cau', '& caws a’r bara']) expect(text).toContain(seen);
    expect(text).not.toMatch(/Teitl|const|Welcome|home|English|again|hidden/);
  });
});

describe.skipIf(!hasWelshAspell)('every built Welsh page (aspell-cy; skipped where it is not installed)', () => {
  it('is spelled as Welsh, beyond the allow-list of names and terms', () => {
    expect(welshPages.length).toBeGreaterThan(40);
    const texts = new Map(welshPages.map((file) => [file, ownLanguageText(readFileSync(join(DIST, file), 'utf8'))]));
    // One dictionary call for the whole site: each call starts aspell afresh.
    const unknown = unknownWelshWords([...texts.values()].join('\n'), WELSH_ALLOWED_WORDS);
    const where = (word: string) => {
      const pattern = new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u');
      const pages = [...texts].filter(([, text]) => pattern.test(text)).map(([file]) => file);
      return `${word} (${pages.length} pages: ${pages.slice(0, 3).join(', ')})`;
    };
    expect(unknown.map(where)).toEqual([]);
  });
});
