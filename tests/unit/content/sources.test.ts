/**
 * Sources a practitioner can follow: every citation has a year (or, for a web page that shows no
 * date, the day it was read) and an https link to the original (not a re-hosted copy), each work
 * carries one name across the hub, and a page's source list words both kinds.
 */
import { describe, expect, it } from 'vitest';
import { citationText, shortCitation } from '../../../src/hub/citation';
import {
  legislationPublisherProblems,
  sourceNameClashes,
  unbackedCitations,
  type CitedSource,
} from '../../../src/hub/contentRules';
import {
  isCalendarDay,
  isRehosted,
  latestToday,
  REHOSTING_HOSTS,
  sourceSchema,
  type Source,
} from '../../../src/hub/resourceSchema';
import { translator } from '../../../src/i18n/translator';
import { loadResources } from '../../../scripts/contentFiles';

const resources = loadResources();
const sourcesOf = (r: (typeof resources)[number]): CitedSource[] =>
  ((r.data.sources as Record<string, unknown>[] | undefined) ?? []).map((s) => ({ file: r.file, ...s }));
const cited: CitedSource[] = resources.flatMap(sourcesOf);

describe('every source in the hub', () => {
  it('is cited somewhere (the check below has something to check)', () => expect(cited.length).toBeGreaterThan(50));
  it.each(cited.map((s, i) => [`${s.file} #${i}`, s] as const))(
    '%s has a year or the day an undated page was read, and an https link to the original',
    (_n, s) => {
      const { file, ...source } = s;
      const r = sourceSchema.safeParse(source);
      expect(r.success ? [] : r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    },
  );
  it('has one name wherever it is cited', () => expect(sourceNameClashes(cited)).toEqual([]));
  it('names the body that made it, when it is legislation', () => {
    expect(cited.filter((s) => String(s.url).includes('legislation.gov.uk/')).length).toBeGreaterThan(20);
    expect(legislationPublisherProblems(cited)).toEqual([]);
  });
});

describe('the source rules fail on bad samples', () => {
  const source = { title: 'A report', publisher: 'A charity', year: 2022, url: 'https://example.org/report' };
  const fields = (s: unknown) => {
    const r = sourceSchema.safeParse(s);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  const page = { title: 'A web page', publisher: 'A charity', accessed: '2026-12-02', url: 'https://example.org/page' };
  /** A day `days` after today (UTC), YYYY-MM-DD. */
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('accepts a complete source', () => expect(fields(source)).toEqual([]));
  it('accepts an undated page with the day it was read', () => expect(fields(page)).toEqual([]));
  it('accepts a page read today', () => expect(fields({ ...page, accessed: daysFromNow(0) })).toEqual([]));
  it('reads an unquoted YAML date (a Date in Astro) as the same day', () => {
    const r = sourceSchema.safeParse({ ...page, accessed: new Date('2026-12-01T00:00:00Z') });
    expect(r.success && r.data.accessed).toBe('2026-12-01');
  });
  it('a source without a link', () => expect(fields({ ...source, url: undefined })).toEqual(['url']));
  it('a source with neither a year nor the day it was read', () =>
    expect(fields({ ...source, year: undefined })).toEqual(['year']));
  it('a source with both a year and the day it was read', () =>
    expect(fields({ ...source, accessed: '2026-12-02' })).toEqual(['accessed']));
  it.each([['2 December 2026'], ['2026-12-2'], ['2026-02-30'], ['2026-13-01'], ['n.d.'], [''], [20261202]])(
    'an undated page read on %j, which is not a date',
    (accessed) => expect(fields({ ...page, accessed })).toEqual(['accessed']),
  );
  it('an undated page read in the future', () =>
    expect(fields({ ...page, accessed: daysFromNow(3) })).toEqual(['accessed']));
  it('a source with neither, and no link, names both fields', () =>
    expect(fields({ title: 'A report', publisher: 'A charity' }).sort()).toEqual(['url', 'year']));
  it('a link that is not https', () =>
    expect(fields({ ...source, url: 'http://example.org/report' })).toEqual(['url']));
  it.each(REHOSTING_HOSTS.map((h) => [h]))('a link to a copy re-hosted on %s', (host) => {
    expect(isRehosted(`https://www.${host}/a/report`)).toBe(true);
    expect(fields({ ...source, url: `https://${host}/a/report` })).toEqual(['url']);
  });
  it('a publisher whose name merely contains a re-hosting host is not re-hosted', () =>
    expect(isRehosted('https://notscribd.com.example.org/report')).toBe(false));
  it('the same link under two titles', () => {
    const clashes = sourceNameClashes([
      { file: 'a.mdx', ...source },
      { file: 'b.mdx', ...source, title: 'A report (summary)' },
      { file: 'c.mdx', ...source },
    ]);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toContain('a.mdx, c.mdx');
    expect(clashes[0]).toContain('b.mdx');
  });
  it('the same link under two publishers', () =>
    expect(
      sourceNameClashes([
        { file: 'a.mdx', ...source },
        { file: 'b.mdx', ...source, publisher: 'Someone else' },
      ]),
    ).toHaveLength(1));
  it('the same undated page read on two days', () =>
    expect(
      sourceNameClashes([
        { file: 'a.mdx', ...page },
        { file: 'b.mdx', ...page, accessed: '2026-11-30' },
      ]),
    ).toHaveLength(1));
  it('different links may share a publisher', () =>
    expect(
      sourceNameClashes([
        { file: 'a.mdx', ...source },
        { file: 'b.mdx', ...source, url: 'https://example.org/other' },
      ]),
    ).toEqual([]));
});

describe('legislation publishers fail on bad samples', () => {
  const act = { file: 'a.mdx', title: 'An Act', year: 2002 };
  const problems = (url: string, publisher: string) => legislationPublisherProblems([{ ...act, url, publisher }]);

  it.each([
    ['https://www.legislation.gov.uk/ukpga/2002/38/section/1', 'UK Parliament'],
    ['https://legislation.gov.uk/uksi/2005/691/part/2', 'UK Government'],
    ['https://www.legislation.gov.uk/anaw/2014/4', 'National Assembly for Wales'],
    ['https://www.legislation.gov.uk/wsi/2005/1313', 'National Assembly for Wales'],
    ['https://www.legislation.gov.uk/wsi/2019/286/made', 'Welsh Government'],
    ['https://www.legislation.gov.uk/cy/ukpga/2002/38/section/26', 'UK Parliament'],
  ])('accepts %s by %s', (url, publisher) => expect(problems(url, publisher)).toEqual([]));
  it.each([
    [
      'the site that hosts it',
      'https://www.legislation.gov.uk/wsi/2019/286/made',
      'The National Archives (legislation.gov.uk)',
    ],
    ['a UK SI by Parliament', 'https://legislation.gov.uk/uksi/2005/888', 'UK Parliament'],
    [
      'a 2019 Welsh SI by the Assembly',
      'https://www.legislation.gov.uk/wsi/2019/762/made',
      'National Assembly for Wales',
    ],
    ['a 2005 Welsh SI by the Welsh Government', 'https://www.legislation.gov.uk/wsi/2005/2689', 'Welsh Government'],
    ['a kind with no name yet', 'https://www.legislation.gov.uk/nisi/1987/2203', 'UK Government'],
  ])('flags %s', (_what, url, publisher) => expect(problems(url, publisher)).toHaveLength(1));
  it('ignores what is not legislation', () =>
    expect(problems('https://caselaw.nationalarchives.gov.uk/ewca/civ/2019/29', 'Court of Appeal')).toEqual([]));
});

describe('citations in the text', () => {
  it.each(resources.map((r) => [r.file, r] as const))('%s cites only sources it lists, with their dates', (_f, r) =>
    expect(unbackedCitations(r.body, sourcesOf(r))).toEqual([]),
  );

  const listed: CitedSource[] = [
    { file: 'a.mdx', title: 'Hub', publisher: 'Research in Practice', accessed: '2026-12-02', url: 'https://e.org/h' },
    { file: 'a.mdx', title: 'News', publisher: 'Research in Practice', year: 2024, url: 'https://e.org/n' },
    { file: 'a.mdx', title: 'Act', publisher: 'UK Parliament', year: 2002, url: 'https://e.org/a' },
  ];
  it('accepts citations that match a listed source', () =>
    expect(
      unbackedCitations(
        'As found (Research in Practice, 2024) and (Research in Practice, no date), by law (UK Parliament, 2002, section 1). <KeyFact source="Research in Practice, 2024">x</KeyFact>',
        listed,
      ),
    ).toEqual([]));
  it('ignores brackets that are not citations', () =>
    expect(unbackedCitations('Young people (aged 14 to 21) and (see step 2, below).', listed)).toEqual([]));
  it.each([
    ['a year no listed source has', 'It lapsed (Research in Practice, 2019).'],
    ['"no date" where every source by that publisher is dated', 'As the Act says (UK Parliament, no date).'],
    ['a publisher the page does not list', 'It helped (Pause, 2021).'],
    ['a key fact whose caption gives the wrong year', '<KeyFact figure="84%" source="UK Parliament, 2005">x</KeyFact>'],
  ])('flags %s', (_what, body) => expect(unbackedCitations(body, listed)).toHaveLength(1));
});

describe('dates', () => {
  it('a calendar day exists and is written YYYY-MM-DD', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-12-2')).toBe(false);
  });
  it('today is the latest date anywhere on Earth (UTC+14)', () => {
    expect(latestToday(new Date('2026-12-02T09:59:59Z'))).toBe('2026-12-02');
    expect(latestToday(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-03');
  });
});

describe('a source at the foot of a page', () => {
  const en = translator('en');
  const dated: Source = { title: 'A report', publisher: 'A charity', year: 2019, url: 'https://example.org/r' };
  const undated: Source = { title: 'A page', publisher: 'KCA', accessed: '2026-12-02', url: 'https://example.org/p' };

  it('gives a dated source its year, written as a year', () =>
    expect(citationText(en, dated)).toBe('A charity (2019). {title}.'));
  it('says an undated page has no date and gives the day it was read, in words', () =>
    expect(citationText(en, undated)).toBe('KCA (no date, accessed 2 December 2026). {title}.'));
  it('names either in a few words where a point on screen cites it', () => {
    expect(shortCitation(en, { ...dated, year: 2022 })).toBe('A charity, 2022');
    expect(shortCitation(en, undated)).toBe('KCA, no date');
  });
});
