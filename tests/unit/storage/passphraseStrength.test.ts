/**
 * The passphrase strength check: zxcvbn-ts's verdict, refused below "safely unguessable", with its
 * feedback only ever as our catalogue's words, and `createProtection` refusing a weak passphrase too.
 */
import { describe, expect, it } from 'vitest';
import { translations as libraryEnglish } from '@zxcvbn-ts/language-en';
import { CATALOGUES } from '../../../src/i18n/catalogue';
import { translator } from '../../../src/i18n/translator';
import { createProtection } from '../../../src/planner/storage/passphraseCrypto';
import {
  assertStrongPassphrase,
  MIN_PASSPHRASE_SCORE,
  passphraseStrength,
} from '../../../src/planner/storage/passphraseStrength';
import { UserMessageError } from '../../../src/planner/storage/userMessage';

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
