/**
 * The message catalogue and the code agree: every key the code asks for exists, every key in the
 * catalogue is asked for somewhere, no two areas define the same key, plural messages are whole,
 * and the builder's own catalogue holds every key the builder's code uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDER_AREAS, BUILDER_PLAN_AREAS, BUILDER_TOOL_AREAS } from '../../../src/i18n/builderAreas';
import { BUILDER_CATALOGUE_CY } from '../../../src/i18n/builderCatalogueCy';
import { BUILDER_CATALOGUE_EN } from '../../../src/i18n/builderCatalogueEn';
import { BUILDER_PLAN_CATALOGUE_CY } from '../../../src/i18n/builderPlanCatalogueCy';
import { BUILDER_PLAN_CATALOGUE_EN } from '../../../src/i18n/builderPlanCatalogueEn';
import { BUILDER_TOOL_CATALOGUE_CY } from '../../../src/i18n/builderToolCatalogueCy';
import { BUILDER_TOOL_CATALOGUE_EN } from '../../../src/i18n/builderToolCatalogueEn';
import { CATALOGUES, ENGLISH_AREAS, WELSH_AREAS } from '../../../src/i18n/catalogue';
import { LANGUAGES } from '../../../src/i18n/languages';
import { LETTERS_AREAS } from '../../../src/i18n/lettersAreas';
import { LETTERS_CATALOGUE_CY } from '../../../src/i18n/lettersCatalogueCy';
import { LETTERS_CATALOGUE_EN } from '../../../src/i18n/lettersCatalogueEn';
import { placeholdersOf } from '../../../src/i18n/formatMessage';

const ROOT = resolve(__dirname, '../../..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      // The catalogues define keys; only code that asks for them counts as a use.
      return [join(ROOT, 'src/content'), join(ROOT, 'src/i18n/en'), join(ROOT, 'src/i18n/cy')].includes(path)
        ? []
        : walk(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts'))];
/** A string literal (kept, as group 1), or a comment; `//` after a colon is an address ("https://"). */
const STRING_OR_COMMENT =
  /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\[\s\S]|[^`\\])*`)|\/\*[\s\S]*?\*\/|(?<!:)\/\/[^\n]*/g;
/**
 * Source without comments, so an example in a comment is not taken for a use. Strings are read whole,
 * so a `/*` or `//` inside one (a glob's '**\/*.mdx') starts no comment and hides no code after it.
 */
const withoutComments = (text: string) => text.replace(STRING_OR_COMMENT, (_comment, string?: string) => string ?? '');
const sources = new Map(files.map((f) => [relative(ROOT, f), withoutComments(readFileSync(f, 'utf8'))]));
const allCode = [...sources.values()].join('\n');

const english = CATALOGUES.en as Record<string, unknown>;
const keys = Object.keys(english);
const AREA_PREFIX = /^(common|format|product|hub|letters|plan|planner|privacy|signoff|trainer)\./;

/** Literal keys in code: 'area.something.more' in quotes or backticks without placeholders. */
const literalKeys = new Set(
  [
    ...allCode.matchAll(
      /(rule: )?['"`]((?:common|format|product|hub|letters|plan|planner|privacy|signoff|trainer)\.[A-Za-z0-9_.]+)['"`]/g,
    ),
  ]
    // Sign-off rule ids ("rule: 'signoff.date'") and file names ("plan.json") look like keys but are not.
    .filter((m) => !m[1] && !m[2].endsWith('.json'))
    .map((m) => m[2]),
);
/** Prefixes of keys built in code: `plan.option.${…}` → 'plan.option.'. */
const dynamicPrefixes = [
  ...new Set(
    [...allCode.matchAll(/`((?:hub|letters|plan|planner|privacy|signoff|trainer)\.[A-Za-z0-9_.]*)\$\{/g)].map(
      (m) => m[1],
    ),
  ),
];

describe('the message catalogue', () => {
  it('finds the keys it checks', () => {
    expect(keys.length).toBeGreaterThan(1000);
    expect(literalKeys.size).toBeGreaterThan(500);
  });

  it('has every key the code asks for', () => {
    const missing = [...literalKeys].filter(
      (k) => !(k in english) && !dynamicPrefixes.some((p) => k === p.slice(0, -1)),
    );
    expect(missing).toEqual([]);
  });

  it('asks for every key in the catalogue', () => {
    const unused = keys.filter((k) => !literalKeys.has(k) && !dynamicPrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('keeps each key in one area, under a known prefix', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, messages] of Object.entries(ENGLISH_AREAS)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
    expect(keys.filter((k) => !AREA_PREFIX.test(k))).toEqual([]);
  });

  it('gives every plural message an "other" form and the same placeholders in each form', () => {
    const bad = Object.entries(english).flatMap(([key, message]) => {
      if (typeof message === 'string') return [];
      const forms = message as Record<string, string>;
      if (!forms.other) return [`${key}: no "other" form`];
      const expected = [...placeholdersOf({ other: forms.other.replace(/\{count\}/g, '') })].sort().join();
      return Object.entries(forms)
        .filter(([, text]) => [...placeholdersOf(text.replace(/\{count\}/g, ''))].sort().join() !== expected)
        .map(([form]) => `${key}: form ${form} has different placeholders`);
    });
    expect(bad).toEqual([]);
  });

  it('has every key in every language, and no more', () => {
    expect(LANGUAGES).toEqual(['en', 'cy']);
    for (const lang of LANGUAGES) {
      const catalogue = CATALOGUES[lang] as Record<string, unknown>;
      expect(
        keys.filter((k) => catalogue[k] === undefined || catalogue[k] === ''),
        `missing in ${lang}`,
      ).toEqual([]);
      expect(
        Object.keys(catalogue).filter((k) => !(k in english)),
        `extra in ${lang}`,
      ).toEqual([]);
    }
    expect(Object.keys(WELSH_AREAS).sort()).toEqual(Object.keys(ENGLISH_AREAS).sort());
  });

  it("gives the builder, in each language, exactly the words of its areas: first load, a plan's, tools", () => {
    const areasOf = (areas: Record<string, object>, names: readonly string[]) =>
      Object.keys(Object.assign({}, ...names.map((n) => areas[n]))).sort();
    for (const [catalogue, areas, names] of [
      [BUILDER_CATALOGUE_EN, ENGLISH_AREAS, BUILDER_AREAS],
      [BUILDER_CATALOGUE_CY, WELSH_AREAS, BUILDER_AREAS],
      [BUILDER_PLAN_CATALOGUE_EN, ENGLISH_AREAS, BUILDER_PLAN_AREAS],
      [BUILDER_PLAN_CATALOGUE_CY, WELSH_AREAS, BUILDER_PLAN_AREAS],
      [BUILDER_TOOL_CATALOGUE_EN, ENGLISH_AREAS, BUILDER_TOOL_AREAS],
      [BUILDER_TOOL_CATALOGUE_CY, WELSH_AREAS, BUILDER_TOOL_AREAS],
    ] as const) {
      expect(Object.keys(catalogue).sort()).toEqual(areasOf(areas, names));
    }
    expect(Object.values(BUILDER_CATALOGUE_CY)).not.toContain(undefined);
    expect(Object.values(BUILDER_PLAN_CATALOGUE_CY)).not.toContain(undefined);
  });

  it("gives the letter pages, in each language, exactly their areas' words, and every word their code uses", () => {
    for (const [catalogue, areas] of [
      [LETTERS_CATALOGUE_EN, ENGLISH_AREAS],
      [LETTERS_CATALOGUE_CY, WELSH_AREAS],
    ] as const) {
      const expected = [...Object.keys(Object.assign({}, ...LETTERS_AREAS.map((n) => areas[n])))];
      expect(Object.keys(catalogue).sort()).toEqual(expected.sort());
      expect(Object.values(catalogue)).not.toContain(undefined);
    }
    // Every builder or privacy word the letter pages' code and the privacy shell ask for is there
    // (the builder's tools' words load on demand, through loadToolTranslator).
    const lettersCode = [...sources.entries()]
      .filter(([path]) => /^src\/planner\/ui\/(letters|privacy)\//.test(path))
      .map(([, text]) => text)
      .join('\n');
    const used = [...lettersCode.matchAll(/['"`]((?:planner|privacy)\.[A-Za-z0-9_.]+)['"`]/g)].map((m) => m[1]);
    const toolsOnly = new Set(Object.keys(BUILDER_TOOL_CATALOGUE_EN));
    expect([...new Set(used)].filter((k) => k in english && !toolsOnly.has(k) && !(k in LETTERS_CATALOGUE_EN))).toEqual(
      [],
    );
  });

  it("holds every key the builder's code uses in the builder's own catalogue, a plan's or its tools'", () => {
    const builder = { ...BUILDER_CATALOGUE_EN, ...BUILDER_PLAN_CATALOGUE_EN, ...BUILDER_TOOL_CATALOGUE_EN } as Record<
      string,
      unknown
    >;
    const builderCode = [...sources.entries()]
      .filter(([path]) => /^src\/planner\/(ui|answers|state|schema|storage|privacy|signoff|ecomap)\//.test(path))
      .map(([, text]) => text)
      .join('\n');
    const used = [...builderCode.matchAll(/['"`]((?:plan|planner|privacy|signoff)\.[A-Za-z0-9_.]+)['"`]/g)].map(
      (m) => m[1],
    );
    expect([...new Set(used)].filter((k) => k in english && !(k in builder))).toEqual([]);
  });

  it("shows a plan's words on the builder's first screen only from components that load them", () => {
    // The modules the builder's islands import statically, directly or not: the plans list's first load.
    const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\bfrom\s+)?'(\.[^']+)';/gm;
    const firstLoad = new Set<string>();
    const queue = ['src/planner/ui/PlannerIsland.tsx', 'src/planner/ui/PlannerIslandCy.tsx'];
    while (queue.length) {
      const path = queue.shift()!;
      if (firstLoad.has(path)) continue;
      firstLoad.add(path);
      for (const [, spec] of sources.get(path)!.matchAll(STATIC_IMPORT)) {
        const base = join(path, '..', spec);
        const found = ['', '.ts', '.tsx'].map((ext) => base + ext).find((p) => sources.has(p));
        if (found) queue.push(found);
      }
    }
    // The list and the privacy shell are in it; a plan's views and the schema (zod) are not.
    expect(firstLoad).toContain('src/planner/ui/PlansList.tsx');
    expect(firstLoad).toContain('src/planner/ui/privacy/DeviceShell.tsx');
    for (const later of [
      'src/planner/ui/PlanView.tsx',
      'src/planner/ui/TaskList.tsx',
      'src/planner/schema/planSchema.ts',
    ])
      expect(firstLoad).not.toContain(later);
    // A plan's words in them (literal keys, or keys built from a plan area's prefix) only where the
    // component loads them, with usePlanTranslator().
    const planKeys = new Set(Object.keys(BUILDER_PLAN_CATALOGUE_EN));
    const showing = [...firstLoad].filter((path) => {
      const text = sources.get(path)!;
      return (
        [...text.matchAll(/['"`]((?:plan|signoff)\.[A-Za-z0-9_.]+)['"`]/g)].some((m) => planKeys.has(m[1])) ||
        [...text.matchAll(/`((?:plan|signoff)\.[A-Za-z0-9_.]*)\$\{/g)].some((m) =>
          [...planKeys].some((key) => key.startsWith(m[1])),
        )
      );
    });
    expect(showing).toEqual(['src/planner/ui/NoPlanForSection.tsx']);
    expect(showing.filter((path) => !sources.get(path)!.includes('usePlanTranslator()'))).toEqual([]);
  });

  it("shows the tools' words only from components that load them", () => {
    const tools = Object.keys(BUILDER_TOOL_CATALOGUE_EN).map((k) => k.replace(/\.[^.]+$/, '.'));
    const prefixes = [...new Set(tools)];
    // A builder component showing a tool's word must take its translator from useToolTranslator.
    // (The letter pages are an island of their own, whose first load carries the letters area.)
    const showing = [...sources.entries()].filter(
      ([path, text]) =>
        /^src\/planner\/ui\/(?!letters\/).*\.tsx$/.test(path) &&
        prefixes.some((p) => text.includes(`'${p}`) || text.includes(`\`${p}`)),
    );
    expect(showing.length).toBeGreaterThan(0);
    expect(showing.filter(([, text]) => !text.includes('useToolTranslator()')).map(([path]) => path)).toEqual([]);
    // And no part of the builder's first load imports them (loadToolTranslator only dynamically).
    expect(
      [...sources.entries()]
        .filter(
          ([path, text]) =>
            /useToolTranslator|builderToolCatalogue|BUILDER_TOOL_CATALOGUE/.test(text) && /^src\//.test(path),
        )
        .map(([path]) => path)
        .sort(),
    ).toEqual([
      'src/i18n/builderToolCatalogue.ts',
      'src/i18n/builderToolCatalogueCy.ts',
      'src/i18n/builderToolCatalogueEn.ts',
      'src/planner/ui/CopyFromPlan.tsx',
      'src/planner/ui/EcoMap.tsx',
      'src/planner/ui/copies/CopiesPage.tsx',
      'src/planner/ui/copies/EditionDownloads.tsx',
      'src/planner/ui/copies/FindingCard.tsx',
      'src/planner/ui/copies/PrintEditionPage.tsx',
      'src/planner/ui/copies/ProtectedDetailsForm.tsx',
      'src/planner/ui/exchanges/ExchangeForm.tsx',
      'src/planner/ui/exchanges/ExchangeLogPage.tsx',
      'src/planner/ui/exchanges/RemoveExchange.tsx',
      'src/planner/ui/loadToolTranslator.ts',
      'src/planner/ui/pdf/FingerprintCompare.tsx',
      'src/planner/ui/pdf/NameStyleChoice.tsx',
      'src/planner/ui/pdf/PdfActions.tsx',
      'src/planner/ui/pdf/PdfCheckReport.tsx',
      'src/planner/ui/pdf/PdfExportButton.tsx',
      'src/planner/ui/privacy/PassphraseStrengthMeter.tsx',
      'src/planner/ui/privacy/ProtectForm.tsx',
      'src/planner/ui/signoff/NewVersionForm.tsx',
      'src/planner/ui/signoff/PlanVersionsPage.tsx',
      'src/planner/ui/signoff/VersionChanges.tsx',
      'src/planner/ui/signoff/VersionView.tsx',
      'src/planner/ui/useToolTranslator.ts',
    ]);
  });
});
