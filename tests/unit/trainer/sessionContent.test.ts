/**
 * Every session gives session mode what it needs: notes for each activity in its plan, and for each
 * short input the points the room sees, each citing one of the session's own sources.
 */
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../scripts/contentFiles';
import { sessionNotes } from '../../../src/trainer/sessionNotes';

interface Session {
  sources: { title: string }[];
  activities: { title: string; summary: string; points?: { text: string; source: string }[] }[];
}

const sessions = loadResources()
  .filter((r) => r.type === 'session')
  .map((r) => ({ id: r.id, body: r.body, data: r.data as unknown as Session }));

describe('sessions in session mode', () => {
  it('are all checked', () => {
    expect(sessions.length).toBeGreaterThanOrEqual(6);
  });

  it.each(sessions.map((s) => [s.id, s] as const))('%s has presenter notes for every activity', (_, s) => {
    const notes = sessionNotes(
      s.body,
      s.data.activities.map((a) => a.title),
    );
    expect(notes.start.length).toBeGreaterThan(0);
    const without = s.data.activities.filter((_a, i) => notes.activities[i].length === 0).map((a) => a.title);
    expect(without).toEqual([]);
  });

  it.each(sessions.map((s) => [s.id, s] as const))('%s puts each input’s points on screen, cited', (_, s) => {
    const titles = new Set(s.data.sources.map((source) => source.title));
    const inputs = s.data.activities.filter((a) => /\bshort (input|walk through)\b/i.test(a.summary));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((a) => (a.points ?? []).length === 0).map((a) => a.title)).toEqual([]);
    const uncited = s.data.activities
      .flatMap((a) => a.points ?? [])
      .filter((p) => !titles.has(p.source))
      .map((p) => p.source);
    expect(uncited).toEqual([]);
  });
});
