/**
 * The checks parts b and c of the Welsh catalogue pass (issue 13), run by each part's test file on
 * its own areas: each Welsh area has exactly the English area's keys, the same placeholders in every
 * message and plural form, every Welsh plural category, no empty or untranslated text; the part's
 * record says it is machine-made and not reviewed and gives each term's source; and, where Debian's
 * aspell-cy is installed, no word the Welsh dictionary does not know outside the part's allow-list.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type Message, placeholdersOf } from '../../../src/i18n/formatMessage';

type Catalogue = Record<string, Message>;

export interface WelshPart {
  /** The part's letter, as in its status and terminology files. */
  part: string;
  areas: Record<string, { en: Catalogue; cy: Catalogue }>;
  /** Messages that are the same in both languages: nothing but placeholders and punctuation. */
  sameAsEnglish: readonly string[];
  status: Record<string, { translatedBy: string; reviewedBy: string | null }>;
  terms: readonly { en: string; cy: string; source: string }[];
  /** The part records more terms than this. */
  minTerms: number;
  /**
   * Words aspell-cy does not know that the part's text rightly uses. Its dictionary (version 0.50)
   * lacks many everyday words and most mutated and plural forms, so each is checked by hand; names
   * of the product's formats and of keys stay in English.
   */
  allowedWords: readonly string[];
}

/** CLDR's plural categories for Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other. */
const WELSH_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const sorted = (set: Set<string>) => [...set].sort();
const texts = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

export const hasWelshAspell = (() => {
  const result = spawnSync('aspell', ['dicts'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.split('\n').includes('cy');
})();

/** Words aspell-cy does not know, outside the allow-list. */
export function unknownWelshWords(text: string, allowed: Set<string>): string[] {
  const words = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/npm run \S+/g, ' ') // command names in usage lines
    .replace(/\S*[<>[\]=:./]\S*[a-z]\S*/gi, ' ') // file names, options and paths: plan.json, --fingerprint
    .replace(/--\S+/g, ' ')
    .replace(/-?\d+/g, ' ') // numbers, and the numbers of UTF-8 and SHA-256
    .replace(/[’']/g, ' '); // clitics: o’r, wedi’i
  const result = spawnSync('aspell', ['--lang=cy', '--encoding=utf-8', 'list'], { input: words, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`aspell failed: ${result.stderr}`);
  return [...new Set(result.stdout.split('\n').filter((w) => w && !allowed.has(w.toLowerCase())))];
}

export function describeWelshPart({ part, areas, sameAsEnglish, status, terms, minTerms, allowedWords }: WelshPart) {
  const same = new Set(sameAsEnglish);
  const allowed = new Set(allowedWords.map((w) => w.toLowerCase()));

  describe.each(Object.entries(areas))('the Welsh %s area', (_area, { en, cy }) => {
    it('has exactly the English keys', () => {
      expect(Object.keys(en).length).toBeGreaterThan(0);
      expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    });

    it('has no empty text', () => {
      const empty = Object.entries(cy).filter(([, m]) => texts(m).some((t) => !t?.trim()));
      expect(empty).toEqual([]);
    });

    it('keeps every placeholder of the English, in every form', () => {
      const wrong: string[] = [];
      for (const [key, english] of Object.entries(en)) {
        const welsh = cy[key];
        if (typeof english === 'string') {
          if (
            typeof welsh !== 'string' ||
            sorted(placeholdersOf(welsh)).join() !== sorted(placeholdersOf(english)).join()
          )
            wrong.push(key);
          continue;
        }
        if (typeof welsh === 'string') {
          wrong.push(`${key}: not a plural message`);
          continue;
        }
        for (const [form, text] of Object.entries(welsh)) {
          // An exact form (=1) answers the English exact form; a category answers the English "other".
          const englishForm = form.startsWith('=') ? english[form as `=${number}`] : english.other;
          if (englishForm === undefined || text === undefined) wrong.push(`${key} ${form}: no English form`);
          else if (sorted(placeholdersOf(text)).join() !== sorted(placeholdersOf(englishForm)).join())
            wrong.push(`${key} ${form}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('gives every Welsh plural category and keeps the English exact forms', () => {
      const wrong: string[] = [];
      for (const [key, english] of Object.entries(en)) {
        if (typeof english === 'string') continue;
        const welsh = cy[key];
        const forms = typeof welsh === 'string' ? [] : Object.keys(welsh);
        const needed = [...WELSH_CATEGORIES, ...Object.keys(english).filter((f) => f.startsWith('='))];
        for (const form of needed) if (!forms.includes(form)) wrong.push(`${key} ${form}`);
      }
      expect(wrong).toEqual([]);
    });

    it('translates every message', () => {
      const untranslated = Object.keys(en).filter(
        (key) => !same.has(key) && JSON.stringify(en[key]) === JSON.stringify(cy[key]),
      );
      expect(untranslated).toEqual([]);
    });
  });

  describe('the allow-list of messages the same as English', () => {
    it('holds only messages that really are the same and carry no words', () => {
      const all = Object.assign({}, ...Object.values(areas).map((a) => a.cy)) as Catalogue;
      const english = Object.assign({}, ...Object.values(areas).map((a) => a.en)) as Catalogue;
      for (const key of same) {
        expect(all[key]).toBe(english[key]);
        expect(String(all[key]).replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
      }
    });
  });

  describe(`the record of part ${part}`, () => {
    it('marks every area as machine-made and not reviewed', () => {
      expect(Object.keys(status).sort()).toEqual(Object.keys(areas).sort());
      for (const area of Object.values(status)) {
        expect(area.translatedBy).toBe('machine');
        expect(area.reviewedBy).toBeNull();
      }
    });

    it('names a source, or says none was found, for every term', () => {
      expect(terms.length).toBeGreaterThan(minTerms);
      for (const term of terms) {
        expect(term.en.trim()).not.toBe('');
        expect(term.cy.trim()).not.toBe('');
        expect(term.source === 'none found' || /^https:\/\//.test(term.source)).toBe(true);
      }
    });
  });

  describe.skipIf(!hasWelshAspell)('Welsh spelling (aspell-cy; skipped where it is not installed)', () => {
    it('finds a misspelt or English word, so the check can fail', () => {
      expect(unknownWelshWords('Mae’r cynlun wedi’i gadw. Your plans are saved.', allowed)).toEqual(
        expect.arrayContaining(['cynlun', 'plans', 'saved']),
      );
    });

    it.each(Object.keys(areas))('knows every word of the Welsh %s area', (area) => {
      const text = Object.values(areas[area].cy).flatMap(texts).join('\n');
      expect(unknownWelshWords(text, allowed)).toEqual([]);
    });
  });
}
