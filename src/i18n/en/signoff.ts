/**
 * Sign-off: signatories, readiness rules, versions and their changes, fingerprints, opening a PDF. The
 * words of the checks of an opened PDF and of the calendar file are in signoffTools.ts.
 */
export const signoffMessages = {
  // What a plan still needs before sign-off (signOffRules.ts), in GOV.UK error-message style.
  'signoff.rule.childName': "Enter the child's name or a pseudonym",
  'signoff.rule.purposesNone': 'Select at least one purpose of staying in touch',
  'signoff.rule.purposesOther': 'Enter the other purpose',
  'signoff.rule.peopleNone': 'Add at least one person who is important to the child',
  'signoff.rule.arrangementsNone': 'Add at least one arrangement, even if it is "none for now"',
  'signoff.rule.arrangementName': 'arrangement {number} ({form})',
  'signoff.rule.arrangementNoForm': 'no form chosen',
  'signoff.rule.arrangementPeople': 'Select who {arrangement} is with',
  'signoff.rule.arrangementUnknownPerson':
    'Check who {arrangement} is with: it names someone who is no longer in the plan',
  'signoff.rule.arrangementPurposes': 'Select what {arrangement} is for',
  'signoff.rule.arrangementNoneReason': 'Say why {arrangement} means no contact for now',
  'signoff.rule.childVoice': "Record the child's wishes and feelings, or why they could not be given",
  'signoff.rule.reviewDate': 'Enter the date of the next review',
  'signoff.rule.reviewDateInPast': 'The date of the next review must be in the future',
  'signoff.rule.socialWorker': "Add the social worker's sign-off, with the date",
  'signoff.rule.adoptiveParents': "Add the adoptive parents' sign-off, with the date",
  'signoff.rule.adoptiveParent': "Add {name}'s sign-off as an adoptive parent, with the date",
  'signoff.rule.signatoryDate.missing': 'Enter the date {who} signed off',
  'signoff.rule.signatoryDate.notReal': 'The date {who} signed off must be a real date',
  'signoff.rule.signatoryDate.future': 'The date {who} signed off must be today or in the past',
  'signoff.rule.reservations': "Enter {who}'s reservations",
  'signoff.rule.disagreement': 'Record why {who} does not agree',
  'signoff.rule.unnamedSignatory': 'signatory {number}',

  // Why a change of status cannot happen yet (planLifecycle.ts).
  'signoff.lifecycle.onlyDraftCanBeReady': 'Only a draft plan can be marked as ready for sign-off.',
  'signoff.lifecycle.onlyReadyCanReturn': 'Only a plan that is ready for sign-off can go back to draft.',
  'signoff.lifecycle.markReadyFirst': 'Mark the plan as ready for sign-off first.',
  'signoff.lifecycle.onlySignedNeedsVersion':
    'Only a signed-off plan needs a new version: this one can still be changed.',
  'signoff.lifecycle.tooManyVersions':
    'A plan file keeps up to {max} earlier versions. Save this plan to a file for the record, then start a fresh plan from a copy.',
  'signoff.lifecycle.changeLogFull': 'The change log of this plan is full.',
  'signoff.lifecycle.summaryMissing': 'Enter a summary of what will change in the new version',
  'signoff.lifecycle.summaryTooLong': 'The summary must be {max} characters or fewer',
  'signoff.lifecycle.byTooLong': 'Who is making the change must be {max} characters or fewer',

  // The sign-off section's overview (SignOffSection.tsx).
  'signoff.missing.heading': 'Before the plan can be signed off',
  'signoff.missing.nothing': 'Nothing is missing: the plan and its sign-offs have everything they need.',
  'signoff.missing.contentHeading': 'Still missing from the plan',
  'signoff.missing.signaturesHeading': 'Still needed for sign-off',
  'signoff.status.label': 'Status:',
  'signoff.status.version': 'Version {version}',
  'signoff.status.draftReadyHint':
    'When the plan is ready, mark it as ready for sign-off, then record each person’s sign-off. It can still be changed until it is signed off.',
  'signoff.status.draftNotReadyHint': {
    one: 'You cannot mark the plan as ready for sign-off yet: {count} thing is still missing from the plan (listed above).',
    other:
      'You cannot mark the plan as ready for sign-off yet: {count} things are still missing from the plan (listed above).',
  },
  'signoff.status.markReady': 'Mark as ready for sign-off',
  'signoff.status.markedReady': 'The plan is ready for sign-off. Record each person’s sign-off below.',
  'signoff.status.completeHint':
    'Everything is in place. Once the plan is signed off it cannot be changed: any change will need a new version.',
  'signoff.status.incompleteHint': {
    one: 'You cannot sign off the plan yet: {count} thing is still needed (listed above).',
    other: 'You cannot sign off the plan yet: {count} things are still needed (listed above).',
  },
  'signoff.status.signOff': 'Sign off the plan',
  'signoff.status.signedOff': 'The plan has been signed off. It can no longer be changed.',
  'signoff.status.returnToDraft': 'Return the plan to draft',
  'signoff.status.returnedToDraft': 'The plan is a draft again.',
  'signoff.signatories.heading': 'Who has signed off',
  'signoff.signatories.whoMustSign': 'The social worker must sign off, and the adoptive parents. Also ask:',
  'signoff.signatories.alsoAsk.manager': 'the approving manager',
  'signoff.signatories.alsoAsk.birthRelatives': 'each birth relative who is party to the arrangements',
  'signoff.signatories.alsoAsk.fosterCarers': 'the foster carers, if the child is still with them',
  'signoff.signatories.alsoAsk.youngPerson': 'the young person, where they are old enough',
  'signoff.signatories.alsoAsk.anyoneElse': 'anyone else the plan relies on',
  'signoff.signatories.recordViews':
    'Where someone does not agree, or agrees with reservations, record it: their view is part of the plan.',
  'signoff.signatories.addFirst': 'Add a signatory',
  'signoff.signatories.addAnother': 'Add another signatory',
  'signoff.signatories.none': 'No one has signed off yet.',
  'signoff.signatories.theirViews': 'Their views',
  'signoff.signatories.signature': 'Signature',
  'signoff.signatories.typedNameOnly': 'Typed name only',
  'signoff.statusSection.signedHeading': 'The signed plan',
  'signoff.statusSection.unsignedHeading': 'Sign off the plan',
  'signoff.statusSection.startNewVersion': 'Start a new version',
  'signoff.versionsSection.heading': 'Versions',
  'signoff.versionsSection.thisVersion': 'This is version {version}.',
  'signoff.versionsSection.earlier': {
    '=0': 'There are no earlier versions.',
    '=1': 'One earlier version is kept with it.',
    other: '{count} earlier versions are kept with it.',
  },
  'signoff.versionsSection.seeAll': 'See every version and what changed',
  'signoff.overview.backToPlan': 'Back to the plan',
  'signoff.remove.title': 'Are you sure you want to remove {name}?',
  'signoff.remove.consequence': 'Their sign-off will be taken out of the plan.',
  'signoff.remove.confirm': 'Yes, remove',
  'signoff.remove.keep': 'No, keep {name}',

  // Adding or changing a signatory (SignatoryForm.tsx, SignaturePad.tsx).
  'signoff.signatoryForm.addTitle': 'Add a signatory',
  'signoff.signatoryForm.changeTitle': 'Change the sign-off of {name}',
  'signoff.signatoryForm.save': 'Save signatory',
  'signoff.signatoryForm.they': 'they',
  'signoff.signatoryForm.whoMissing': 'Select who is signing',
  'signoff.signatoryForm.roleOtherMissing': 'Describe their role',
  'signoff.signatoryForm.reservationsMissing': 'Enter their reservations',
  'signoff.signatoryForm.disagreementMissing': 'Enter why they do not agree',
  'signoff.signaturePad.drawn': 'Signature box, with a drawn signature',
  'signoff.signaturePad.empty': 'Signature box, empty',
  'signoff.signaturePad.full': 'The signature box is full. Clear it to sign again.',
  'signoff.signaturePad.clear': 'Clear signature',
  'signoff.signaturePad.imageOf': 'Drawn signature of {name}',

  // Links and actions shared by the sign-off pages.
  'signoff.nav.backToSignOff': 'Back to sign-off',

  // The signed-off banner (SignedBanner.tsx): a sentence around the "Start a new version" link.
  'signoff.banner.title': 'Signed off: version {version}',
  'signoff.fingerprint.label': 'Fingerprint (SHA-256) of this signed version:',
  'signoff.fingerprint.record':
    'Record all 64 characters on the child’s case record. Checking a PDF or plan file against it later shows whether it is this signed version (the exchange log, kept up after sign-off, is not part of it). It is tamper-evidence, not a digital signature.',
  'signoff.banner.signed': 'This plan was signed off. It cannot be changed.',
  'signoff.banner.signedOn': 'This plan was signed off on {date}. It cannot be changed.',
  'signoff.banner.newVersionLink': 'Start a new version',
  'signoff.banner.afterLink': 'to make changes.',

  // Opening a PDF in the builder (readPlanFromPdf.ts, openPlanPdf.ts).
  'signoff.pdfRead.notPdf': 'This file is not a PDF. Choose a PDF exported from Staying in touch.',
  'signoff.pdfRead.unreadable': 'This PDF could not be read. It may be damaged or password protected.',
  'signoff.pdfRead.tooLarge':
    'This PDF could not be read. It may be damaged or password protected. It is larger than any plan PDF.',
  'signoff.pdfRead.notOurs':
    'This PDF was not made by Staying in touch, so it has no plan to open. Choose a PDF exported from Staying in touch, or open the plan file (.json) instead.',
  'signoff.pdfRead.noPlan':
    'This PDF from Staying in touch has no plan inside it, so it cannot be opened in the builder.',
  'signoff.pdfRead.severalFiles':
    'This PDF has more than one file attached. PDFs from Staying in touch carry only the plan, so this one was not opened.',
  'signoff.pdfRead.loops':
    'This PDF’s list of attached files refers back to itself, which no PDF from Staying in touch does, so it was not read.',
  'signoff.pdfRead.tooMuchData':
    'This PDF holds far more compressed data than a plan PDF ever does, so reading stopped before it filled up this device’s memory. It was not opened.',
  'signoff.pdfRead.tooSlow':
    'Reading this PDF took longer than the {seconds} seconds allowed, so it was stopped. It was not opened.',
  'signoff.pdfRead.damaged': 'The plan inside this PDF is damaged and cannot be read.',
  'signoff.pdfRead.changed':
    'The plan inside this PDF does not match the fingerprint written into the PDF, so it was changed after the PDF was made. Do not rely on it: ask for a copy of the signed PDF from the child’s record.',
  'signoff.pdfRead.invalid': 'The plan inside this PDF could not be opened.',
  'signoff.pdfRead.invalidBecause': 'The plan inside this PDF could not be opened. {reason}',
} as const;
