/**
 * The Welsh training handouts (issue 13): each one translates a session's handout point for point, says
 * which English version it translates, and claims no review that has not happened. A trainer printing
 * the Welsh sheet must get the same points and questions as the English one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { handoutTranslationSchema } from '../../../src/hub/resourceSchema';
import { loadResources } from '../../../scripts/contentFiles';

const WELSH_HANDOUTS = 'src/content/cy/handouts';

interface EnglishSession {
  updated: unknown;
  handout: { points: unknown[]; questions?: unknown[] };
}

const day = (value: unknown) =>
  new Date(String(value instanceof Date ? value.toISOString() : value)).toISOString().slice(0, 10);

/** What is wrong with a Welsh handout against its English session, or nothing. */
function handoutProblems(welsh: unknown, session: EnglishSession | undefined): string[] {
  if (!session) return ['no English session has this id'];
  const parsed = handoutTranslationSchema.safeParse(welsh);
  if (!parsed.success) return [`does not match the handout schema: ${parsed.error.message}`];
  const { points, questions, translation } = parsed.data;
  const problems: string[] = [];
  if (points.length !== session.handout.points.length)
    problems.push(`${points.length} points, English has ${session.handout.points.length}`);
  const englishQuestions = session.handout.questions?.length ?? 0;
  if (questions.length !== englishQuestions)
    problems.push(`${questions.length} questions, English has ${englishQuestions}`);
  if (day(translation.fromEnglishUpdated) !== day(session.updated))
    problems.push(
      `translates the English of ${day(translation.fromEnglishUpdated)}, session updated ${day(session.updated)}`,
    );
  // A review is a named qualified translator; a machine translation nobody has named stays unreviewed.
  if (translation.reviewedBy !== null && translation.reviewedBy.trim().split(/\s+/).length < 2)
    problems.push(`reviewedBy "${translation.reviewedBy}" does not name a person`);
  return problems;
}

const sessions = new Map(
  loadResources()
    .filter((r) => r.type === 'session')
    .map((r) => [r.id, r.data as unknown as EnglishSession]),
);
const files = readdirSync(WELSH_HANDOUTS).filter((f) => f.endsWith('.yaml'));

describe('Welsh handouts', () => {
  it('every session has its handout in Welsh', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual([...sessions.keys()].sort());
  });

  it.each(files)('%s matches its English session', (file) => {
    const welsh: unknown = parse(readFileSync(join(WELSH_HANDOUTS, file), 'utf8'));
    expect(handoutProblems(welsh, sessions.get(file.replace(/\.yaml$/, '')))).toEqual([]);
  });

  describe('the check fails on a bad handout', () => {
    const session: EnglishSession = { updated: '2026-12-02', handout: { points: ['a', 'b', 'c'], questions: ['q'] } };
    const good = {
      title: 'Teitl y daflen',
      intro: 'Cyflwyniad byr i’r daflen.',
      points: ['Pwynt un', 'Pwynt dau', 'Pwynt tri'],
      questions: ['Cwestiwn un?'],
      translation: { by: 'machine', reviewedBy: null, fromEnglishUpdated: '2026-12-02' },
    };

    it('passes a matching handout', () => {
      expect(handoutProblems(good, session)).toEqual([]);
    });
    it.each([
      ['no session', good, undefined, /no English session/],
      ['a point missing', { ...good, points: good.points.slice(0, 2) }, session, /does not match|2 points/],
      ['an extra point', { ...good, points: [...good.points, 'Pwynt pedwar'] }, session, /4 points/],
      ['a question missing', { ...good, questions: [] }, session, /0 questions/],
      [
        'an older English version',
        { ...good, translation: { ...good.translation, fromEnglishUpdated: '2026-11-01' } },
        session,
        /translates the English of 2026-11-01/,
      ],
      [
        'a review by nobody in particular',
        { ...good, translation: { ...good.translation, reviewedBy: 'reviewed' } },
        session,
        /does not name a person/,
      ],
    ] as const)('fails with %s', (_, welsh, englishSession, message) => {
      expect(handoutProblems(welsh, englishSession).join('\n')).toMatch(message);
    });
  });
});
