/**
 * Words a passphrase protecting these plans must not lean on: the names and details written in
 * them (the child's name, everyone in the register and every signatory, and the plan's protected
 * details: surnames, the child's new name, address, town, school). Someone who finds the computer
 * and knows the family would try those first, so the strength estimator counts them as guessable
 * (zxcvbn's "user inputs"). Kept in memory only, while a passphrase is chosen.
 */
import type { Plan } from '../schema/planSchema';
import { protectedDetailsOfPlan } from './protectedDetails';

/** Shorter words match too much of any passphrase to say anything about this family. */
const MIN_WORD_LENGTH = 3;

/** Each word of the names and details in `plans`, lower-cased, once each. */
export function passphraseWordsToAvoid(plans: readonly Plan[]): string[] {
  const texts = plans.flatMap((plan) => [
    plan.title,
    plan.child.name,
    ...plan.people.map((p) => p.name),
    ...plan.signOff.map((s) => s.name),
    ...protectedDetailsOfPlan(plan, 'birth').map((d) => d.text),
    ...protectedDetailsOfPlan(plan, 'adoptive').map((d) => d.text),
  ]);
  const words = texts.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((w) => w.length >= MIN_WORD_LENGTH))];
}
