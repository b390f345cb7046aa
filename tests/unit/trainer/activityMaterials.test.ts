/**
 * The printable activity materials (issue 17): every sheet belongs to sessions that exist; the cards
 * whose words are text have them in src/content/materials/, filling exactly the pages the sheet
 * promises; each has its Welsh twin card for card, saying which English it translates and claiming no
 * review that has not happened; and the letter prompt cards print one page per writer of the guides.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_SHEETS, sheetsForSession } from '../../../src/trainer/activitySheets';
import { materialSchema, materialTranslationSchema } from '../../../src/hub/resourceSchema';
import { LETTER_GUIDES, WRITER_ROLES } from '../../../src/planner/letters/letterGuide';

const ENGLISH = 'src/content/materials';
const WELSH = 'src/content/cy/materials';
const read = (folder: string, id: string): unknown => parse(readFileSync(join(folder, `${id}.yaml`), 'utf8'));
const day = (d: Date) => d.toISOString().slice(0, 10);
const cardSheets = ACTIVITY_SHEETS.filter((s) => s.cards);

describe('activity materials', () => {
  it('are used by sessions that exist, and each session lists the ones it uses', () => {
    for (const sheet of ACTIVITY_SHEETS) {
      expect(sheet.sessions.length, sheet.id).toBeGreaterThan(0);
      for (const session of sheet.sessions) {
        expect(existsSync(`src/content/sessions/${session}.mdx`), `${sheet.id}: ${session}`).toBe(true);
        expect(sheetsForSession(session)).toContain(sheet);
      }
    }
  });

  it('have words for exactly the sheets made of text cards, and no others', () => {
    const files = readdirSync(ENGLISH).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(cardSheets.map((s) => s.id).sort());
    expect(readdirSync(WELSH).sort()).toEqual(readdirSync(ENGLISH).sort());
  });

  it.each(cardSheets.map((s) => [s.id, s] as const))('%s fills the pages it promises', (_, sheet) => {
    const { cards } = materialSchema.parse(read(ENGLISH, sheet.id));
    expect(cards.length).toBe(sheet.cards!.perPage * sheet.pages);
  });

  it.each(cardSheets.map((s) => [s.id] as const))('%s has its Welsh twin, card for card', (id) => {
    const english = materialSchema.parse(read(ENGLISH, id));
    const welsh = materialTranslationSchema.parse(read(WELSH, id));
    expect(welsh.cards.map((c) => [c.label !== undefined, c.lines.length])).toEqual(
      english.cards.map((c) => [c.label !== undefined, c.lines.length]),
    );
    expect(day(welsh.translation.fromEnglishUpdated)).toBe(day(english.updated));
    // Machine-made until a named, qualified translator has reviewed it.
    expect(welsh.translation.by).toBe('machine');
    expect(welsh.translation.reviewedBy).toBeNull();
  });

  it('rejects a material with no cards, or a card with no title', () => {
    expect(materialSchema.safeParse({ updated: '2026-12-03', cards: [] }).success).toBe(false);
    expect(materialSchema.safeParse({ updated: '2026-12-03', cards: [{ lines: ['A line'] }] }).success).toBe(false);
  });

  it('prints the letter prompt cards one page per writer the guides address', () => {
    const sheet = ACTIVITY_SHEETS.find((s) => s.id === 'letter-prompt-cards')!;
    expect(sheet.pages).toBe(WRITER_ROLES.length);
    // Each page's cards: the guide's "what to say" prompts and one idea per age band, eight to a page.
    for (const role of WRITER_ROLES)
      expect(LETTER_GUIDES[role].say.length + Object.keys(LETTER_GUIDES[role].ideas).length).toBe(8);
  });
});
