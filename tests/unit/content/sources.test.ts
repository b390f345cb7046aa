/**
 * Sources a practitioner can follow: every citation has a year and an https link to the original
 * (not a re-hosted copy), and each work carries one name across the hub.
 */
import { describe, expect, it } from 'vitest';
import { sourceNameClashes, type CitedSource } from '../../../src/hub/contentRules';
import { isRehosted, REHOSTING_HOSTS, sourceSchema } from '../../../src/hub/resourceSchema';
import { loadResources } from '../../../scripts/contentFiles';

const cited: CitedSource[] = loadResources().flatMap((r) =>
  ((r.data.sources as Record<string, unknown>[] | undefined) ?? []).map((s) => ({ file: r.file, ...s })),
);

describe('every source in the hub', () => {
  it('is cited somewhere (the check below has something to check)', () => expect(cited.length).toBeGreaterThan(50));
  it.each(cited.map((s, i) => [`${s.file} #${i}`, s] as const))(
    '%s has a year and an https link to the original',
    (_n, s) => {
      const { file, ...source } = s;
      const r = sourceSchema.safeParse(source);
      expect(r.success ? [] : r.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    },
  );
  it('has one name wherever it is cited', () => expect(sourceNameClashes(cited)).toEqual([]));
});

describe('the source rules fail on bad samples', () => {
  const source = { title: 'A report', publisher: 'A charity', year: 2022, url: 'https://example.org/report' };
  const fields = (s: unknown) => {
    const r = sourceSchema.safeParse(s);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it('accepts a complete source', () => expect(fields(source)).toEqual([]));
  it('a source without a link', () => expect(fields({ ...source, url: undefined })).toEqual(['url']));
  it('a source without a year', () => expect(fields({ ...source, year: undefined })).toEqual(['year']));
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
  it('different links may share a publisher', () =>
    expect(
      sourceNameClashes([
        { file: 'a.mdx', ...source },
        { file: 'b.mdx', ...source, url: 'https://example.org/other' },
      ]),
    ).toEqual([]));
});
