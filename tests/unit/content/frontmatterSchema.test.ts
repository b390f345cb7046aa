/**
 * Frontmatter: every file validates against the schema for its type, and bad frontmatter
 * fails with a message that names the field (and, in a real build, the file).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  briefingSchema,
  exampleSchema,
  guideSchema,
  sessionSchema,
  voiceSchema,
} from '../../../src/hub/resourceSchema';
import { loadResources } from '../../../scripts/contentFiles';

const SCHEMAS = {
  briefing: briefingSchema,
  guide: guideSchema,
  voice: voiceSchema,
  example: exampleSchema,
  session: sessionSchema,
};

describe('frontmatter of every resource', () => {
  it.each(loadResources().map((r) => [r.file, r] as const))('%s is valid', (_f, r) => {
    const result = SCHEMAS[r.type].safeParse(r.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

const good = {
  title: 'A good title',
  summary: 'A summary that is long enough to pass.',
  section: 'planning',
  audiences: ['social-workers'],
  topics: ['planning'],
  updated: '2026-11-23',
  sources: [{ title: 'A source', publisher: 'A publisher', year: 2024, url: 'https://example.org/report' }],
};

describe('bad frontmatter is refused, naming the field', () => {
  const fieldOf = (data: unknown, schema: z.ZodType = briefingSchema) => {
    const r = schema.safeParse(data);
    return r.success ? null : r.error.issues.map((i) => i.path.join('.'));
  };
  it('accepts the good sample', () => expect(fieldOf(good)).toBeNull());
  it('a summary over 200 characters', () =>
    expect(fieldOf({ ...good, summary: 'x'.repeat(201) })).toEqual(['summary']));
  it('an unknown section', () => expect(fieldOf({ ...good, section: 'elsewhere' })).toEqual(['section']));
  it('an unknown audience', () => expect(fieldOf({ ...good, audiences: ['judges'] })).toEqual(['audiences.0']));
  it.each([
    ['briefing', briefingSchema],
    ['guide', guideSchema],
    ['voice', voiceSchema],
    ['example', exampleSchema],
    ['session', sessionSchema],
  ] as const)('a %s without sources', (_type, schema) => {
    expect(fieldOf({ ...good, sources: [] }, schema)).toContain('sources');
    expect(fieldOf({ ...good, sources: undefined }, schema)).toContain('sources');
  });
  it('a source with a bad url', () =>
    expect(fieldOf({ ...good, sources: [{ ...good.sources[0], url: 'not a url' }] })).toEqual(['sources.0.url']));
  it('a source without a year or a link', () =>
    expect(fieldOf({ ...good, sources: [{ title: 'A source', publisher: 'A publisher' }] })?.sort()).toEqual([
      'sources.0.url',
      'sources.0.year',
    ]));
  it('a source linked over http', () =>
    expect(fieldOf({ ...good, sources: [{ ...good.sources[0], url: 'http://example.org/report' }] })).toEqual([
      'sources.0.url',
    ]));
  it('a source linked to a re-hosted copy', () =>
    expect(
      fieldOf({ ...good, sources: [{ ...good.sources[0], url: 'https://www.scribd.com/document/1/a-report' }] }),
    ).toEqual(['sources.0.url']));
  it('a voice not marked fictional', () =>
    expect(
      fieldOf({ ...good, speaker: 'A voice', contentNote: 'Talks about loss.', fictional: false }, voiceSchema),
    ).toEqual(['fictional']));
  it('a worked example without fictional', () => expect(fieldOf(good, exampleSchema)).toEqual(['fictional']));
  it('a session without activities or a handout', () =>
    expect(fieldOf({ ...good, aims: ['Do a thing well'] }, sessionSchema)).toEqual(['activities', 'handout']));
  it('a guide naming a planner section that does not exist', () =>
    expect(fieldOf({ ...good, plannerSection: 'nowhere' }, guideSchema)).toEqual(['plannerSection']));
});

describe('the build', () => {
  it('fails on bad frontmatter with a message naming the file and the field', () => {
    // A throwaway project: this repo's config and schemas, plus one broken briefing.
    const dir = mkdtempSync(join(tmpdir(), 'sit-badfm-'));
    try {
      for (const p of [
        'astro.config.mjs',
        'scripts/modulePreloads.mjs',
        'scripts/welshNotFound.mjs',
        'tsconfig.json',
        'package.json',
        'src/content.config.ts',
        'src/hub',
        'src/planner/schema',
        'src/i18n',
      ]) {
        cpSync(p, join(dir, p), { recursive: true });
      }
      symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
      for (const f of ['briefings', 'guides', 'voices', 'examples', 'sessions'])
        mkdirSync(join(dir, 'src/content', f), { recursive: true });
      writeFileSync(
        join(dir, 'src/content/glossary.yaml'),
        '- id: a\n  term: A term\n  definition: A definition that is long enough.\n',
      );
      writeFileSync(
        join(dir, 'src/content/briefings/broken.mdx'),
        `---\ntitle: Broken\nsummary: ${'x'.repeat(250)}\nsection: planning\naudiences: [social-workers]\ntopics: [planning]\nupdated: 2026-01-01\nsources: [{title: A source, publisher: Someone, year: 2024, url: 'https://example.org/report'}]\n---\nText.\n`,
      );
      // Astro's own command in this Node: `npx astro` would start npm's Node first.
      const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'sync'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
      const out = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(out).toContain('broken');
      expect(out).toContain('summary');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
