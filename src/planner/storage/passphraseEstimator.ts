/**
 * The passphrase strength estimator, zxcvbn-ts with its common and English dictionaries (about
 * 1.5 MB). Only `passphraseStrength.ts` loads this module, with a dynamic import, so it is a chunk of
 * its own (passphraseEstimator-*.js) that the builder fetches only when a passphrase is being chosen.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';

/**
 * A new estimator. No translations are given, so its feedback is the keys of its English texts,
 * which passphraseStrength.ts maps to our catalogue.
 */
export function createPassphraseEstimator(): ZxcvbnFactory {
  return new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary }, graphs: adjacencyGraphs });
}
