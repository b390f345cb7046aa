/** A plan's PDF language: its own choice, else the page's; bilingual is Welsh first. */
import { describe, expect, it } from 'vitest';
import { documentLanguages } from '../../../src/planner/schema/documentLanguages';
import { inEarliestFormat } from '../../../src/planner/schema/migrations';

describe("the plan's document languages", () => {
  it("follow the plan's choice, else the page's language", () => {
    expect(documentLanguages({ documentLanguage: 'bilingual' }, 'en')).toEqual(['cy', 'en']);
    expect(documentLanguages({ documentLanguage: 'cy' }, 'en')).toEqual(['cy']);
    expect(documentLanguages({ documentLanguage: 'en' }, 'cy')).toEqual(['en']);
    expect(documentLanguages({}, 'cy')).toEqual(['cy']);
    expect(documentLanguages({}, 'en')).toEqual(['en']);
  });

  it('are something only format 2 can say, so a format 1 plan keeps its fingerprint form', () => {
    const plan = { schemaVersion: 2, people: [], arrangements: [], support: [], signOff: [], review: { tasks: [] } };
    expect(inEarliestFormat(plan).schemaVersion).toBe(1);
    expect(inEarliestFormat({ ...plan, documentLanguage: 'cy' }).schemaVersion).toBe(2);
  });
});
