/** The plan builder's screens: task list, plans list, section pages, files and notices. */
export const plannerMessages = {
  // The builder as a whole: its name, tab titles, loading and a plan address that leads nowhere.
  'planner.name': 'Plan builder',
  'planner.loading': 'Loading…',
  'planner.notFound.title': 'Plan not found',
  'planner.notFound.body':
    'There is no plan with this address on this device. It may have been deleted, or saved on another device.',
  'planner.notFound.link': 'Go to your plans',
  'planner.notice.noExample': 'There is no worked example called “{id}”.',
  'planner.notice.noPlanForSection': 'You do not have a plan on this device yet, so there is no “{section}” to open.',
  'planner.notice.startAtSection': 'Start a new plan at that section',
  'planner.notice.copied': 'Made a copy: {name}.',
  'planner.notice.deleted': 'The plan has been deleted from this device.',
  'planner.notice.deletedAll': 'All plans have been deleted from this device.',
  'planner.action.cancel': 'Cancel',

  // The pages: the builder itself and the blank template.
  'planner.page.description':
    'Draft a staying-in-touch plan with the family, save it on this device, and check it before sign-off.',
  'planner.page.noscript':
    'The plan builder needs JavaScript, which is turned off or blocked in this browser. Here is the whole planning template as a blank form you can print and fill in by hand.',
  'planner.templatePage.title': 'Blank planning template',
  'planner.templatePage.description':
    'The staying-in-touch planning template as a blank form to print and fill in by hand.',
  'planner.templatePage.heading': 'Staying-in-touch plan: blank template',
  'planner.templatePage.lead':
    'Every section of the plan builder, to print and fill in by hand. Use a pseudonym for the child if the paper copy may be seen by others.',
  'planner.templatePage.builderLink': 'Use the plan builder instead',
  'planner.templatePage.builderLinkAfter': ': it saves as you go and checks the plan for you.',

  // A plan's names and statuses.
  'planner.plan.untitled': 'Untitled plan',
  'planner.plan.copyTitle': 'Copy of {name}',
  // The status field's options keep the plan's key names (the answers read them as its options);
  // here because the plans list shows them.
  'plan.option.planStatus.draft': 'Draft',
  'plan.option.planStatus.ready': 'Ready for sign-off',
  'plan.option.planStatus.signed': 'Signed off',
  'planner.practice.tag': 'Practice',
  'planner.practice.banner': '{marker}. Do not add real details.',
  'planner.taskStatus.notStarted': 'Not started',
  'planner.taskStatus.inProgress': 'In progress',
  'planner.taskStatus.completed': 'Completed',
  'planner.taskStatus.cannotStart': 'Cannot start yet',
  'planner.taskStatus.reason.needPerson': 'Add at least one important person first',
  'planner.taskStatus.reason.needArrangement': 'Add at least one arrangement first',
  'planner.taskStatus.reason.needOtherSections': 'Complete every other section first',

  // Saving: the status line under the heading.
  'planner.saveStatus.loaded': 'Last changed {dateTime}',
  'planner.saveStatus.savedInTab': 'Kept in this tab only at {time}',
  'planner.saveStatus.savedOnDevice': 'Saved on this device at {time}',
  'planner.saveStatus.failed': 'Not saved: {reason}. Save the plan to a file to keep your changes.',
  'planner.saveStatus.reason.quota': 'this device is out of space',
  'planner.saveStatus.reason.elsewhere': 'it was changed in another tab',
  'planner.saveStatus.reason.refused': 'the browser refused to save',

  // "Your plans".
  'planner.plans.title': 'Your plans',
  'planner.plans.lead':
    'Draft a staying-in-touch plan with the family, section by section, over as many sittings as you need.',
  'planner.plans.sessionOnly':
    'This browser is not letting the plan builder save on this device. Plans are kept only while this page is open, so reloading or closing it loses them: save each plan to a file.',
  'planner.plans.savedOnDevice':
    'Plans are saved on this device only, as you type, encrypted with a key this browser keeps. Nothing is sent anywhere.',
  'planner.plans.new': 'Start a new plan',
  'planner.plans.none': 'There are no plans on this device yet.',
  'planner.plans.duplicate': 'Duplicate',
  'planner.plans.rename': 'Rename',
  'planner.plans.delete': 'Delete',
  'planner.plans.child': 'Child',
  'planner.plans.status': 'Status',
  'planner.plans.statusValue': '{status}, version {version}',
  'planner.plans.lastSaved': 'Last saved',
  'planner.plans.confirm': 'Confirm',
  'planner.plans.confirmDelete': 'Are you sure you want to delete {name}? This cannot be undone.',
  'planner.plans.confirmDeleteButton': 'Yes, delete this plan',
  'planner.plans.examplesHeading': 'Practise with a worked example',
  'planner.plans.examplesIntro':
    'Each opens as a new practice plan with fictional people, marked as practice wherever it shows.',
  'planner.plans.paperHeading': 'Working on paper',
  'planner.plans.paperLink': 'Print the blank planning template',
  'planner.plans.deleteAllHeading': 'Delete all plans from this device',
  'planner.plans.deleteAllIntro': 'For example before you hand the device back or leave a shared computer.',
  'planner.plans.deleteAllButton': 'Delete all plans from this device',
  'planner.plans.confirmDeleteAll': {
    one: 'Are you sure you want to delete all {count} plan from this device? This cannot be undone.',
    other: 'Are you sure you want to delete all {count} plans from this device? This cannot be undone.',
  },
  'planner.plans.confirmDeleteAllButton': 'Yes, delete all plans',
  'planner.rename.label': 'New name for this plan',
  'planner.rename.hint': 'Leave it blank to use the child’s name.',
  'planner.rename.tooLong': "The plan's name must be {max} characters or fewer",
  'planner.rename.save': 'Save name',

  // A plan's task list and the frame of its section pages.
  'planner.taskList.documentTitle': 'Your plan',
  'planner.taskList.documentTitlePractice': 'Practice plan',
  'planner.taskList.back': 'Back to your plans',
  'planner.taskList.caption': 'Staying-in-touch plan · version {version} · {status}',
  'planner.taskList.progress': 'You have completed {done} of {total} sections.',
  'planner.reviewDue.notice': 'This plan is due for review: the date of its next review was {date}.',
  'planner.taskList.stepTitle': 'Step {step}: {title}',
  'planner.taskList.checkAnswers': 'Check your answers',
  'planner.sectionPage.stepCaption': 'Step {step} of 6 · {plan}',
  'planner.sectionPage.backToCheck': 'Back to check your answers',
  'planner.sectionPage.backToCopies': 'Back to copies for each family',
  'planner.sectionPage.backToPlan': 'Back to the plan',
  'planner.guides.title': 'Guidance for this section',
  'planner.guides.wales': 'Staying in touch in Wales: the Welsh law, codes and guidance',
  'planner.remove.title': 'Are you sure you want to remove {name}?',
  'planner.remove.alsoRemoves': 'This will also remove:',
  'planner.remove.confirm': 'Yes, remove',
  'planner.remove.keep': 'No, keep {name}',
  'planner.remove.done': 'Removed {name}.',
  // Said after an item's name on its buttons and links when another item in the list has the same name.
  'planner.sectionPage.copyLink': 'Copy from another plan',
  'planner.sectionPage.copyPeopleLink': 'Copy people from another plan',
  'planner.item.position': '({number} of {count})',

  // Forms: the parts every question shares.
  'planner.form.submit': 'Save and continue',
  'planner.form.saveAndAddAnother': 'Save and add another',
  'planner.form.savedAddAnother': 'Saved. You can add the next one now.',
  'planner.form.errorSummaryTitle': 'There is a problem',
  'planner.form.selectPlaceholder': 'Select',
  'planner.form.date.day': 'Day',
  'planner.form.date.month': 'Month',
  'planner.form.date.year': 'Year',
  'planner.form.date.example': 'For example, 27 3 2020.',
  'planner.form.date.today': "Use today's date",
  'planner.namedPerson.notNamed': 'Not named',
  'planner.namedPerson.add': 'Someone new: add them to the people in this plan',
  'planner.namedPerson.writtenIn': 'Write a name, role or service instead',
  'planner.namedPerson.written.label': 'Name, role or service',
  'planner.namedPerson.written.hint': 'For example, "the agency\'s letterbox coordinator".',
  'planner.namedPerson.addedAs':
    'They will be added to the people in this plan as a professional, so you can pick them again anywhere in the plan.',
  'planner.namedPerson.name.label': 'Their name',
  'planner.namedPerson.role.label': 'Their role (optional)',
  'planner.namedPerson.nameMissing': 'Enter their name',
  'planner.namedPerson.writtenTooLong': 'The name, role or service must be {maximum} characters or fewer',
  'planner.namedPerson.registerFull':
    'The plan already has {maximum} people, the most it can hold. Pick someone in it or write a name instead',
  'planner.completed.legend': 'Have you completed this section?',
  'planner.completed.yes': 'Yes, I’ve completed this section',
  'planner.completed.no': 'No, I’ll come back to it later',
  'planner.completed.required': 'Select whether you have completed this section',

  // Plan files: saving, opening, and why a file could not be opened.
  'planner.files.heading': 'Plan files',
  'planner.files.saveIntro':
    'Save a copy of this plan as a file to keep it safe, move it to another device or share it securely.',
  'planner.files.save': 'Save plan to file',
  'planner.files.saveFailed':
    'The plan file could not be made, so nothing was downloaded. The plan itself is unchanged. Try again; if it happens again, reload the page first.',
  'planner.files.open': 'Open plan file',
  'planner.files.openHint': 'A .json plan file saved from this plan builder. It opens as a plan on this device.',
  'planner.files.opened': 'Opened {file}.',
  'planner.files.openedAsCopy':
    'Opened {file} as a copy, because a different version of this plan is already on this device.',
  'planner.files.fileEmpty': '{file} is empty.',
  'planner.files.fileTooLarge': '{file} is too large. A plan file can be up to {megabytes} MB.',
  'planner.files.fileUnreadable': '{file} could not be read. Try saving it again and opening the new copy.',
  'planner.files.storageFull':
    '{file} was not opened: the storage for this website on this device is full. Nothing has been changed. Save plans you need to files, delete plans you no longer need, then open the file again.',
  'planner.files.storageUnavailable':
    '{file} was not opened: this browser would not let the plan be stored on this device. Nothing has been changed.',
  'planner.files.issuesHeading': 'What is wrong with the file',
  'planner.files.issuesWholeFile': 'the file',
  'planner.files.issuesMore': { one: 'And {count} more problem.', other: 'And {count} more problems.' },
  'planner.files.issuesUnchanged': 'Nothing has been changed.',
  // npm run plan:validate (scripts/plan-validate.ts).
  'planner.validate.usage':
    'Usage: npm run plan:validate -- [--pdf-time-limit=<seconds>] <plan.json or plan.pdf> [more files ...]',
  'planner.validate.cannotRead': '{file} could not be read ({code}).',
  'planner.validate.valid': 'Valid plan',
  'planner.validate.validMigrated': 'Valid plan (migrated from format version {version})',
  // npm run plan:verify (scripts/plan-verify.ts).
  'planner.verify.usage':
    'Usage: npm run plan:verify -- <plan.pdf> [--fingerprint <the 64 characters from the case record>]',
  'planner.verify.badFingerprint':
    'A fingerprint is 64 characters, each 0 to 9 or a to f, as printed on the plan’s sign-off page.',
  'planner.planFile.empty': 'The file is empty.',
  'planner.planFile.tooLarge': 'The file is too large. A plan file can be up to {megabytes} MB.',
  'planner.planFile.pdf': 'This is a PDF, not a plan file. Plan files end in .json.',
  'planner.planFile.notText': 'This is not a plan file: it is not text. Plan files are text files ending in .json.',
  'planner.planFile.tooDeep': 'The file is nested too deeply to be a plan file.',
  'planner.planFile.notJson': 'This is not a plan file: it is not written in JSON, the format plan files are saved in.',
  'planner.planFile.forbiddenKey':
    'The file contains a field called "{field}", which plan files never use, so it was not opened.',
  'planner.planFile.duplicateKey':
    'The file gives the field "{field}" twice in the same place, so it is not clear which is meant. Plan files never do this, so it was not opened.',
  'planner.planFile.invalid': {
    one: 'The file is not a valid plan: {count} problem found.',
    other: 'The file is not a valid plan: {count} problems found.',
  },
  'planner.planFile.notAnObject': 'The file is not a plan: a plan file holds one plan, written as a JSON object.',
  'planner.planFile.noVersion':
    'The file does not say which plan format it uses (it has no "schemaVersion"), so it is not a plan file from this builder.',
  'planner.planFile.unknownVersion': "The file's plan format version ({version}) is not one this builder knows.",
  'planner.planFile.newerVersion':
    'This plan was saved by a newer version of the plan builder (format version {version}). This builder reads format version {current} and older. Open it in the newer builder, or ask whoever sent it for a copy in format version {current}.',
  'planner.planFile.retiredVersion': 'Plans in format version {version} can no longer be opened by this builder.',
  'planner.planFile.issue.missing': 'Missing: this field is required',
  'planner.planFile.issue.type.string': 'Must be text',
  'planner.planFile.issue.type.number': 'Must be a number',
  'planner.planFile.issue.type.int': 'Must be a whole number',
  'planner.planFile.issue.type.boolean': 'Must be true or false',
  'planner.planFile.issue.type.array': 'Must be a list',
  'planner.planFile.issue.type.object': 'Must be a group of fields',
  'planner.planFile.issue.type.literal': 'Must be a fixed value',
  'planner.planFile.issue.type.other': 'Must be {expected}',
  'planner.planFile.issue.unknownKeys': {
    one: 'Has a field that plan files do not use: {keys}',
    other: 'Has fields that plan files do not use: {keys}',
  },
  'planner.planFile.issue.oneOf': 'Must be one of: {values}',
  'planner.planFile.issue.tooLong': 'Must be {maximum} characters or fewer',
  'planner.planFile.issue.tooBig': 'Must be {maximum} or fewer',
  'planner.planFile.issue.empty': 'Must not be empty',
  'planner.planFile.issue.tooSmall': 'Must be {minimum} or more',
  'planner.planFile.issue.format': 'Is not in the expected format',
  // The link to the exchange log (ui/exchanges/*), on the review section and the task list.
  'planner.exchangeLogLink.intro': 'Letters, cards and messages as they happen:',
  'planner.exchangeLogLink.link': 'Exchange log',
} as const;
