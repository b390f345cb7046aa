/**
 * The Welsh catalogue of part a (issue 13): plan, plan errors, PDF and common words. Each Welsh area
 * has exactly the English keys, the same placeholders in every message and plural form, Welsh plural
 * forms for every CLDR category, no empty or untranslated message, and words a Welsh dictionary
 * (aspell-cy) knows. The translations are machine-made and marked unreviewed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commonMessagesCy } from '../../../src/i18n/cy/common';
import { pdfMessagesCy } from '../../../src/i18n/cy/pdf';
import { planMessagesCy } from '../../../src/i18n/cy/plan';
import { planErrorMessagesCy } from '../../../src/i18n/cy/planErrors';
import { STATUS_a } from '../../../src/i18n/cy/status/a';
import { TERMS_a } from '../../../src/i18n/cy/terminology/a';
import { commonMessages } from '../../../src/i18n/en/common';
import { pdfMessages } from '../../../src/i18n/en/pdf';
import { planMessages } from '../../../src/i18n/en/plan';
import { planErrorMessages } from '../../../src/i18n/en/planErrors';
import { placeholdersOf, type Message } from '../../../src/i18n/formatMessage';

type Catalogue = Record<string, Message>;
const AREAS: Record<keyof typeof STATUS_a, { en: Catalogue; cy: Catalogue }> = {
  plan: { en: planMessages, cy: planMessagesCy },
  planErrors: { en: planErrorMessages, cy: planErrorMessagesCy },
  pdf: { en: pdfMessages, cy: pdfMessagesCy },
  common: { en: commonMessages, cy: commonMessagesCy },
};

/** CLDR plural categories of Welsh (`cy`): 0, 1, 2, 3, 6 and everything else. */
const WELSH_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Messages that rightly read the same in both languages: pure placeholder patterns, whose words
 * come from other messages (a name and a relationship, a label and a value).
 */
const SAME_AS_ENGLISH = new Set([
  'plan.person.withRelationship', // {name} ({relationship})
  'plan.choiceNamed', // {choice}: {who}
  'plan.person.roleAtAgency', // {role}, {agency}
  'plan.duration.hoursAndMinutes', // {hours} {minutes}
  'plan.factor.heading', // {kind}: {who}
  'plan.diff.itemField', // {name}: {label}
  'plan.check.changeRowOfItem', // {answer} — {item}
]);

const formsOf = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['text', message]] : Object.entries(message).map(([k, v]) => [k, v ?? '']);
/** A message's placeholders other than `count`, which a form may spell out ("Unwaith", "eu llofnod"). */
const namedPlaceholders = (text: string) =>
  [...placeholdersOf(text)]
    .filter((name) => name !== 'count')
    .sort()
    .join();

describe.each(Object.entries(AREAS))('the Welsh %s area', (area, { en, cy }) => {
  it('has exactly the English keys', () => {
    const english = Object.keys(en);
    const welsh = Object.keys(cy);
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((key) => !(key in cy))).toEqual([]);
    expect(welsh.filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps the placeholders of every message and every plural form', () => {
    const bad = Object.entries(cy).flatMap(([key, message]) => {
      const english = en[key];
      const expectedNamed = namedPlaceholders(
        formsOf(english)
          .map(([, text]) => text)
          .join(' '),
      );
      const problems = formsOf(message)
        .filter(([, text]) => namedPlaceholders(text) !== expectedNamed)
        .map(([form]) => `${key} (${form})`);
      // Plain messages keep every placeholder, count included; a plural's forms together do too.
      const allEnglish = [...placeholdersOf(english)].sort().join();
      const allWelsh = [...placeholdersOf(message)].sort().join();
      return allWelsh === allEnglish ? problems : [...problems, `${key}: ${allWelsh} ≠ ${allEnglish}`];
    });
    expect(bad).toEqual([]);
  });

  it('gives plural messages every Welsh category and the English exact forms', () => {
    const bad = Object.entries(en).flatMap(([key, english]) => {
      if (typeof english === 'string') return typeof cy[key] === 'string' ? [] : [`${key}: plural in Welsh only`];
      const welsh = cy[key];
      if (typeof welsh === 'string') return [`${key}: not plural`];
      const needed = [...WELSH_CATEGORIES, ...Object.keys(english).filter((form) => form.startsWith('='))];
      return needed.filter((form) => !welsh[form as keyof typeof welsh]).map((form) => `${key}: no ${form}`);
    });
    expect(bad).toEqual([]);
  });

  it('has no empty message and none left in English', () => {
    const empty = Object.entries(cy).flatMap(([key, message]) =>
      formsOf(message)
        .filter(([, text]) => text.trim() === '')
        .map(([form]) => `${key} (${form})`),
    );
    expect(empty).toEqual([]);
    const untranslated = Object.keys(cy).filter(
      (key) => !SAME_AS_ENGLISH.has(key) && JSON.stringify(cy[key]) === JSON.stringify(en[key]),
    );
    expect(untranslated).toEqual([]);
    // An allow-listed message must really be a placeholder pattern, so the list cannot hide words.
    const notPatterns = [...SAME_AS_ENGLISH].filter(
      (key) => key in cy && typeof cy[key] === 'string' && /[A-Za-z]/.test(cy[key].replace(/\{\w+\}/g, '')),
    );
    if (area === 'plan') expect(notPatterns).toEqual([]);
  });
});

describe('the status of part a', () => {
  it('marks every area machine-translated and not reviewed', () => {
    expect(Object.keys(STATUS_a).sort()).toEqual(Object.keys(AREAS).sort());
    for (const status of Object.values(STATUS_a)) {
      expect(status).toEqual({ translatedBy: 'machine', reviewedBy: null, date: '2026-12-02' });
    }
  });

  it('records each domain term with a source', () => {
    expect(TERMS_a.length).toBeGreaterThan(20);
    for (const term of TERMS_a) {
      expect(term.en.trim()).not.toBe('');
      expect(term.cy.trim()).not.toBe('');
      expect(term.source).toMatch(/^(https?:\/\/\S+|none found)$/);
    }
  });
});

/**
 * Spelling, by Debian's aspell-cy (0.50, a 2003 word list). It lacks some everyday Welsh words and
 * mutated forms, and loan words and terms of this domain; those are listed here, each checked by hand.
 */
const KNOWN_WELSH = new Set([
  // Everyday Welsh, or its mutations, missing from aspell-cy 0.50.
  'arbenigol',
  'asiantaeth',
  'bawb',
  'berthnasol',
  'biolegol',
  'canslo',
  'cryfderau',
  'cyfathrebu',
  'cyfeirnod',
  'cylchfa',
  'cymryd',
  'ddwywaith',
  'fanylder',
  'fersiynau',
  'fiolegol',
  'glasoed',
  'gofalwr',
  'gofalwyr',
  'gryfderau',
  'gyfathrebu',
  'gylchfa',
  'hadnabod',
  'hunain',
  'llofnodwr',
  'llofnodwyr',
  'llyschwiorydd',
  'lofnodwyr',
  'mha',
  'newidiadau',
  'ofalwr',
  'opsiwn',
  'perthnasau',
  'pha',
  'pham',
  'phan',
  'phob',
  'phwy',
  'rhiant',
  'riant',
  'rieni',
  'wahân',
  'ymarferol',
  'ymatebion',
  // Loan words and terms (see src/i18n/cy/terminology/a.ts).
  'ar-lein',
  'cyn-ofalwr',
  'cyn-ofalwyr',
  'dynodydd',
  'eco-fap',
  'fentora',
  'ffantasïau',
  'glipiau',
  'llys-riant',
  'partner',
  'sgema',
  'statws',
  // The security marking of the PDF (OFFICIAL-SENSITIVE), as the Welsh Government writes it.
  'swyddogol-sensitif',
  'therapiwtig',
  'trawma',
  // Names: mutated (i Gymru, neu Loegr), in examples, and technical.
  'gymru',
  'nghymru',
  'gymraeg',
  'loegr',
  'jean',
  'mami',
  'sarah',
  'iso',
  'pdf',
  'sha',
]);

const aspell = spawnSync('aspell', ['--lang=cy', 'dump', 'dicts'], { encoding: 'utf8' });
const hasWelshDictionary = aspell.status === 0 && aspell.stdout.split('\n').includes('cy');

/** The words of `text` aspell-cy does not know (lower-cased), once placeholders, file names, clitics and numbers go. */
function wordsAspellDoesNotKnow(text: string): Set<string> {
  const words = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/\S+\.json\b/g, ' ') // file names
    .replace(/[’'](n|r|i|u|m|w|s|ch|th)\b/g, ' ') // clitics: sy’n, i’r, a’i, wedi’u, neu’ch
    .replace(/-?\d+/g, ' '); // numbers, and the hyphen of SHA-256
  // Case stays: aspell knows proper names (Cymru) only with their capital.
  const result = spawnSync('aspell', ['--lang=cy', '--encoding=utf-8', 'list'], { input: words, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`aspell failed: ${result.stderr}`);
  return new Set(
    result.stdout
      .split('\n')
      .filter(Boolean)
      .map((word) => word.toLowerCase()),
  );
}

const welshText = Object.values(AREAS)
  .flatMap(({ cy }) => Object.values(cy).flatMap((message) => formsOf(message).map(([, t]) => t)))
  .join('\n');

describe.skipIf(!hasWelshDictionary)('the spelling of part a (aspell-cy; skipped where it is not installed)', () => {
  it('uses only words the Welsh dictionary or the list of known words knows', () => {
    expect([...wordsAspellDoesNotKnow(welshText)].filter((word) => !KNOWN_WELSH.has(word))).toEqual([]);
  });

  it('lists as known only words the catalogue uses and aspell-cy does not know', () => {
    const unknown = wordsAspellDoesNotKnow(welshText);
    expect([...KNOWN_WELSH].filter((word) => !unknown.has(word))).toEqual([]);
  });

  it('would catch an English or misspelt word', () => {
    expect([...wordsAspellDoesNotKnow('Mae’r {name} yn y cynllun, plan.json: arrangement cynlun 12')]).toEqual([
      'arrangement',
      'cynlun',
    ]);
  });
});
