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
/** A passphrase that is strong only because of the family's own names and places. */
const WEAK_FAMILY: MessageKey = 'privacy.passphrase.weak.family';

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

/**
 * Loads the estimator and its dictionaries once; later calls share the same promise. When they
 * cannot be fetched (no connection, before the offline copy kept them), rejects with a message
 * saying so; the next call tries again.
 */
export function loadPassphraseEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= import('./passphraseEstimator').then(
    ({ createPassphraseEstimator }) => createPassphraseEstimator(),
    () => {
      estimator = undefined;
      throw new UserMessageError('privacy.passphrase.error.unavailable');
    },
  );
  return estimator;
}

/**
 * What is left of a passphrase once the words in `avoid` are taken out, whether written alone or run
 * together ("Maya", "mayaprice"): the part a guesser who knows the family would still have to find.
 */
export function withoutWordsToAvoid(passphrase: string, avoid: readonly string[]): string {
  const words = new Set(avoid);
  const known = new Map<string, boolean>();
  const madeOfAvoided = (letters: string): boolean => {
    if (letters === '') return true;
    let found = known.get(letters);
    if (found === undefined) {
      found = [...words].some((w) => letters.startsWith(w) && madeOfAvoided(letters.slice(w.length)));
      known.set(letters, found);
    }
    return found;
  };
  return passphrase
    .split(/(\P{L}+)/u)
    .filter((part) => !/\p{L}/u.test(part) || !madeOfAvoided(part.toLowerCase()))
    .join('');
}

/**
 * How hard the passphrase would be to guess, with the estimator's feedback as catalogue keys.
 * `avoid`: words someone who knows the family would try first (state/passphraseWords.ts). The
 * estimator counts them as guessable words, and what is left without them must be strong enough
 * on its own, because its dictionaries already know most names and rate four names in a row highly.
 */
export async function passphraseStrength(
  passphrase: string,
  avoid: readonly string[] = [],
): Promise<PassphraseStrength> {
  const estimator = await loadPassphraseEstimator();
  const result = estimator.check(passphrase, [...avoid]);
  const score = result.score as PassphraseScore;
  const strong = score >= MIN_PASSPHRASE_SCORE;
  const { warning, suggestions } = result.feedback;
  const tips = [...new Set(suggestions.flatMap((s) => (TIP[s] ? [TIP[s]] : [])))];
  if (!strong) return { score, strong, weakness: (warning && WEAKNESS[warning]) || WEAK_OTHER, tips };
  const rest = withoutWordsToAvoid(passphrase, avoid);
  if (rest === passphrase) return { score, strong, tips };
  const restScore = (rest.trim() ? estimator.check(rest, [...avoid]).score : 0) as PassphraseScore;
  if (restScore >= MIN_PASSPHRASE_SCORE) return { score, strong, tips };
  return { score: restScore, strong: false, weakness: WEAK_FAMILY, tips };
}

/** Throws a UserMessageError saying why, unless the passphrase is hard enough to guess. */
export async function assertStrongPassphrase(passphrase: string, avoid: readonly string[] = []): Promise<void> {
  const { weakness } = await passphraseStrength(passphrase, avoid);
  if (weakness) throw new UserMessageError(weakness);
}
