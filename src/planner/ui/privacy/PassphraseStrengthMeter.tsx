/**
 * How hard the passphrase being chosen would be to guess, shown as it is typed: a sentence (and,
 * for a weak one, why and what to do), with a bar that repeats the sentence for sighted users and is
 * hidden from screen readers. The words are announced politely, once typing pauses, never on every
 * keystroke. Loads the estimator as soon as it is shown, so the first check is quick.
 */
import { useEffect, useState } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import { MIN_PASSPHRASE_LENGTH } from '../../storage/passphraseCrypto';
import {
  loadPassphraseEstimator,
  passphraseStrength,
  type PassphraseScore,
  type PassphraseStrength,
} from '../../storage/passphraseStrength';
import { useToolTranslator } from '../useToolTranslator';

/** The pause in typing after which the strength is checked and announced. */
const PAUSE_MS = 700;

const LEVEL: Record<PassphraseScore, MessageKey> = {
  0: 'privacy.passphrase.strength.0',
  1: 'privacy.passphrase.strength.1',
  2: 'privacy.passphrase.strength.2',
  3: 'privacy.passphrase.strength.3',
  4: 'privacy.passphrase.strength.4',
};

type Shown =
  | { kind: 'nothing' }
  | { kind: 'tooShort' }
  | { kind: 'strength'; strength: PassphraseStrength }
  | { kind: 'unavailable' };

export function PassphraseStrengthMeter({
  id,
  passphrase,
  avoid,
}: {
  id: string;
  passphrase: string;
  /** Words of the plans' names and details, counted as easily guessed (state/passphraseWords.ts). */
  avoid: readonly string[];
}) {
  const { t } = useToolTranslator();
  const [shown, setShown] = useState<Shown>({ kind: 'nothing' });

  useEffect(() => {
    loadPassphraseEstimator().catch(() => setShown({ kind: 'unavailable' }));
  }, []);

  useEffect(() => {
    if (!passphrase) {
      setShown({ kind: 'nothing' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        setShown({ kind: 'tooShort' });
        return;
      }
      passphraseStrength(passphrase, avoid).then(
        (strength) => current && setShown({ kind: 'strength', strength }),
        () => current && setShown({ kind: 'unavailable' }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, avoid]);

  const strength = shown.kind === 'strength' ? shown.strength : undefined;
  return (
    <div className="passphrase-strength" id={id}>
      <div aria-live="polite" aria-atomic="true">
        {shown.kind === 'tooShort' && (
          <p>{t('privacy.passphrase.strength.tooShort', { count: MIN_PASSPHRASE_LENGTH })}</p>
        )}
        {shown.kind === 'unavailable' && <p>{t('privacy.passphrase.strength.unavailable')}</p>}
        {strength && <p className="passphrase-strength__level">{t(LEVEL[strength.score])}</p>}
        {strength?.weakness && <p>{t(strength.weakness)}</p>}
      </div>
      {strength && (
        <div
          className={`passphrase-strength__bar passphrase-strength__bar--${strength.strong ? 'strong' : 'weak'}`}
          aria-hidden="true"
        >
          <span className={`passphrase-strength__fill passphrase-strength__fill--${strength.score}`} />
        </div>
      )}
      {strength && strength.tips.length > 0 && !strength.strong && (
        <ul className="passphrase-strength__tips">
          {strength.tips.map((tip) => (
            <li key={tip}>{t(tip)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
