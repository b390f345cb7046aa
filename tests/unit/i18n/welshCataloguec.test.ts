/**
 * The Welsh catalogue, part c (issue 13): each Welsh area has exactly the English area's keys, the
 * same placeholders in every message and plural form, every Welsh plural category, no empty or
 * untranslated text, and (where Debian's aspell-cy is installed) no word the Welsh dictionary does
 * not know outside a short allow-list.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ecomapMessagesCy } from '../../../src/i18n/cy/ecomap';
import { plannerToolMessagesCy } from '../../../src/i18n/cy/plannerTools';
import { STATUS_c } from '../../../src/i18n/cy/status/c';
import { TERMS_c } from '../../../src/i18n/cy/terminology/c';
import { trainerMessagesCy } from '../../../src/i18n/cy/trainer';
import { ecomapMessages } from '../../../src/i18n/en/ecomap';
import { plannerToolMessages } from '../../../src/i18n/en/plannerTools';
import { trainerMessages } from '../../../src/i18n/en/trainer';
import { type Message, placeholdersOf } from '../../../src/i18n/formatMessage';

type Catalogue = Record<string, Message>;
const AREAS: Record<string, { en: Catalogue; cy: Catalogue }> = {
  ecomap: { en: ecomapMessages, cy: ecomapMessagesCy },
  plannerTools: { en: plannerToolMessages, cy: plannerToolMessagesCy },
  trainer: { en: trainerMessages, cy: trainerMessagesCy },
};

/** Messages that are the same in both languages: nothing but placeholders and punctuation. */
const SAME_AS_ENGLISH = new Set([
  'trainer.present.announce.step', // '{position}: {text}'
  'trainer.present.announce.activity', // '{position}: {title}, {duration}. {summary}'
  'trainer.presenter.next.step', // '{position}: {text}'
  'trainer.presenter.notes.label', // '{label}:'
  'trainer.pack.order.buttonItem', // ': {title}'
  'trainer.pack.documentTitle', // '{title} – {product}'
  'trainer.pack.cover.kind', // '({kind})'
  'trainer.sheet.ecoMap.keyTerm', // '{term}:'
]);

/** CLDR's plural categories for Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other. */
const WELSH_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const sorted = (set: Set<string>) => [...set].sort();
const texts = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));

describe.each(Object.entries(AREAS))('the Welsh %s area', (_area, { en, cy }) => {
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
    const same = Object.keys(en).filter(
      (key) => !SAME_AS_ENGLISH.has(key) && JSON.stringify(en[key]) === JSON.stringify(cy[key]),
    );
    expect(same).toEqual([]);
  });
});

describe('the allow-list of messages the same as English', () => {
  it('holds only messages that really are the same and carry no words', () => {
    const all = Object.assign({}, ...Object.values(AREAS).map((a) => a.cy)) as Catalogue;
    const english = Object.assign({}, ...Object.values(AREAS).map((a) => a.en)) as Catalogue;
    for (const key of SAME_AS_ENGLISH) {
      expect(all[key]).toBe(english[key]);
      expect(String(all[key]).replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('the record of part c', () => {
  it('marks every area as machine-made and not reviewed', () => {
    expect(Object.keys(STATUS_c).sort()).toEqual(Object.keys(AREAS).sort());
    for (const status of Object.values(STATUS_c)) {
      expect(status.translatedBy).toBe('machine');
      expect(status.reviewedBy).toBeNull();
    }
  });

  it('names a source, or says none was found, for every term', () => {
    expect(TERMS_c.length).toBeGreaterThan(5);
    for (const term of TERMS_c) {
      expect(term.en.trim()).not.toBe('');
      expect(term.cy.trim()).not.toBe('');
      expect(term.source === 'none found' || /^https:\/\//.test(term.source)).toBe(true);
    }
  });
});

/**
 * Spelling, with Debian's aspell-cy. Its dictionary (version 0.50) lacks many everyday words and
 * most mutated and plural forms, so WELSH_WORDS lists the ones our text uses, each checked by hand;
 * NAMES_AND_CODE are the product's and formats' names that stay in English.
 */
// Key-cap names stay as printed on the keyboard (Page Up, Page Down, Home, End); formats and scripts.
const NAMES_AND_CODE = ['Page', 'Up', 'Home', 'End', 'JavaScript', 'PDF'];
const WELSH_WORDS = [
  // Terms chosen in terminology/a.ts and b.ts.
  'eco-fap',
  'gofalwr',
  'gofalwyr',
  // Clitic pronoun left when "’ch" is split from the word before it (o’ch).
  'ch',
  // Everyday words and forms missing from aspell-cy 0.50.
  'hychwanegu',
  'newidiadau',
  'fersiynau',
  'all-lein',
  'ar-lein',
  'porwr',
  'bylchwr',
  'cyflwynydd',
  'sgrin',
  'hargraffu',
  'ailddechrau',
  'ailosod',
  'adnodd',
  'wahân',
  'ail-lwythwch',
  'briffio',
  'phwy',
  'thri',
  'straen',
  'ddotiog',
  'tirnodau',
];
const ALLOWED = new Set([...NAMES_AND_CODE, ...WELSH_WORDS].map((w) => w.toLowerCase()));

const hasWelshAspell = (() => {
  const result = spawnSync('aspell', ['dicts'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.split('\n').includes('cy');
})();

/** Words aspell-cy does not know, outside the allow-list. */
function unknownWelshWords(text: string): string[] {
  const words = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/npm run \S+/g, ' ') // command names in usage lines
    .replace(/\S*[<>[\]=:./]\S*[a-z]\S*/gi, ' ') // file names, options and paths: plan.json, --fingerprint
    .replace(/--\S+/g, ' ')
    .replace(/-?\d+/g, ' ') // numbers, and the numbers of UTF-8 and SHA-256
    .replace(/[’']/g, ' '); // clitics: o’r, wedi’i
  const result = spawnSync('aspell', ['--lang=cy', '--encoding=utf-8', 'list'], { input: words, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`aspell failed: ${result.stderr}`);
  return [...new Set(result.stdout.split('\n').filter((w) => w && !ALLOWED.has(w.toLowerCase())))];
}

describe.skipIf(!hasWelshAspell)('Welsh spelling (aspell-cy; skipped where it is not installed)', () => {
  it('finds a misspelt or English word, so the check can fail', () => {
    expect(unknownWelshWords('Mae’r cynlun wedi’i gadw. Your plans are saved.')).toEqual(
      expect.arrayContaining(['cynlun', 'plans', 'saved']),
    );
  });

  it.each(Object.keys(AREAS))('knows every word of the Welsh %s area', (area) => {
    const text = Object.values(AREAS[area].cy).flatMap(texts).join('\n');
    expect(unknownWelshWords(text)).toEqual([]);
  });
});
