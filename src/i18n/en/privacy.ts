/** Privacy and device controls: shared-computer question, passphrase lock, idle lock, tabs, storage and delete everything. */
export const privacyMessages = {
  // What "Delete everything" could not remove (privacy/wipeDevice.ts), listed in privacy.deleted.failed
  'privacy.wipe.part.plans': 'plans',
  'privacy.wipe.part.settings': 'settings and drafts',
  'privacy.wipe.part.tabPlans': 'plans kept in this tab',
  'privacy.wipe.part.offlineCopy': 'the offline copy of the site',

  // Refusals from the storage modules (storage/, privacy/deviceStorage.ts)
  'privacy.storage.error.wrongPassphrase':
    'That passphrase is not right. Check it and try again. Nothing has been deleted.',
  'privacy.storage.error.passphraseTooShort': 'Choose a passphrase of at least {min} characters.',
  'privacy.storage.error.keptChanging': 'Plans kept changing in another tab. Close the other tabs and try again.',
  'privacy.storage.error.onlyOnDevice': 'Passphrase protection is only for plans saved on the device.',
  'privacy.storage.error.alreadyProtected': 'The plans are already protected.',
  'privacy.storage.error.unlockFirst': 'Unlock the plans first.',

  // "Open plan file" refusing a file (privacy/readPlanFileBytes.ts); {file} is the file's name
  'privacy.file.empty': '{file} is empty.',
  'privacy.file.tooLarge': '{file} is too large. A plan file can be up to {megabytes} MB.',
  'privacy.file.notPdf':
    '{file}: This file is not a PDF, although its name ends in .pdf. Choose a PDF exported from Staying in touch, or a plan file (.json).',
  'privacy.file.notText': '{file}: This is not a plan file: it is not text. Plan files are text files ending in .json.',
  'privacy.file.utf16':
    '{file}: The file is saved as UTF-16 text. Plan files are UTF-8 text: save it again from the plan builder, or save it as UTF-8 in your text editor.',
  'privacy.file.notUtf8':
    '{file}: The file is text, but not in UTF-8, the encoding plan files use. Save it again from the plan builder, or save it as UTF-8 in your text editor.',
  'privacy.file.brokenCharacters':
    '{file}: The file has broken characters in its text (half of a character that needs two parts), so it may have been damaged or converted badly. It was not opened.',
  'privacy.file.controlCharacters':
    '{file}: The file has invisible control characters in its text, which plans never contain, so it may have been changed by another program. It was not opened.',
  'privacy.file.issue.brokenCharacter': 'Has a broken character',
  'privacy.file.issue.controlCharacter': 'Has an invisible control character',
  /** A refusal worded by the plan file or PDF reader, which do not use the catalogue yet. */
  'privacy.file.fromReader': '{file}: {problem}',
  'privacy.file.issue.fromReader': '{problem}',
} as const;
