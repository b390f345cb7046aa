/**
 * The words of choosing a passphrase (ui/privacy/ProtectForm.tsx, PassphraseStrengthMeter.tsx): shown
 * only when someone protects their plans, so they load with that form and not with the builder's
 * first screen (see i18n/builderToolCatalogue.ts).
 */
export const privacyToolMessages = {
  // "Protect plans with a passphrase"
  'privacy.protect.heading': 'Protect plans with a passphrase',
  'privacy.protect.text':
    'Plans on this device will be encrypted. The plan builder locks when you choose “Lock now” and after 15 minutes without use; you need the passphrase to unlock it.',
  'privacy.protect.warning':
    'If you forget the passphrase, the plans on this device cannot be recovered by anyone. Save important plans to files as well.',
  'privacy.protect.new.label': 'Create a passphrase',
  'privacy.protect.new.hint':
    'At least {min} characters. Three or four random words are easy to remember and hard to guess. Do not use your work password.',
  'privacy.protect.again.label': 'Type the passphrase again',
  'privacy.protect.submit': 'Protect plans with this passphrase',
  'privacy.protect.cancel': 'Cancel',
  'privacy.protect.busy': 'Protecting your plans…',
  'privacy.protect.errorTitle': 'Error: {title}',
  'privacy.protect.error.missing': 'Enter a passphrase',
  'privacy.protect.error.tooShort': 'The passphrase must be {min} characters or more',
  'privacy.protect.error.againMissing': 'Enter the passphrase again',
  'privacy.protect.error.mismatch': 'The passphrases do not match',
  'privacy.protect.error.failed': 'The plans could not be protected',

  // How hard a new passphrase would be to guess (storage/passphraseStrength.ts), shown as it is typed.
  'privacy.passphrase.strength.tooShort': {
    one: 'Passphrase strength: too short. It needs at least {count} character.',
    other: 'Passphrase strength: too short. It needs at least {count} characters.',
  },
  'privacy.passphrase.strength.0': 'Passphrase strength: very weak. It would be guessed almost at once.',
  'privacy.passphrase.strength.1': 'Passphrase strength: weak. It would be guessed quickly.',
  'privacy.passphrase.strength.2': 'Passphrase strength: not strong enough. It could be guessed.',
  'privacy.passphrase.strength.3': 'Passphrase strength: strong enough. It would be hard to guess.',
  'privacy.passphrase.strength.4': 'Passphrase strength: strong. It would be very hard to guess.',
  'privacy.passphrase.strength.unavailable':
    'The passphrase’s strength cannot be checked right now. It will be checked when you protect the plans.',
  'privacy.passphrase.error.unavailable':
    'The plans could not be protected: the part of this site that checks how hard a passphrase is to guess has not been downloaded to this device yet, and there is no connection. Connect to the internet and try again. Nothing has been changed.',
  'privacy.passphrase.weak.common':
    'Choose a passphrase that is harder to guess: this one is among the most used passwords. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.similarToCommon':
    'Choose a passphrase that is harder to guess: this one is a much-used password with small changes. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.keyboard':
    'Choose a passphrase that is harder to guess: this one follows a pattern of keys on the keyboard. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.repeat':
    'Choose a passphrase that is harder to guess: this one repeats letters or groups of letters. Use three or four different words.',
  'privacy.passphrase.weak.sequence':
    'Choose a passphrase that is harder to guess: this one is a sequence, such as abc or 1234. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.date':
    'Choose a passphrase that is harder to guess: dates and years are among the first things tried. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.word':
    'Choose a passphrase that is harder to guess: a single word is among the first things tried, even with numbers or symbols added. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.names':
    'Choose a passphrase that is harder to guess: names are among the first things tried. Use three or four words that do not usually go together.',
  'privacy.passphrase.weak.family':
    'Choose a passphrase that is harder to guess: it is made of names or places written in the plans, which are among the first things someone who knows the family would try. Use three or four words that have nothing to do with the family.',
  'privacy.passphrase.weak.other':
    'Choose a passphrase that is harder to guess: this one could be guessed quickly. Add another word or two that do not usually go together.',
  'privacy.passphrase.tip.anotherWord': 'Add another word or two, ones that are not common.',
  'privacy.passphrase.tip.useWords': 'Use several words, and avoid common phrases.',
  'privacy.passphrase.tip.noNeed': 'Symbols, numbers and capital letters are not needed: several words are enough.',
  'privacy.passphrase.tip.l33t':
    'Swapping letters for look-alike symbols, such as @ for a, does not make it much harder to guess.',
  'privacy.passphrase.tip.reverseWords': 'Words spelled backwards are not much harder to guess.',
  'privacy.passphrase.tip.capitals':
    'Capital letters where people usually put them do not make it much harder to guess.',
  'privacy.passphrase.tip.dates': 'Avoid dates and years, especially ones that mean something to you.',
  'privacy.passphrase.tip.sequences': 'Avoid sequences such as abc or 1234.',
  'privacy.passphrase.tip.repeated': 'Do not repeat words, letters or groups of letters.',
  'privacy.passphrase.tip.keyboard': 'Avoid patterns of keys on the keyboard.',
  'privacy.passphrase.tip.usedElsewhere': 'Do not use a passphrase you use anywhere else.',
} as const;
