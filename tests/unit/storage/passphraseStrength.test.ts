/**
 * The passphrase strength check: zxcvbn-ts's verdict, refused below "safely unguessable", with its
 * feedback only ever as our catalogue's words, and `createProtection` refusing a weak passphrase too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translations as libraryEnglish } from '@zxcvbn-ts/language-en';
import { CATALOGUES } from '../../../src/i18n/catalogue';
import { translator } from '../../../src/i18n/translator';
import { createProtection } from '../../../src/planner/storage/passphraseCrypto';
import {
  assertStrongPassphrase,
  MIN_PASSPHRASE_SCORE,
  passphraseStrength,
  withoutWordsToAvoid,
} from '../../../src/planner/storage/passphraseStrength';
import { UserMessageError } from '../../../src/planner/storage/userMessage';
import { NO_PROTECTED_DETAILS } from '../../../src/planner/schema/planVocabulary';
import type { Plan } from '../../../src/planner/schema/planSchema';
import { passphraseWordsToAvoid } from '../../../src/planner/state/passphraseWords';

const { t } = translator('en');
const english = CATALOGUES.en as Record<string, unknown>;
const libraryTexts = [...Object.values(libraryEnglish.warnings), ...Object.values(libraryEnglish.suggestions)];

describe('passphrase strength', () => {
  it('refuses "password123", saying why in our words', async () => {
    const strength = await passphraseStrength('password123');
    expect(strength.strong).toBe(false);
    expect(strength.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
    expect(strength.weakness).toBe('privacy.passphrase.weak.common');
    expect(t(strength.weakness!)).toBe(
      'Choose a passphrase that is harder to guess: this one is among the most used passwords. Use three or four words that do not usually go together.',
    );
    await expect(assertStrongPassphrase('password123')).rejects.toThrow(UserMessageError);
  });

  it('accepts a passphrase of unrelated words', async () => {
    for (const passphrase of ['maple river lantern', 'plum kettle orbit meadow']) {
      const strength = await passphraseStrength(passphrase);
      expect(strength.strong, passphrase).toBe(true);
      expect(strength.weakness, passphrase).toBeUndefined();
      expect(strength.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
      await expect(assertStrongPassphrase(passphrase)).resolves.toBeUndefined();
    }
  });

  it.each([
    ['qwertyuiop', 'privacy.passphrase.weak.common'],
    ['aaaaaaaaaaaa', 'privacy.passphrase.weak.repeat'],
    ['iloveyou2024', 'privacy.passphrase.weak.similarToCommon'],
    ['abcdefghijk', 'privacy.passphrase.weak.sequence'],
    ['19/07/2011', 'privacy.passphrase.weak.date'],
    ['kettle99', 'privacy.passphrase.weak.other'],
  ])('words the estimator’s warning about %s as %s', async (passphrase, weakness) => {
    expect((await passphraseStrength(passphrase)).weakness).toBe(weakness);
  });

  it('gives only catalogue keys as feedback, never the estimator’s own English', async () => {
    for (const passphrase of [
      'password123',
      'P@ssw0rd',
      'drowssap',
      'PASSWORD',
      'Password1990',
      'abcabcabcabc',
      '19/07/2011',
      'johnsmith1',
    ]) {
      const { weakness, tips } = await passphraseStrength(passphrase);
      for (const key of [weakness, ...tips]) {
        expect(key, passphrase).toBeDefined();
        expect(Object.hasOwn(english, key!), `${passphrase}: ${key}`).toBe(true);
        expect(libraryTexts, passphrase).not.toContain(t(key!));
      }
    }
  });

  it('is checked by createProtection, so no way of protecting skips it', async () => {
    const error: unknown = await createProtection('password123').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserMessageError);
    expect(t((error as UserMessageError).key)).toMatch(/^Choose a passphrase that is harder to guess: /);
    // The length rule stays, and comes first.
    const short: unknown = await createProtection('Xq7#').catch((e: unknown) => e);
    expect(t((short as UserMessageError).key, (short as UserMessageError).params)).toBe(
      'Choose a passphrase of at least 8 characters.',
    );
  });
});

describe('the family’s names count as easily guessed', () => {
  const plan = JSON.parse(readFileSync('tests/fixtures/plans/family-copies.json', 'utf8')) as Plan;
  // Uncommon words on their own, but each is written in the plan: the child, a surname, a relative.
  const familyPassphrase = 'maya merle price jones';

  it('lists each word of the names and protected details once, lower-cased', () => {
    const words = passphraseWordsToAvoid([plan]);
    expect(words).toEqual(
      expect.arrayContaining(['maya', 'sarah', 'leon', 'nana', 'merle', 'rhian', 'price', 'jones']),
    );
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => w === w.toLowerCase() && w.length >= 3)).toBe(true);
    const protectedPlan = {
      ...plan,
      protectedDetails: { ...NO_PROTECTED_DETAILS, school: 'Ysgol Gymraeg Bro Teifi', town: 'Cardigan' },
    };
    expect(passphraseWordsToAvoid([protectedPlan])).toEqual(expect.arrayContaining(['ysgol', 'teifi', 'cardigan']));
  });

  it('takes out the family’s words, alone or run together, and keeps the rest', () => {
    expect(withoutWordsToAvoid('Maya kettle PriceJones 7', ['maya', 'price', 'jones'])).toBe(' kettle  7');
    expect(withoutWordsToAvoid('mayor pricey', ['maya', 'price'])).toBe('mayor pricey');
  });

  it('refuses a passphrase of the family’s names that would pass without them', async () => {
    expect((await passphraseStrength(familyPassphrase)).strong).toBe(true);
    const withNames = await passphraseStrength(familyPassphrase, passphraseWordsToAvoid([plan]));
    expect(withNames.strong).toBe(false);
    expect(withNames.weakness).toBe('privacy.passphrase.weak.family');
    // Written together, or with a year, the names are no harder to guess.
    for (const variant of ['MayaMerlePriceJones', 'maya-merle-2015']) {
      expect((await passphraseStrength(variant, passphraseWordsToAvoid([plan]))).strong, variant).toBe(false);
    }
    // A name among words that have nothing to do with the family is fine.
    expect((await passphraseStrength('maya kettle orbit meadow', passphraseWordsToAvoid([plan]))).strong).toBe(true);
    const error: unknown = await createProtection(familyPassphrase, passphraseWordsToAvoid([plan])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserMessageError);
  });
});
