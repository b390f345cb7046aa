/**
 * The content lint: every resource meets its type's rules, and the hub meets the minimums.
 * Each rule is also checked against a bad sample, so the lint itself can be seen to fail.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { internalLinks, lintResource, termIds, WORD_MINIMUMS } from '../../../src/hub/contentRules';
import { AUDIENCE_IDS, SECTION_IDS, TOPIC_IDS, TYPES } from '../../../src/hub/taxonomy';
import { loadGlossary, loadResources } from '../../../scripts/contentFiles';
import { ACTIVITY_SHEETS } from '../../../src/trainer/activitySheets';

const resources = loadResources();
const glossary = loadGlossary();
const glossaryIds = new Set(glossary.map((t) => t.id));

/** Every path the site builds, derived the same way the pages are. */
function knownPaths(): Set<string> {
  const paths = new Set<string>(['/', '/planner/', '/search/', '/resources/', '/glossary/']);
  for (const f of readdirSync('src/pages')) {
    const m = /^([a-z0-9-]+)\.astro$/.exec(f);
    if (m && m[1] !== 'index' && m[1] !== '404') paths.add(`/${m[1]}/`);
  }
  for (const t of Object.values(TYPES)) paths.add(`/${t.path}/`);
  for (const s of SECTION_IDS) paths.add(`/sections/${s}/`);
  for (const a of AUDIENCE_IDS) paths.add(`/audiences/${a}/`);
  for (const t of TOPIC_IDS) paths.add(`/topics/${t}/`);
  for (const r of resources) paths.add(`/${TYPES[r.type].path}/${r.id}/`);
  for (const r of resources.filter((x) => x.type === 'session')) paths.add(`/training/${r.id}/handout/`);
  // The letter pages, src/pages/letters/[page].astro (letterPagePaths in src/hub/pagePaths.ts).
  for (const page of ['write', 'check']) paths.add(`/letters/${page}/`);
  // The activity sheets, src/pages/training/sheets/[sheet].astro (sheetPaths in src/hub/pagePaths.ts).
  for (const sheet of ACTIVITY_SHEETS) paths.add(`/training/sheets/${sheet.id}/`);
  return paths;
}

describe('the hub has enough of every type', () => {
  const count = (type: string) => resources.filter((r) => r.type === type).length;
  it.each([
    // The content issue's targets (issue 16).
    ['briefing', 10],
    ['guide', 16],
    ['voice', 10],
    ['example', 6],
    ['session', 6],
  ] as const)('type %s has at least %i', (type, min) => {
    expect(count(type)).toBeGreaterThanOrEqual(min);
  });
  it('has at least 30 glossary terms, each with a definition', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    for (const t of glossary) expect(t.definition?.trim().length, t.id).toBeGreaterThan(20);
  });
});

describe('every resource passes the lint', () => {
  it.each(resources.map((r) => [r.file, r] as const))('%s', (_file, r) => {
    expect(lintResource(r)).toEqual([]);
  });
});

describe('links', () => {
  const paths = knownPaths();
  it.each(resources.map((r) => [r.file, r] as const))('%s links only to pages that exist', (_file, r) => {
    const broken = internalLinks(r.body).filter((href) => {
      const url = new URL(href, 'http://hub');
      if (!paths.has(url.pathname)) return true;
      return url.pathname === '/glossary/' && url.hash !== '' && !glossaryIds.has(url.hash.slice(1));
    });
    expect(broken).toEqual([]);
  });
  it('every <Term> names a glossary entry', () => {
    const missing = resources.flatMap((r) =>
      termIds(r.body)
        .filter((id) => !glossaryIds.has(id))
        .map((id) => `${r.file}: ${id}`),
    );
    expect(missing).toEqual([]);
  });
  it('every glossary see-also names a term', () => {
    const missing = glossary.flatMap((t) =>
      (t.seeAlso ?? []).filter((id) => !glossaryIds.has(id)).map((id) => `${t.id} -> ${id}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the lint catches bad content', () => {
  const long = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('flags a page below its minimum', () => {
    const p = lintResource({
      file: 'x.mdx',
      type: 'briefing',
      data: { sources: [{}] },
      body: long(WORD_MINIMUMS.briefing - 1),
    });
    expect(p.join()).toMatch(/below the 700 minimum/);
  });
  it.each(['briefing', 'guide', 'voice', 'example', 'session'] as const)('flags a %s without sources', (type) => {
    expect(lintResource({ file: 'x.mdx', type, data: { sources: [] }, body: long(900) }).join()).toMatch(/no sources/);
  });
  it('flags a worked example not marked fictional', () => {
    expect(lintResource({ file: 'x.mdx', type: 'example', data: {}, body: long(700) }).join()).toMatch(
      /fictional: true/,
    );
  });
  it.each([
    'her real mother wrote',
    'his natural parents',
    'she gave up her baby',
    'the child was abandoned',
    'weekly contact sessions',
    'grandparents had access twice a year',
  ])('flags the avoided term in "%s"', (sentence) => {
    expect(
      lintResource({
        file: 'x.mdx',
        type: 'voice',
        data: { fictional: true },
        body: `${long(500)}\n${sentence}`,
      }).join(),
    ).toMatch(/avoid/);
  });
  it('allows "open-access" and "accessible"', () => {
    expect(
      lintResource({
        file: 'x.mdx',
        type: 'voice',
        data: { fictional: true, sources: [{}] },
        body: `${long(500)} an open-access, accessible hub`,
      }),
    ).toEqual([]);
  });
  it('finds internal links in Markdown and href attributes', () => {
    expect(internalLinks('see [a](/guides/a/) and <a href="/b/">b</a> and [c](https://x.org/)')).toEqual([
      '/guides/a/',
      '/b/',
    ]);
  });
});
