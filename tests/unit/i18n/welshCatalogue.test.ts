/**
 * The Welsh catalogue (issue 13), every area of WELSH_AREAS: exactly the English area's keys, the
 * same placeholders in every message and plural form, every Welsh plural category and the English
 * exact forms, no empty or untranslated text; each area's status says it is machine-made and not
 * reviewed; each term names its source; and (where Debian's aspell-cy is installed) no word the Welsh
 * dictionary does not know outside the one allow-list (welshAllowedWords.ts).
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_AREAS, WELSH_AREAS } from '../../../src/i18n/catalogue';
import { WELSH_AREA_STATUS as STATUS } from '../../../src/i18n/cy/status';
import { TERMS_a } from '../../../src/i18n/cy/terminology/a';
import { TERMS_b } from '../../../src/i18n/cy/terminology/b';
import { TERMS_c } from '../../../src/i18n/cy/terminology/c';
import { TERMS_d } from '../../../src/i18n/cy/terminology/d';
import { type Message, placeholdersOf } from '../../../src/i18n/formatMessage';
import { WELSH_ALLOWED_WORDS } from './welshAllowedWords';
import { hasWelshAspell, unknownWelshWords } from './welshCatalogueChecks';

type Catalogue = Record<string, Message>;
const AREAS = Object.keys(WELSH_AREAS) as (keyof typeof WELSH_AREAS)[];
const english = (area: keyof typeof WELSH_AREAS): Catalogue => ENGLISH_AREAS[area];
const welsh = (area: keyof typeof WELSH_AREAS): Catalogue => WELSH_AREAS[area];

/** CLDR's plural categories for Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, everything else other. */
const WELSH_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/**
 * Forms that may spell their number out instead of showing {count} ("Unwaith", "ddwywaith", "dim"):
 * the categories of one number each, and the English exact forms.
 */
const SPELLED_OUT = /^(zero|one|two|=\d+)$/;

/**
 * Messages that rightly read the same in both languages: pure placeholder patterns, whose words come
 * from other messages (a name and a relationship, a label and a value).
 */
const SAME_AS_ENGLISH = new Set([
  'plan.person.withRelationship', // {name} ({relationship})
  'plan.choiceNamed', // {choice}: {who}
  'plan.person.roleAtAgency', // {role}, {agency}
  'plan.duration.hoursAndMinutes', // {hours} {minutes}
  'plan.edition.monthYear', // {month} {year}
  'plan.factor.heading', // {kind}: {who}
  'plan.exchangeLog.tally', // {due}: {steps}
  'plan.exchange.month', // {month} {year}
  'plan.diff.itemField', // {name}: {label}
  'plan.check.changeRowOfItem', // {answer} — {item}
  'privacy.file.fromReader', // {file}: {problem}
  'privacy.file.issue.fromReader', // {problem}
  'signoff.calendar.withInitials', // {title} ({initials})
  'signoff.verify.line', // {outcome} – {check}: {message}
  'trainer.present.announce.step', // {position}: {text}
  'trainer.present.announce.activity', // {position}: {title}, {duration}. {summary}
  'trainer.presenter.next.step', // {position}: {text}
  'trainer.presenter.notes.label', // {label}:
  'trainer.pack.order.buttonItem', // : {title}
  'trainer.feedback.summary.recommendCount', // {answer}: {count}
  'trainer.pack.documentTitle', // {title} – {product}
  'common.documentTitle.view', // {view} – {tool} – {product}
  'trainer.pack.cover.kind', // ({kind})
  'trainer.sheet.ecoMap.keyTerm', // {term}:
  'letters.cover.kept', // “{text}”: {reason}
  'planner.copies.where', // {section}: {answer}
  'planner.copies.whereInItem', // {section}, {item}: {answer}
  'hub.layout.fullTitle', // {page} – {site}
  'hub.session.activity.duration', // ({duration})
  'hub.handout.session', // {session} · {site}
  'hub.sources.citation', // {publisher} ({year}). {title}.
  'hub.sources.short', // {publisher}, {year}
]);

/** Each part's terms, with how many it records at least. */
const TERM_LISTS = [
  { part: 'a', terms: TERMS_a, min: 20 },
  { part: 'b', terms: TERMS_b, min: 10 },
  { part: 'c', terms: TERMS_c, min: 5 },
  { part: 'd', terms: TERMS_d, min: 10 },
];

const formsOf = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['text', message]] : Object.entries(message).map(([k, v]) => [k, v ?? '']);
const placeholders = (text: string) => [...placeholdersOf(text)].sort().join();
const textsOf = (catalogue: Catalogue) => Object.values(catalogue).flatMap((m) => formsOf(m).map(([, t]) => t));

describe.each(AREAS)('the Welsh %s area', (area) => {
  const en = english(area);
  const cy = welsh(area);

  it('has exactly the English keys', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty text', () => {
    const empty = Object.entries(cy).flatMap(([key, message]) =>
      formsOf(message)
        .filter(([, text]) => !text.trim())
        .map(([form]) => `${key} (${form})`),
    );
    expect(empty).toEqual([]);
  });

  it('keeps every placeholder of the English, in every form', () => {
    const wrong = Object.entries(en).flatMap(([key, englishMessage]) => {
      const message = cy[key];
      if (typeof englishMessage === 'string')
        return typeof message === 'string' && placeholders(message) === placeholders(englishMessage) ? [] : [key];
      if (typeof message === 'string') return [`${key}: not a plural message`];
      return formsOf(message).flatMap(([form, text]) => {
        // An exact form (=1) answers the English exact form; a category answers the English "other".
        const englishForm = form.startsWith('=') ? englishMessage[form as `=${number}`] : englishMessage.other;
        if (englishForm === undefined) return [`${key} ${form}: no English form`];
        const expected = [...placeholdersOf(englishForm)].filter((p) => p !== 'count' || !SPELLED_OUT.test(form));
        const found = [...placeholdersOf(text)].filter((p) => p !== 'count' || !SPELLED_OUT.test(form));
        return found.sort().join() === expected.sort().join() ? [] : [`${key} ${form}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('gives every Welsh plural category and keeps the English exact forms', () => {
    const wrong = Object.entries(en).flatMap(([key, englishMessage]) => {
      if (typeof englishMessage === 'string') return [];
      const message = cy[key];
      const forms = typeof message === 'string' ? [] : Object.keys(message);
      const needed = [...WELSH_CATEGORIES, ...Object.keys(englishMessage).filter((f) => f.startsWith('='))];
      return needed.filter((form) => !forms.includes(form)).map((form) => `${key} ${form}`);
    });
    expect(wrong).toEqual([]);
  });

  it('translates every message', () => {
    const untranslated = Object.keys(en).filter(
      (key) => !SAME_AS_ENGLISH.has(key) && JSON.stringify(en[key]) === JSON.stringify(cy[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('is marked machine-made and not reviewed', () => {
    expect(STATUS[area]).toMatchObject({ translatedBy: 'machine', reviewedBy: null });
    expect(STATUS[area].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the lists beside the catalogue', () => {
  const allEnglish: Catalogue = Object.assign({}, ...Object.values(ENGLISH_AREAS));
  const allWelsh: Catalogue = Object.assign({}, ...Object.values(WELSH_AREAS));

  it('allow as the same as English only messages that are and carry no words', () => {
    for (const key of SAME_AS_ENGLISH) {
      expect(allWelsh[key], key).toBe(allEnglish[key]);
      expect(String(allWelsh[key]).replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('give a status for exactly the Welsh areas', () => {
    expect(Object.keys(STATUS).sort()).toEqual([...AREAS].sort());
  });

  it.each(TERM_LISTS)('name a source, or say none was found, for every term of part $part', ({ terms, min }) => {
    expect(terms.length).toBeGreaterThan(min);
    for (const term of terms) {
      expect(term.en.trim()).not.toBe('');
      expect(term.cy.trim()).not.toBe('');
      expect(term.source === 'none found' || /^https?:\/\/\S+$/.test(term.source), term.en).toBe(true);
    }
  });
});

describe.skipIf(!hasWelshAspell)('Welsh spelling (aspell-cy; skipped where it is not installed)', () => {
  it('finds a misspelt or English word, so the check can fail', () => {
    expect(
      unknownWelshWords('Mae’r {name} yn y cynllun, plan.json: arrangement cynlun 12', WELSH_ALLOWED_WORDS),
    ).toEqual(['arrangement', 'cynlun']);
  });

  it('knows every word of every Welsh area', () => {
    // One dictionary call for the whole catalogue: each call starts aspell afresh.
    const text = AREAS.flatMap((area) => textsOf(welsh(area))).join('\n');
    expect(unknownWelshWords(text, WELSH_ALLOWED_WORDS)).toEqual([]);
  });

  it('allows only words the dictionary does not know', () => {
    const unknown = new Set(
      unknownWelshWords([...WELSH_ALLOWED_WORDS].join('\n'), new Set()).map((w) => w.toLowerCase()),
    );
    // aspell may answer for a hyphenated word ("ar-lein") by its parts.
    const known = [...WELSH_ALLOWED_WORDS].filter((word) => ![word, ...word.split('-')].some((w) => unknown.has(w)));
    expect(known).toEqual([]);
  });
});
