/**
 * Editorial rules every resource must meet, as plain functions over a file's frontmatter and body.
 * Used by the content tests and by `npm run content:stats`. Reads files only through its callers.
 */
import { countWords } from './wordCount';
import type { ResourceType } from './taxonomy';

export type LintedType = Exclude<ResourceType, 'glossary'>;

/** Collection folder under src/content for each type. */
export const TYPE_FOLDERS: Record<LintedType, string> = {
  briefing: 'briefings',
  guide: 'guides',
  voice: 'voices',
  example: 'examples',
  session: 'sessions',
};

/** Minimum words in the body, per type (issue: content minimums). */
export const WORD_MINIMUMS: Record<LintedType, number> = {
  briefing: 700,
  guide: 600,
  voice: 400,
  example: 600,
  session: 800,
};

/** Terms the hub does not use (domain brief §6), with what to say instead. */
export const AVOIDED_TERMS: { pattern: RegExp; instead: string }[] = [
  { pattern: /\breal (parents?|mum|mother|dad|father|family|families)\b/i, instead: 'birth parent / birth family' },
  { pattern: /\bnatural (parents?|mum|mother|dad|father|family|families)\b/i, instead: 'birth parent / birth family' },
  {
    pattern: /\bgave (him|her|them|it|the (baby|child))? ?up\b|\bgiving up (a|the|her|his|their) (baby|child)\b/i,
    instead: 'describe what happened, e.g. "the court decided…"',
  },
  { pattern: /\babandon(ed|ing)?\b/i, instead: 'describe what happened without blame' },
  { pattern: /\bcontact sessions?\b/i, instead: 'meet-ups / family time' },
  {
    pattern: /(?<!open[- ])\baccess\b(?! to records)/i,
    instead: '"see", "reach" or "staying in touch" (access is the old word for contact)',
  },
];

export interface LintInput {
  file: string;
  type: LintedType;
  data: { sources?: unknown[]; fictional?: unknown };
  body: string;
}

/** Problems with one resource, as readable strings naming the file. */
export function lintResource({ file, type, data, body }: LintInput): string[] {
  const problems: string[] = [];
  const words = countWords(body);
  if (words < WORD_MINIMUMS[type])
    problems.push(`${file}: ${words} words, below the ${WORD_MINIMUMS[type]} minimum for this type`);
  if (!data.sources?.length) problems.push(`${file}: lists no sources`);
  if ((type === 'voice' || type === 'example') && data.fictional !== true)
    problems.push(`${file}: must be marked fictional: true`);
  body.split('\n').forEach((line, i) => {
    for (const { pattern, instead } of AVOIDED_TERMS) {
      const m = pattern.exec(line);
      if (m) problems.push(`${file}:${i + 1}: avoid "${m[0]}"; use ${instead}`);
    }
  });
  return problems;
}

/** Internal links in an MDX body: Markdown links and href attributes that start with "/". */
export function internalLinks(body: string): string[] {
  const found = [...body.matchAll(/\]\((\/[^)\s]*)\)/g), ...body.matchAll(/href=["'](\/[^"']*)["']/g)].map((m) => m[1]);
  return [...new Set(found)];
}

/** Glossary ids referenced with <Term id="…">. */
export const termIds = (body: string) => [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]);

/** A source as it appears in a resource's frontmatter, with the file that cites it. */
export interface CitedSource {
  file: string;
  title?: unknown;
  publisher?: unknown;
  year?: unknown;
  accessed?: unknown;
  url?: unknown;
}

/**
 * One name per source across the hub: every citation of the same link must give the same
 * title, publisher and year (or, for an undated page, the same day read), so a reader never meets
 * one work under two names.
 */
export function sourceNameClashes(cited: CitedSource[]): string[] {
  const byUrl = new Map<string, CitedSource[]>();
  for (const s of cited) if (typeof s.url === 'string') byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);
  return [...byUrl].flatMap(([url, list]) => {
    const names = new Map<string, string[]>();
    for (const s of list) {
      const date = s.year === undefined ? `accessed ${String(s.accessed)}` : String(s.year);
      const name = `"${String(s.title)}", ${String(s.publisher)} (${date})`;
      names.set(name, [...(names.get(name) ?? []), s.file]);
    }
    if (names.size < 2) return [];
    const variants = [...names].map(([name, files]) => `${name} in ${files.join(', ')}`);
    return [`${url} is cited under ${names.size} names: ${variants.join('; ')}`];
  });
}

/**
 * The one name the hub gives the body that made each kind of legislation on legislation.gov.uk, by
 * the type and year in its address: Acts of Parliament, UK statutory instruments (made by ministers),
 * Acts and Measures of the Assembly or Senedd, and Welsh statutory instruments, made by the Assembly
 * until the Welsh Ministers took its powers in May 2007 (either name for 2007 itself).
 */
export function legislationPublishers(url: string): string[] | undefined {
  const m = /legislation\.gov\.uk\/(?:cy\/)?([a-z]+)\/(\d{4})\//.exec(url);
  if (!m) return undefined;
  const [type, year] = [m[1], Number(m[2])];
  const ASSEMBLY = 'National Assembly for Wales';
  const byType: Record<string, string[]> = {
    ukpga: ['UK Parliament'],
    uksi: ['UK Government'],
    anaw: [ASSEMBLY],
    mwa: [ASSEMBLY],
    asc: ['Senedd Cymru'],
    wsi: year < 2007 ? [ASSEMBLY] : year > 2007 ? ['Welsh Government'] : [ASSEMBLY, 'Welsh Government'],
  };
  return byType[type];
}

/**
 * Legislation cited under another publisher than the body that made it ("The National Archives
 * (legislation.gov.uk)" is where it is read, not who made it), or of a kind this hub has no name for.
 */
export function legislationPublisherProblems(cited: CitedSource[]): string[] {
  return cited.flatMap((s) => {
    if (typeof s.url !== 'string' || !/legislation\.gov\.uk\//.test(s.url)) return [];
    const expected = legislationPublishers(s.url);
    if (!expected) return [`${s.file}: ${s.url} is legislation of a kind with no publisher name yet`];
    return expected.includes(String(s.publisher))
      ? []
      : [`${s.file}: "${String(s.title)}" is published by ${expected.join(' or ')}, not ${String(s.publisher)}`];
  });
}

/** "(Pause, 2021)", "(KCA, no date)" or "(UK Parliament, 2002, section 1)" in running text. */
const TEXT_CITATION = /\(([^()]*?), (\d{4}|no date)[^()]*\)/g;
/** A key fact's caption: source="Pause, 2021". */
const KEY_FACT_CITATION = /source="([^"]*?), (\d{4}|no date)"/g;

/**
 * Citations in a page's text that its source list does not back: each "(Name, year)" must match
 * a listed source published that year whose publisher contains the name's first word, and each
 * "(Name, no date)" an undated one. Catches a year left behind when a source's date changes.
 */
export function unbackedCitations(body: string, sources: CitedSource[]): string[] {
  const cites = [...body.matchAll(TEXT_CITATION), ...body.matchAll(KEY_FACT_CITATION)];
  return cites
    .filter(([, name, when]) => {
      const first = name.trim().split(/[ ,]/)[0];
      return !sources.some(
        (s) =>
          String(s.publisher).includes(first) &&
          (when === 'no date' ? s.year === undefined && s.accessed !== undefined : String(s.year) === when),
      );
    })
    .map(([citation]) => `${citation} matches no listed source by that publisher and date`);
}
