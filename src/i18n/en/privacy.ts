/** Privacy and device controls: shared-computer question, passphrase lock, idle lock, tabs, storage and delete everything. */
export const privacyMessages = {
  // The builder around the plans (ui/privacy/PlannerShell.tsx)
  'privacy.shell.heading': 'Plan builder',
  'privacy.shell.loading': 'Loading…',
  'privacy.shell.notice.shared':
    'Plans will be kept only in this tab, and nothing about them is written to this computer. Reloading or closing the tab loses them: save each plan to a file to keep it.',
  'privacy.shell.notice.tabPlansGone':
    'The plans in this tab were cleared when the page was reloaded: on a shared computer they are kept only while the page is open. If you saved a plan to a file, open it again.',
  'privacy.shell.notice.clearedIdle':
    'The plans in this tab were cleared because the plan builder was not used for 15 minutes. If you saved a plan to a file, open it again.',
  'privacy.shell.notice.personal': 'Plans will be saved on this device as you type.',
  'privacy.shell.notice.forgotten': 'The plans on this device have been deleted. Passphrase protection is off.',
  'privacy.shell.notice.protected': 'The plans on this device are now protected with your passphrase.',
  'privacy.shell.notice.unprotected':
    'Passphrase protection is off. Plans on this device are encrypted with a key this browser keeps, so anyone who can use this browser can open them.',
  'privacy.shell.storageNote.tab': 'Nothing you type is sent anywhere.',
  'privacy.shell.storageNote.device':
    'Plans are saved on this device only, as you type, encrypted with a key this browser keeps. Nothing is sent anywhere.',
  'privacy.shell.storageNote.deviceProtected':
    'Plans are saved on this device only, as you type, encrypted with your passphrase. Nothing is sent anywhere.',

  // "Is this a shared or public computer?"
  'privacy.question.title': 'Is this a shared or public computer?',
  'privacy.question.hint':
    'Plans and letters hold sensitive information about children and families. Nothing you type is sent anywhere: this decides whether it is kept on this computer.',
  'privacy.question.option.shared.label': 'Yes, it is shared or public',
  'privacy.question.option.shared.hint':
    'For example a library computer, a hot desk or a family computer. Nothing is written to the computer: what you write is kept only while the page is open, so reloading or closing it loses it. To keep it, save each plan to a file, and print or copy a letter.',
  'privacy.question.option.personal.label': 'No, only I use it',
  'privacy.question.option.personal.hint':
    'For example your work laptop or your own phone. What you write is saved in this browser on this device as you type, and you can protect it with a passphrase.',
  'privacy.question.error.missing': 'Select whether this is a shared or public computer',
  'privacy.question.error.plansOnDevice': {
    one: 'There is {count} plan saved on this device. Before you say it is shared, save the plans you need to files, then use “Delete everything from this device” on your plans page.',
    other:
      'There are {count} plans saved on this device. Before you say it is shared, save the plans you need to files, then use “Delete everything from this device” on your plans page.',
  },
  'privacy.question.back': 'Back',
  'privacy.question.continue': 'Continue',

  // Radios and "Are you sure?" shared by the privacy screens
  'privacy.confirm.label': 'Confirm',
  'privacy.confirm.cancel': 'Cancel',

  // The line above the builder
  'privacy.deviceBar.tabOnly':
    'Plans on this computer are kept only while this page is open: reloading or closing it loses them. Save plan to file to keep it.',
  'privacy.deviceBar.protected': 'Plans on this device are protected with a passphrase.',
  'privacy.deviceBar.lockNow': 'Lock now',

  // "Privacy on this device", on the plans list
  'privacy.controls.heading': 'Privacy on this device',
  'privacy.controls.shared.key': 'Shared or public computer',
  'privacy.controls.shared.yes': 'Yes: plans are kept only while this page is open',
  'privacy.controls.shared.no': 'No, only I use it',
  'privacy.controls.shared.change': 'Change',
  'privacy.controls.shared.changeHidden': 'whether this is a shared or public computer',
  'privacy.controls.passphrase.key': 'Passphrase',
  'privacy.controls.passphrase.on': 'On: plans are encrypted on this device',
  'privacy.controls.passphrase.off': 'Off',
  'privacy.controls.passphrase.turnOn': 'Turn on',
  'privacy.controls.passphrase.turnOff': 'Turn off',
  'privacy.controls.passphrase.actionHidden': 'passphrase protection',
  'privacy.controls.unprotect.question':
    'Turn off passphrase protection? Plans on this device will be encrypted with a key this browser keeps, so anyone who can use this browser can open them, and the builder will no longer lock.',
  'privacy.controls.unprotect.confirm': 'Turn off protection',
  'privacy.controls.delete.heading': 'Delete everything from this device',
  'privacy.controls.delete.text':
    'Removes every trace of the plan builder from this browser: plans, half-filled items, settings, the passphrase record, and the offline copy of this site. Save any plans you need to files first.',
  'privacy.controls.delete.button': 'Delete everything from this device',
  'privacy.controls.delete.question':
    'Are you sure you want to delete everything from this device? This cannot be undone.',
  'privacy.controls.delete.questionCounted': {
    one: 'Are you sure you want to delete everything from this device, including {count} plan? This cannot be undone.',
    other:
      'Are you sure you want to delete everything from this device, including {count} plans? This cannot be undone.',
  },
  'privacy.controls.delete.confirm': 'Yes, delete everything',

  // The locked builder
  'privacy.unlock.title': 'Your plans are locked',
  'privacy.unlock.reason.now': 'You locked the plan builder.',
  'privacy.unlock.reason.idle':
    'The plan builder locked because it was not used for 15 minutes. Your work was saved first.',
  'privacy.unlock.reason.elsewhere': 'The plan builder was locked in another tab.',
  'privacy.unlock.protected': 'The plans on this device are protected with a passphrase.',
  'privacy.unlock.enterToUnlock': {
    '=0': 'Enter it to unlock the plan builder.',
    one: 'Enter it to unlock the {count} plan.',
    other: 'Enter it to unlock the {count} plans.',
  },
  'privacy.unlock.label': 'Passphrase',
  'privacy.unlock.submit': 'Unlock',
  'privacy.unlock.busy': 'Unlocking…',
  'privacy.unlock.error.missing': 'Enter your passphrase',
  'privacy.unlock.error.wait': {
    '=1': 'Too many wrong passphrases. Wait 1 second before trying again',
    other: 'Too many wrong passphrases. Wait {count} seconds before trying again',
  },
  'privacy.unlock.error.failed': 'The plans could not be unlocked. Reload the page and try again.',
  'privacy.unlock.forgotten.summary': 'Forgotten your passphrase?',
  'privacy.unlock.forgotten.noRecovery':
    'There is no way to recover a forgotten passphrase. It is not stored anywhere, and without it the plans on this device cannot be read, by you or by anyone else.',
  'privacy.unlock.forgotten.onlyWay':
    'The only way to carry on is to delete the plans on this device, then start again or open plans you saved to files. Plan files and PDFs you saved are not affected.',
  'privacy.unlock.forgotten.onlyWayCounted': {
    one: 'The only way to carry on is to delete the {count} plan on this device, then start again or open plans you saved to files. Plan files and PDFs you saved are not affected.',
    other:
      'The only way to carry on is to delete the {count} plans on this device, then start again or open plans you saved to files. Plan files and PDFs you saved are not affected.',
  },
  'privacy.unlock.forgotten.delete': 'Delete the plans on this device',
  'privacy.unlock.forgotten.question':
    'Are you sure you want to delete the plans on this device? This cannot be undone.',
  'privacy.unlock.forgotten.questionCounted': {
    one: 'Are you sure you want to delete the {count} plan on this device? This cannot be undone.',
    other: 'Are you sure you want to delete the {count} plans on this device? This cannot be undone.',
  },
  'privacy.unlock.forgotten.confirm': 'Yes, delete the plans on this device',

  // The warning before the idle lock
  'privacy.idle.title': 'Your plans will lock soon',
  'privacy.idle.text':
    'For your security, the plan builder will lock in {time} because it has not been used. Your work is saved.',
  'privacy.idle.minutes': { one: '{count} minute', other: '{count} minutes' },
  'privacy.idle.seconds': { one: '{count} second', other: '{count} seconds' },
  'privacy.idle.lessThanHalfMinute': 'less than 30 seconds',
  'privacy.idle.stay': 'Stay unlocked',
  'privacy.idle.lockNow': 'Lock now',
  'privacy.idle.clear.title': 'The plans in this tab will be cleared soon',
  'privacy.idle.clear.text':
    'To keep them private on this shared computer, the plans in this tab will be cleared in {time} because the plan builder has not been used. Save a plan to a file first if you need it.',
  'privacy.idle.clear.stay': 'Keep working',
  'privacy.idle.clear.save': 'Save plan to file',

  // A plan being edited in another tab
  'privacy.elsewhere.title': 'This plan is open in another tab',
  'privacy.elsewhere.text':
    'This plan is open for editing in another tab or window of this browser. If you changed it here as well, one tab’s changes could overwrite the other’s, so only one tab can edit it at a time.',
  'privacy.elsewhere.question': 'What do you want to do?',
  'privacy.elsewhere.option.readOnly.label': 'Open a read-only copy here',
  'privacy.elsewhere.option.readOnly.hint':
    'You can read the plan and save a copy to a file, but not change it in this tab.',
  'privacy.elsewhere.option.takeOver.label': 'Take over editing here',
  'privacy.elsewhere.option.takeOver.hint': 'The other tab saves its changes first, then shows a read-only copy.',
  'privacy.elsewhere.error.missing': 'Select what you want to do',
  'privacy.elsewhere.continue': 'Continue',
  'privacy.elsewhere.plansLink': 'Go to your plans',

  // The read-only copy
  'privacy.readOnly.title': 'Read-only copy',
  'privacy.readOnly.chosen': 'This plan is being edited in another tab, so it cannot be changed here.',
  'privacy.readOnly.takenOver':
    'This plan is now being edited in another tab, so it cannot be changed here. Your changes in this tab were saved before it moved.',
  'privacy.readOnly.savedAt': 'This copy shows the plan as it was saved at {time}.',
  'privacy.readOnly.takeOver': 'Take over editing here',
  'privacy.readOnly.saveCopy': 'Save a copy to file',
  'privacy.readOnly.plansLink': 'Go to your plans',
  'privacy.readOnly.loading': 'Loading…',

  // When the device will not keep a plan
  'privacy.storageWarning.refused.title': 'Plans cannot be saved on this device',
  'privacy.storageWarning.refused.body':
    'This browser is not letting the plan builder save on this device, for example because it is in private browsing mode or its storage is blocked. You can keep working: plans are kept only while this page is open, so reloading or closing it loses them. Save each plan to a file to keep it.',
  'privacy.storageWarning.full.title': 'Your changes are not saved on this device',
  'privacy.storageWarning.full.body':
    'This device is out of space, so the plan could not be saved on it. You can keep working: your changes are kept in this tab for now. Save the plan to a file to keep them.',
  'privacy.storageWarning.unavailable.title': 'Your changes are not saved on this device',
  'privacy.storageWarning.unavailable.body':
    'The browser refused to save the plan on this device. You can keep working: your changes are kept in this tab for now. Save the plan to a file to keep them.',
  'privacy.storageWarning.changedElsewhere.title': 'This plan was changed in another tab',
  'privacy.storageWarning.changedElsewhere.body':
    'The plan was saved or deleted in another tab or window after you opened it here, so your changes here have not been saved over it. Save the plan to a file to keep your changes, then reload the page to see what is on this device now.',
  'privacy.storageWarning.save': 'Save plan to file',
  'privacy.storageWarning.openEach': 'Open each plan you changed and save it to a file.',

  // After "Delete everything from this device"
  'privacy.deleted.title': 'Everything has been deleted from this device',
  'privacy.deleted.elsewhere': 'It was deleted from another tab of this browser.',
  'privacy.deleted.intro': 'The plan builder has removed from this browser:',
  'privacy.deleted.item.plans': 'plans, and plans kept in this tab',
  'privacy.deleted.item.drafts': 'half-filled items',
  'privacy.deleted.item.settings': 'your settings, including whether this is a shared computer',
  'privacy.deleted.item.passphrase': 'the passphrase record, if you had one',
  'privacy.deleted.item.offlineCopy': 'the offline copy of this site',
  'privacy.deleted.failed': 'These could not be removed: {parts}. Clear this site’s data in your browser’s settings.',
  'privacy.deleted.files': 'Plan files and PDFs you saved are not affected: delete them separately if you need to.',
  'privacy.deleted.shared': 'On a shared or public computer, close this browser window when you have finished.',
  'privacy.deleted.startAgain': 'Start the plan builder again',

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
  'privacy.file.signedWithoutSignatures':
    '{file}: The plan says it is signed off, but its sign-off record does not meet the sign-off rules for its format, so it was not opened. Ask for the signed plan from the child’s case record.',
  'privacy.file.issue.brokenCharacter': 'Has a broken character',
  'privacy.file.issue.controlCharacter': 'Has an invisible control character',
  /** A refusal worded by the plan file or PDF reader, which do not use the catalogue yet. */
  'privacy.file.fromReader': '{file}: {problem}',
  'privacy.file.issue.fromReader': '{problem}',
} as const;
