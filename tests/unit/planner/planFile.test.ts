import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { MAX_DEPTH, jsonDepth, parsePlanFile } from '../../../src/planner/schema/planFile';
import { MAX_FILE_BYTES, planFileName, serialisePlan } from '../../../src/planner/schema/planFileText';
import { messageText } from '../../../src/i18n/keyedMessage';
import { fixturePlan, fixtureText } from './fixtures';

const { t } = translator('en');

/** The refusal, in English words. */
const refused = (text: string) => {
  const r = parsePlanFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return {
    message: messageText(t, r.message),
    issues: r.issues.map((i) => ({ path: i.path, message: messageText(t, i.message) })),
  };
};

describe('reading plan files', () => {
  it('reads a valid plan and round-trips it exactly', () => {
    const r = parsePlanFile(fixtureText('complete.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toEqual(fixturePlan('complete.json'));
    expect(parsePlanFile(serialisePlan(r.plan))).toEqual({ ok: true, plan: r.plan });
  });

  it('accepts a byte order mark', () => {
    expect(parsePlanFile(`\uFEFF${fixtureText('minimal-draft.json')}`).ok).toBe(true);
  });

  it('refuses an empty file', () => {
    expect(refused('  \n').message).toBe('The file is empty.');
  });

  it('refuses malformed JSON, including JSON with comments or trailing commas', () => {
    for (const text of [
      '{"schemaVersion": 1,}',
      '{ // comment\n}',
      "{'a': 1}",
      'plan',
      fixtureText('invalid-not-json.json'),
    ]) {
      expect(refused(text).message).toMatch(/not written in JSON/);
    }
  });

  it('refuses a PDF and binary files with a message saying what they are', () => {
    expect(refused('%PDF-1.7\n...').message).toMatch(/This is a PDF/);
    expect(refused('\u0089PNG\r\n\u001a\n\u0000\u0000').message).toMatch(/it is not text/);
  });

  it('refuses a file that is too large before parsing it', () => {
    const huge = `{"schemaVersion":1,"title":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    // Refused without parsing: no JSON.parse of it at all (a timing here would fail on a busy machine).
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(refused(huge).message).toBe('The file is too large. A plan file can be up to 5 MB.');
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts bytes, not characters, for the size cap', () => {
    const emoji = '😀'.repeat(Math.ceil(MAX_FILE_BYTES / 4) + 10); // under the cap in characters, over it in bytes
    expect(emoji.length).toBeLessThan(MAX_FILE_BYTES);
    expect(refused(`"${emoji}"`).message).toMatch(/too large/);
  });

  it('refuses huge strings inside an otherwise valid plan, naming the field', () => {
    const plan = fixturePlan('complete.json');
    plan.purposes.summary = 'word '.repeat(2000);
    const r = refused(JSON.stringify(plan));
    expect(r.issues).toEqual([{ path: 'purposes.summary', message: 'The summary must be 5,000 characters or fewer' }]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refused(deep).message).toBe('The file is nested too deeply to be a plan file.');
    expect(jsonDepth(fixtureText('large-20-people.json'))).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]]"}')).toBe(1);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere', (key) => {
    const text = `{"schemaVersion":1,"people":[{"${key}":{"isAdmin":true}}]}`;
    expect(refused(text).message).toBe(
      `The file contains a field called "${key}", which plan files never use, so it was not opened.`,
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a plan from a newer builder, saying so plainly', () => {
    expect(refused(fixtureText('invalid-future-version.json')).message).toMatch(
      /newer version of the plan builder \(format version 3\)/,
    );
  });

  it('refuses a file with no schemaVersion or a strange one', () => {
    expect(refused('{"id":"x"}').message).toMatch(/no "schemaVersion"/);
    expect(refused('{"schemaVersion":"one"}').message).toMatch(/not one this builder knows/);
    expect(refused('[1,2]').message).toMatch(/JSON object/);
  });

  it('names every wrong type with its path', () => {
    const r = refused(fixtureText('invalid-wrong-types.json'));
    expect(r.message).toBe('The file is not a valid plan: 4 problems found.');
    expect(r.issues).toEqual([
      { path: 'version', message: 'Must be a number' },
      { path: 'practice', message: 'Must be true or false' },
      { path: 'child.name', message: 'Must be text' },
      { path: 'people', message: 'Must be a list' },
    ]);
  });

  it('names unknown fields', () => {
    expect(refused(fixtureText('invalid-unknown-key.json')).issues).toEqual([
      { path: 'people.0', message: 'Has a field that plan files do not use: address' },
      { path: '', message: 'Has a field that plan files do not use: favouriteColour' },
    ]);
  });

  it('returns catalogue keys with their parameters, for the caller to put into words', () => {
    const r = parsePlanFile(fixtureText('invalid-unknown-key.json'));
    expect(r).toMatchObject({
      ok: false,
      message: { key: 'planner.planFile.invalid', params: { count: 2 } },
      issues: [
        { path: 'people.0', message: { key: 'planner.planFile.issue.unknownKeys', params: { count: 1 } } },
        { path: '', message: { key: 'planner.planFile.issue.unknownKeys', params: { keys: 'favouriteColour' } } },
      ],
    });
  });

  it('words a message whose parameter is itself a message', () => {
    expect(messageText(t, { key: 'planner.practice.banner', params: { marker: { key: 'plan.practiceMarker' } } })).toBe(
      'Practice plan: fictional people and events. Do not add real details.',
    );
  });

  it('names missing fields', () => {
    const plan = fixturePlan('minimal-draft.json') as unknown as Record<string, unknown>;
    delete plan.review;
    expect(refused(JSON.stringify(plan)).issues).toEqual([
      { path: 'review', message: 'Missing: this field is required' },
    ]);
  });
});

describe('plan file names', () => {
  it('carry no names, only a short id and the version', () => {
    const plan = fixturePlan('complete.json');
    expect(planFileName(plan)).toBe('practice-staying-in-touch-plan-fixturec-v1.json');
    expect(planFileName({ ...plan, id: '3f1c2a9e-1111-4222-8333-444455556666', practice: false, version: 3 })).toBe(
      'staying-in-touch-plan-3f1c2a9e-v3.json',
    );
  });
});
