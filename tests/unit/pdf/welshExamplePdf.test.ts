/**
 * The Welsh-speaking worked example's Welsh copy (issue 13; src/planner/examples/cy/): the family asked
 * for the plan in Welsh, so the copy the Welsh builder opens has the same people and facts as the
 * English (every id, choice, date and name exact), its free text in Welsh, and documents in Welsh. Its
 * PDF reads back with every name exact and no word aspell-cy does not know outside the one allow-list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdfWithDetails } from '../../../src/planner/pdf/renderPlanPdf';
import { documentLanguages } from '../../../src/planner/schema/documentLanguages';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { WELSH_ALLOWED_WORDS } from '../i18n/welshAllowedWords';
import { hasWelshAspell, unknownWelshWords } from '../i18n/welshCatalogueChecks';
import { NOW, loadPlan, pdfText, squash, testFonts } from './pdfTestKit';

const ENGLISH = 'src/planner/examples/welsh-speaking-family.json';
const WELSH = 'src/planner/examples/cy/welsh-speaking-family.json';

/** Answers written in words, which the copy translates; every other value must be the English one. */
const FREE_TEXT = new Set([
  'title',
  'age',
  'heritage',
  'religion',
  'languages',
  'needs',
  'communication',
  'siblings',
  'ifMeetingUnsafe',
  'summary',
  'whyImportant',
  'description',
  'howManaged',
  'notes',
  'route',
  'signOffAs',
  'provider',
  'wishes',
  'ownWords',
  'when',
  'changes',
  'triggerOther',
  'response',
  'earlyTriggersOther',
  'task',
  'owner',
  'convenor',
  'howObserved',
]);
/** What the family asked for; the English file leaves it to the page the plan is exported from. */
const ADDED = new Set(['documentLanguage']);

/** Where the copy differs from the English other than in free text: paths, empty when the facts match. */
function factDifferences(english: unknown, welsh: unknown, path = ''): string[] {
  if (Array.isArray(english) && Array.isArray(welsh)) {
    if (english.length !== welsh.length) return [`${path}: ${welsh.length} items, not ${english.length}`];
    // Items of a list are facts (ids, choices, names), even under a free-text key ("when" of support).
    return english.flatMap((item, i) => factDifferences(item, welsh[i], `${path}[${i}]`));
  }
  if (english && welsh && typeof english === 'object' && typeof welsh === 'object') {
    const e = english as Record<string, unknown>;
    const w = welsh as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(w)])].filter((k) => !ADDED.has(k));
    return keys.flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (!(key in e) || !(key in w)) return [`${at}: only in one`];
      if (FREE_TEXT.has(key) && typeof e[key] === 'string' && typeof w[key] === 'string')
        return e[key] === '' && w[key] !== '' ? [`${at}: empty in English`] : [];
      return factDifferences(e[key], w[key], at);
    });
  }
  return english === welsh ? [] : [`${path}: ${JSON.stringify(welsh)}, not ${JSON.stringify(english)}`];
}

/** Every free-text answer of a plan, for spelling. */
function freeText(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? [] : freeText(v)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => freeText(v, k));
  return typeof value === 'string' && FREE_TEXT.has(key) ? [value] : [];
}

let english: Plan;
let welsh: Plan;
let pdf: string;

beforeAll(async () => {
  english = loadPlan(ENGLISH);
  welsh = loadPlan(WELSH);
  const fonts = await testFonts();
  const { bytes } = await renderPlanPdfWithDetails(welsh, {
    fonts,
    nameStyle: 'full',
    languages: documentLanguages(welsh, 'en'),
    now: NOW,
  });
  pdf = squash(pdfText(bytes));
}, 60_000);

describe('the Welsh copy of the Welsh-speaking family’s plan', () => {
  it('has the English plan’s people and facts, names exact, and only its words translated', () => {
    expect(factDifferences(english, welsh)).toEqual([]);
    expect(welsh.people.map((p) => p.name)).toEqual(english.people.map((p) => p.name));
  });

  it('translates every answer written in words (names and the child’s own Welsh aside)', () => {
    const same = freeText(welsh).filter((text) => text !== '' && freeText(english).includes(text));
    expect(same.sort()).toEqual(['Nain']);
  });

  it('finds a changed fact, so the check can fail', () => {
    const moved = structuredClone(welsh);
    moved.people[0].name = 'Eirlys';
    moved.arrangements[0].frequency = { count: 3, per: 'year' };
    expect(factDifferences(english, moved)).toEqual([
      'people[0].name: "Eirlys", not "Eirlys (Nain)"',
      'arrangements[0].frequency.count: 3, not 2',
    ]);
  });

  it('asks for its documents in Welsh, as the family did', () => {
    expect(welsh.documentLanguage).toBe('cy');
    expect(documentLanguages(welsh, 'en')).toEqual(['cy']);
  });

  it('prints every name exactly in its PDF', () => {
    for (const person of welsh.people) expect(pdf).toContain(squash(person.name));
    expect(pdf).toContain('Tomos');
  });
});

describe.skipIf(!hasWelshAspell)('the Welsh copy’s spelling (aspell-cy; skipped where it is not installed)', () => {
  it('uses only Welsh words and names in its answers', () => {
    expect(unknownWelshWords(freeText(welsh).join('\n'), WELSH_ALLOWED_WORDS)).toEqual([]);
  });

  it('reads back from its PDF with no English sentence: every word Welsh, a name or an allowed term', () => {
    // Names as typed ("Julie and Steve"), the plan's id and fingerprints are not words of a language.
    const words = [...welsh.people.map((p) => p.name), welsh.id]
      .reduce((text, name) => text.replaceAll(squash(name), ' '), pdf)
      .replace(/\b[0-9a-f]{8,}\b/g, ' ');
    expect(unknownWelshWords(words, WELSH_ALLOWED_WORDS)).toEqual([]);
  });

  it('would find the English plan’s words in the PDF text', () => {
    expect(unknownWelshWords(freeText(english).join('\n'), WELSH_ALLOWED_WORDS).length).toBeGreaterThan(50);
  });
});
