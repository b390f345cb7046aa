/**
 * Welsh pages and glossary (issue 13). Every page under src/content/cy/ translates the English page
 * with the same id in the same collection: its facts (section, audiences, topics, sources, plan,
 * dates) are the English ones, it says which English version it translates and that nobody has
 * reviewed it unless someone has, it keeps the English page's headings, components and link targets,
 * and a Welsh dictionary (aspell-cy) knows its words. Generic over the folder, so every translator's
 * pages are held to the same checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGlossary, splitFrontmatter, type GlossaryTerm } from '../../../scripts/contentFiles';
import { TERMS_e } from '../../../src/i18n/cy/terminology/e';
import { TERMS_g } from '../../../src/i18n/cy/terminology/g';
import {
  briefingSchema,
  exampleSchema,
  guideSchema,
  voiceSchema,
  withTranslation,
} from '../../../src/hub/resourceSchema';
import { WELSH_ALLOWED_WORDS } from '../i18n/welshAllowedWords';
import { hasWelshAspell, unknownWelshWords } from '../i18n/welshCatalogueChecks';

const ENGLISH_ROOT = 'src/content';
const WELSH_ROOT = 'src/content/cy';

/** The collections with Welsh pages (src/content.config.ts): folder and front matter schema. */
const COLLECTIONS = {
  briefings: withTranslation(briefingSchema),
  guides: withTranslation(guideSchema),
  voices: withTranslation(voiceSchema),
  examples: withTranslation(exampleSchema),
};

/** Front matter a translation carries over from the English untouched. */
const UNCHANGED_FIELDS = [
  'section',
  'audiences',
  'topics',
  'fictional',
  'sources',
  'plan',
  'updated',
  'plannerSection',
] as const;

/** Front matter strings a reader sees, so in Welsh. */
const READER_FIELDS = ['title', 'summary', 'contentNote', 'speaker'] as const;

interface Page {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

function loadPages(root: string, folder: string): Page[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = join(dir, f);
      return { file, id: f.replace(/\.mdx$/, ''), ...splitFrontmatter(readFileSync(file, 'utf8')) };
    });
}

/** Heading levels in order: ['##', '###', '##', …]. */
const headings = (body: string) => [...body.matchAll(/^(#{2,3})\s/gm)].map((m) => m[1]);
/** Every link target: Markdown links and href attributes, site paths and web addresses. */
const linkTargets = (body: string) => [
  ...new Set([...body.matchAll(/\]\(([^)\s]+)\)/g), ...body.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1])),
];
/** MDX components in order, with the glossary term a <Term> points at. */
const components = (body: string) =>
  [...body.matchAll(/<([A-Z]\w*)(?:\s+id=["']([^"']+)["'])?/g)].map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]));
const imports = (body: string) => body.match(/^import .*$/gm) ?? [];

/** What a Welsh page gets wrong against its English page; empty when it is a faithful translation. */
function translationProblems(english: Page, welsh: Page): string[] {
  const problems: string[] = [];
  for (const field of UNCHANGED_FIELDS)
    if (JSON.stringify(welsh.data[field]) !== JSON.stringify(english.data[field]))
      problems.push(`${field} differs from the English`);
  const translation = welsh.data.translation as { fromEnglishUpdated?: unknown } | undefined;
  if (String(translation?.fromEnglishUpdated) !== String(english.data.updated))
    problems.push(`translation.fromEnglishUpdated is not the English updated (${String(english.data.updated)})`);
  for (const field of READER_FIELDS)
    if (field in english.data !== field in welsh.data) problems.push(`${field} is missing or extra`);
    else if (english.data[field] !== undefined && welsh.data[field] === english.data[field])
      problems.push(`${field} is not translated`);
  if (headings(welsh.body).join() !== headings(english.body).join())
    problems.push(`headings ${headings(welsh.body).join()} ≠ English ${headings(english.body).join()}`);
  const englishLinks = new Set(linkTargets(english.body));
  for (const target of linkTargets(welsh.body))
    if (!englishLinks.has(target)) problems.push(`links to ${target}, which the English does not`);
  // Block components in the English order; glossary terms as the same set, since Welsh word order
  // can put two terms of a sentence the other way round.
  const blocks = (body: string) => components(body).filter((c) => !c.startsWith('Term:'));
  const terms = (body: string) =>
    components(body)
      .filter((c) => c.startsWith('Term:'))
      .sort();
  for (const part of [blocks, terms])
    if (part(welsh.body).join() !== part(english.body).join())
      problems.push(`components ${part(welsh.body).join()} ≠ English ${part(english.body).join()}`);
  if (imports(welsh.body).join('\n') !== imports(english.body).join('\n')) problems.push('imports differ');
  return problems;
}

/**
 * The words a reader sees in an MDX body: no imports, component names, link targets, or Markdown
 * and table syntax; a component's title and figure (shown on the page) stay.
 */
function prose(body: string): string {
  return body
    .replace(/^import .*$/gm, ' ')
    .replace(/<[A-Z]\w*([^>]*)>/g, (_tag, attributes: string) =>
      [...attributes.matchAll(/(?:title|figure)=["']([^"']*)["']/g)].map((m) => ` ${m[1]} `).join(' '),
    )
    .replace(/<\/[A-Z]\w*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_#|[\]`]/g, ' ')
    .replace(/^\s*\d+\.\s/gm, ' ')
    .replace(/-{3,}/g, ' ');
}

const pages = Object.entries(COLLECTIONS).flatMap(([folder, schema]) =>
  loadPages(WELSH_ROOT, folder).map((welsh) => ({ folder, schema, welsh })),
);
const englishGlossary = loadGlossary(ENGLISH_ROOT);
const welshGlossaryFile = join(WELSH_ROOT, 'glossary.yaml');
const welshGlossary: GlossaryTerm[] = existsSync(welshGlossaryFile)
  ? parse(readFileSync(welshGlossaryFile, 'utf8'))
  : [];

describe('the Welsh pages', () => {
  it('include the family-facing pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(pages.map((p) => [p.welsh.file, p] as const))('%s', (_file, { folder, schema, welsh }) => {
    const englishFile = join(ENGLISH_ROOT, folder, `${welsh.id}.mdx`);

    it('translates an English page with the same id in the same collection', () => {
      expect(existsSync(englishFile)).toBe(true);
    });

    it('has valid front matter, saying how it was translated', () => {
      const result = schema.safeParse(welsh.data);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it('keeps the English facts, headings, components and links', () => {
      const english = { file: englishFile, id: welsh.id, ...splitFrontmatter(readFileSync(englishFile, 'utf8')) };
      expect(translationProblems(english, welsh)).toEqual([]);
    });
  });
});

describe('the Welsh glossary', () => {
  it('has every English term, in the same order', () => {
    expect(welshGlossary.map((t) => t.id)).toEqual(englishGlossary.map((t) => t.id));
  });

  it('keeps every term’s see-also list', () => {
    const english = new Map(englishGlossary.map((t) => [t.id, t.seeAlso]));
    for (const t of welshGlossary) expect(t.seeAlso, t.id).toEqual(english.get(t.id));
  });

  it('translates every definition', () => {
    const english = new Map(englishGlossary.map((t) => [t.id, t.definition]));
    for (const t of welshGlossary) {
      expect(t.term?.trim(), t.id).toBeTruthy();
      expect(t.definition?.trim().length, t.id).toBeGreaterThan(20);
      expect(t.definition, t.id).not.toBe(english.get(t.id));
    }
  });
});

/** A Welsh word as it may appear: radical, and with a soft, nasal or aspirate mutation. */
function mutations(word: string): string[] {
  const RULES: [string, string[]][] = [
    ['ll', ['l']],
    ['rh', ['r']],
    ['c', ['g', 'ngh', 'ch']],
    ['p', ['b', 'mh', 'ph']],
    ['t', ['d', 'nh', 'th']],
    ['g', ['', 'ng']],
    ['b', ['f', 'm']],
    ['d', ['dd', 'n']],
    ['m', ['f']],
  ];
  const rule = RULES.find(([radical]) => word.startsWith(radical));
  return [word, ...(rule ? rule[1].map((initial) => initial + word.slice(rule[0].length)) : [])];
}

describe('the terms the Welsh pages chose (src/i18n/cy/terminology/e.ts)', () => {
  const welshText = [
    ...pages.map((p) => `${String(p.welsh.data.title)} ${p.welsh.body}`),
    ...welshGlossary.flatMap((t) => [t.term, t.definition]),
  ]
    .join('\n')
    .toLowerCase();

  it('name a source, or say none was found, for every term', () => {
    expect(TERMS_e.length).toBeGreaterThan(30);
    for (const term of TERMS_e)
      expect(term.source === 'none found' || /^https:\/\//.test(term.source), term.en).toBe(true);
  });

  it('are the words the pages use, in some mutation', () => {
    const unused = TERMS_e.flatMap((t) => t.cy.split('; ')).filter(
      (cy) => !mutations(cy.toLowerCase()).some((form) => welshText.includes(form)),
    );
    expect(unused).toEqual([]);
  });
});

describe('the terms the Welsh Wales briefing chose (src/i18n/cy/terminology/g.ts)', () => {
  const briefing = pages.find((p) => p.folder === 'briefings' && p.welsh.id === 'staying-in-touch-in-wales');
  const text = `${String(briefing?.welsh.data.title)} ${briefing?.welsh.body}`.toLowerCase();

  it('translate the Wales briefing', () => expect(briefing).toBeDefined());

  it.each(TERMS_g.map((t) => [t.en, t] as const))('%s names a source, or says none was found', (_en, term) =>
    expect(term.source).toMatch(/^(https:\/\/\S+|none found)$/),
  );

  it.each(TERMS_g.flatMap((t) => t.cy.split('; ').map((cy) => [cy, t.en] as const)))(
    '"%s" (%s) is what the briefing says, in some mutation',
    (cy) => expect(mutations(cy.toLowerCase()).some((form) => text.includes(form))).toBe(true),
  );
});

describe('the checks themselves', () => {
  const english: Page = {
    file: 'en.mdx',
    id: 'sample',
    data: { title: 'A guide', topics: ['support'], updated: '2026-11-23' },
    body: '## One\n\nSee [step 6](/guides/step-6/).\n\n<Term id="letterbox">letterbox</Term>\n',
  };

  it('pass a faithful translation', () => {
    const welsh: Page = {
      ...english,
      data: { ...english.data, title: 'Canllaw', translation: { fromEnglishUpdated: '2026-11-23' } },
      body: '## Un\n\nGweler [cam 6](/guides/step-6/).\n\n<Term id="letterbox">blwch llythyrau</Term>\n',
    };
    expect(translationProblems(english, welsh)).toEqual([]);
  });

  it('find changed facts, an old English date, untranslated text, extra headings and new links', () => {
    const welsh: Page = {
      ...english,
      data: {
        title: 'A guide',
        topics: ['safety'],
        updated: '2026-11-23',
        translation: { fromEnglishUpdated: '2026-01-01' },
      },
      body: '## Un\n\n### Dau\n\nGweler [cam 6](/cy/guides/step-6/).\n\n<Term id="postal-exchange">post</Term>\n',
    };
    const problems = translationProblems(english, welsh).join('\n');
    for (const expected of [
      'topics differs',
      'fromEnglishUpdated',
      'title is not translated',
      'headings',
      '/cy/guides/step-6/',
      'components',
    ])
      expect(problems).toContain(expected);
  });

  it('know a mutated term', () => {
    expect(mutations('cynghorydd')).toContain('gynghorydd');
    expect(mutations('gofidus')).toContain('ofidus');
    expect(mutations('llythyr')).toEqual(['llythyr', 'lythyr']);
  });

  it('spell-check what a reader sees and nothing else', () => {
    const text = prose(
      'import X from "y";\n\n<Callout title="Awgrym da">Mae [hyn](/guides/step-six/) yn **barod**.</Callout>',
    );
    expect(text).toContain('Awgrym da');
    expect(text).not.toMatch(/Callout|guides|import|\*/);
  });
});

describe.skipIf(!hasWelshAspell)('Welsh spelling (aspell-cy; skipped where it is not installed)', () => {
  const allowed = WELSH_ALLOWED_WORDS;

  it('finds a misspelt or English word in a page, so the check can fail', () => {
    expect(
      unknownWelshWords(
        prose('<Callout title="Awgrym">Mae’r cynlun yn barod. Your plans are saved.</Callout>'),
        allowed,
      ),
    ).toEqual(expect.arrayContaining(['cynlun', 'Your', 'plans', 'saved']));
  });

  it.each(pages.map((p) => [p.welsh.file, p.welsh] as const))('knows every word of %s', (_file, welsh) => {
    const fields = READER_FIELDS.map((f) => welsh.data[f]).filter((v) => typeof v === 'string');
    expect(unknownWelshWords([...fields, prose(welsh.body)].join('\n'), allowed)).toEqual([]);
  });

  it('knows every word of the glossary', () => {
    const text = welshGlossary.flatMap((t) => [t.term, t.definition]).join('\n');
    expect(unknownWelshWords(text, allowed)).toEqual([]);
  });
});
