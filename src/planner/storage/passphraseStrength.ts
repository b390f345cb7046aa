/**
 * How hard a passphrase would be to guess, by zxcvbn-ts (a strength estimator modelled on password
 * crackers) with its common and English dictionaries. The estimator and its dictionaries (about
 * 1.5 MB, passphraseEstimator.ts) load only when first asked for, through a dynamic import, so they
 * are never part of the builder's first load: the protect form asks when it is shown, and `createProtection` asks again
 * before it derives a key, so no way of turning protection on skips the check.
 *
 * The estimator's feedback comes back as its own keys (no translations are given to it, so it
 * returns the keys of its English texts); they are mapped here to catalogue keys, so none of the
 * library's English reaches the user.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { MessageKey } from '../../i18n/catalogue';
import { UserMessageError } from './userMessage';

/** zxcvbn's scores run 0 (too guessable) to 4 (very unguessable); 3 is "safely unguessable". */
export const MIN_PASSPHRASE_SCORE = 3;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  score: PassphraseScore;
  strong: boolean;
  /** Why a passphrase is weak, in a complete sentence that says what to do; undefined when strong. */
  weakness?: MessageKey;
  /** The estimator's suggestions, in our words. */
  tips: MessageKey[];
}

/** The estimator's warnings, grouped by what they mean for the user. */
const WEAKNESS: Record<string, MessageKey> = {
  topTen: 'privacy.passphrase.weak.common',
  topHundred: 'privacy.passphrase.weak.common',
  common: 'privacy.passphrase.weak.common',
  pwned: 'privacy.passphrase.weak.common',
  similarToCommon: 'privacy.passphrase.weak.similarToCommon',
  straightRow: 'privacy.passphrase.weak.keyboard',
  keyPattern: 'privacy.passphrase.weak.keyboard',
  simpleRepeat: 'privacy.passphrase.weak.repeat',
  extendedRepeat: 'privacy.passphrase.weak.repeat',
  sequences: 'privacy.passphrase.weak.sequence',
  recentYears: 'privacy.passphrase.weak.date',
  dates: 'privacy.passphrase.weak.date',
  wordByItself: 'privacy.passphrase.weak.word',
  namesByThemselves: 'privacy.passphrase.weak.names',
  commonNames: 'privacy.passphrase.weak.names',
};
/** A weak passphrase the estimator gives no warning for (it is simply too short or too plain). */
const WEAK_OTHER: MessageKey = 'privacy.passphrase.weak.other';

/** The estimator's suggestions. */
const TIP: Record<string, MessageKey> = {
  anotherWord: 'privacy.passphrase.tip.anotherWord',
  useWords: 'privacy.passphrase.tip.useWords',
  noNeed: 'privacy.passphrase.tip.noNeed',
  l33t: 'privacy.passphrase.tip.l33t',
  reverseWords: 'privacy.passphrase.tip.reverseWords',
  allUppercase: 'privacy.passphrase.tip.capitals',
  capitalization: 'privacy.passphrase.tip.capitals',
  dates: 'privacy.passphrase.tip.dates',
  recentYears: 'privacy.passphrase.tip.dates',
  associatedYears: 'privacy.passphrase.tip.dates',
  sequences: 'privacy.passphrase.tip.sequences',
  repeated: 'privacy.passphrase.tip.repeated',
  longerKeyboardPattern: 'privacy.passphrase.tip.keyboard',
  pwned: 'privacy.passphrase.tip.usedElsewhere',
};

let estimator: Promise<ZxcvbnFactory> | undefined;

/** Loads the estimator and its dictionaries once; later calls share the same promise. */
export function loadPassphraseEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= import('./passphraseEstimator').then(({ createPassphraseEstimator }) => createPassphraseEstimator());
  // A failed load (offline, before the files were kept) is tried again next time.
  estimator.catch(() => (estimator = undefined));
  return estimator;
}

/** How hard the passphrase would be to guess, with the estimator's feedback as catalogue keys. */
export async function passphraseStrength(passphrase: string): Promise<PassphraseStrength> {
  const result = (await loadPassphraseEstimator()).check(passphrase);
  const score = result.score as PassphraseScore;
  const strong = score >= MIN_PASSPHRASE_SCORE;
  const { warning, suggestions } = result.feedback;
  const tips = [...new Set(suggestions.flatMap((s) => (TIP[s] ? [TIP[s]] : [])))];
  if (strong) return { score, strong, tips };
  return { score, strong, weakness: (warning && WEAKNESS[warning]) || WEAK_OTHER, tips };
}

/** Throws a UserMessageError saying why, unless the passphrase is hard enough to guess. */
export async function assertStrongPassphrase(passphrase: string): Promise<void> {
  const { weakness } = await passphraseStrength(passphrase);
  if (weakness) throw new UserMessageError(weakness);
}
