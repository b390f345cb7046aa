/**
 * Sign-off tools' words, loaded only with the tools that show them: what the checks of an opened PDF
 * found (and comparing its fingerprint with the case record's), and the plan's calendar file. The
 * builder's first load leaves them out (see i18n/builderToolCatalogue.ts).
 */
export const signoffToolMessages = {
  // What the calendar button says it adds (ui/pdf/PdfActions.tsx): exactly what the file holds.
  'signoff.calendarButton.label.review': 'Add review date to calendar',
  'signoff.calendarButton.label.reviewAndLetters': 'Add review and letter dates to calendar',
  'signoff.calendarButton.label.letters': 'Add letter dates to calendar',
  'signoff.calendarButton.noDate': 'There is no review date yet.',
  'signoff.calendarButton.noDateLink': 'Enter the date of the next review',
  'signoff.calendarButton.noDateAfterLink': 'first.',
  'signoff.calendarButton.downloaded': 'Downloaded {fileName}.',
  'signoff.calendarButton.holdsReview': {
    '=0': 'Open it to add the next review to your calendar, with a reminder two weeks before.',
    '=1': 'Open it to add the review to your calendar, repeating every month, with a reminder two weeks before each.',
    other:
      'Open it to add the review to your calendar, repeating every {count} months, with a reminder two weeks before each.',
  },
  'signoff.calendarButton.holdsLetters': {
    '=1': 'It reminds you every year, two weeks ahead, of the month when letters are due.',
    other: 'It reminds you every year, two weeks ahead, of the {count} months when letters are due.',
  },
  'signoff.calendarButton.failed':
    'The calendar file could not be made, so nothing was downloaded. The plan itself is unchanged. Try again; if it happens again, reload the page first.',
  'signoff.calendar.dateNotFull': 'Enter the date of the next review as a full date, for example 2027-03-15',
  'signoff.calendar.dateNotReal': 'The date of the next review must be a real date',
  // The plan's calendar file (planCalendar.ts): what the calendar shows. No one is named in it.
  'signoff.calendar.name': 'Staying-in-touch plan',
  'signoff.calendar.practice': 'Practice: {title}',
  'signoff.calendar.withInitials': '{title} ({initials})',
  'signoff.calendar.aboutPlan': 'From the staying-in-touch plan {planId}, version {version}.',
  'signoff.calendar.reviewTitle': 'Staying-in-touch plan review',
  'signoff.calendar.reviewRepeats': {
    '=1': 'The plan is reviewed every month.',
    other: 'The plan is reviewed every {count} months.',
  },
  'signoff.calendar.reviewPrepare':
    'Open the plan in Staying in touch to prepare: check each arrangement, the support in place and what the child has said.',
  'signoff.calendar.reviewReminder': '{title} in two weeks',
  'signoff.calendar.lettersTitle': 'Staying-in-touch letters due in {month}',
  'signoff.calendar.arrangement': 'arrangement {number} ({form})',
  'signoff.calendar.lettersDue': 'Letters, cards or messages are due this month under {arrangements}.',
  'signoff.calendar.lettersPrepare':
    'Open the plan in Staying in touch for what was agreed: how they are sent, photos, how to sign off and dates to avoid.',
  'signoff.calendar.lettersReminder': '{title}: {month} starts in two weeks',
  // Verifying a plan PDF (pdf/verifyPlanPdf.ts): the builder's "Open plan file" and `npm run plan:verify`.
  // Each check says only what it proves: this is tamper-evidence, not a digital signature.
  'signoff.verify.heading': 'What was checked in this PDF',
  'signoff.verify.check.producer': 'Made by Staying in touch',
  'signoff.verify.check.attachment': 'Attached plan',
  'signoff.verify.check.fingerprint': 'Attached plan unchanged',
  'signoff.verify.check.pages': 'Printed pages',
  'signoff.verify.check.signatures': 'Sign-off',
  'signoff.verify.check.recorded': 'Fingerprint from the case record',
  'signoff.verify.outcome.pass': 'Pass',
  'signoff.verify.outcome.fail': 'Fail',
  'signoff.verify.outcome.not-checked': 'Not checked',
  'signoff.verify.line': '{outcome} – {check}: {message}',
  'signoff.verify.producer.pass':
    'The PDF names Staying in touch as its maker and carries the plan marker it writes. Any program could write these, so this alone says nothing about the content.',
  'signoff.verify.attachment.pass': 'The PDF carries one attached plan file, and it is a valid plan.',
  'signoff.verify.attachment.read': 'The PDF carries one attached plan file, and it could be read.',
  'signoff.verify.fingerprint.pass':
    'The attached plan matches the fingerprint and file digest written into this PDF when it was made, so it was not edited on its own afterwards.',
  'signoff.verify.notReached': 'Not checked, because an earlier check failed.',
  'signoff.verify.pages.pass':
    'All {count} printed pages are exactly what version {version} of the PDF renderer draws for the attached plan: no page was added, removed, edited or painted over.',
  'signoff.verify.pages.pageCount':
    'The PDF has {count} pages, but the attached plan draws as {expected}, so the printed pages are not the attached plan’s. Do not rely on the printed pages.',
  'signoff.verify.pages.differ':
    'Page {page} is not what the attached plan draws: it was edited or painted over after the PDF was made, or the PDF was put together some other way. Do not rely on the printed pages.',
  'signoff.verify.pages.unreadable':
    'The printed pages could not be read to compare them (they are damaged, refer back to themselves or hold far more than a plan PDF does). Do not rely on the printed pages.',
  'signoff.verify.pages.noVersion':
    'Not compared: this PDF does not record which version of the PDF renderer drew its pages, as PDFs from earlier versions of Staying in touch do not, so they could not be drawn again to compare. Only the attached plan was checked; do not rely on the printed pages.',
  'signoff.verify.pages.otherVersion':
    'Not compared: this PDF was drawn by version {version} of the PDF renderer, and this version of Staying in touch draws with version {current}, so its pages cannot be drawn again exactly. Only the attached plan was checked; do not rely on the printed pages.',
  'signoff.verify.pages.otherLanguage':
    'Not compared: the pages are written in a language this version of Staying in touch does not have, so they could not be drawn again. Only the attached plan was checked; do not rely on the printed pages.',
  'signoff.verify.pages.noFonts':
    'Not compared: the fonts needed to draw the pages again could not be loaded. Only the attached plan was checked; try again to check the pages.',
  'signoff.verify.signatures.notSigned':
    'The plan had not been signed off when this PDF was made, so there are no signatures to check.',
  'signoff.verify.signatures.pass':
    'The plan says it is signed off, and its sign-off record meets the sign-off rules of plan format {format}: the people who must sign are recorded with their names and dates. These are typed names, not digital signatures.',
  'signoff.verify.signatures.fail':
    'The plan says it is signed off, but its sign-off record does not meet the sign-off rules of plan format {format}, so it is not treated as signed off.',
  'signoff.verify.recorded.pass':
    'The attached plan’s fingerprint is the one you gave from the case record, so it is the plan that fingerprint was recorded for.',
  'signoff.verify.recorded.fail':
    'The attached plan’s fingerprint is not the one you gave ({given}), so it is not the plan that fingerprint was recorded for. Do not rely on it: ask for the signed plan from the child’s case record.',
  'signoff.verify.recorded.notChecked':
    'Not checked: the attached plan could not be read, so its fingerprint could not be compared with the one you gave.',
  'signoff.verify.fingerprintLine': 'Fingerprint: {fingerprint}',
  'signoff.verify.compareAdvice':
    'To know this is the plan that was signed off, compare its fingerprint, all 64 characters, with the one recorded on the child’s case record at sign-off. The checks above show the PDF is consistent; they are not a digital signature.',
  'signoff.verify.compare.heading': 'Compare with the case record',
  'signoff.verify.compare.label': 'Fingerprint recorded on the child’s case record at sign-off',
  'signoff.verify.compare.hint':
    'All 64 characters, 0 to 9 and a to f. Spaces and line breaks are ignored. Nothing you type here is stored.',
  'signoff.verify.compare.button': 'Compare fingerprints',
  'signoff.verify.compare.error.format':
    'Enter the fingerprint as 64 characters, using only the numbers 0 to 9 and the letters a to f',
  'signoff.verify.allHold': 'Every check passed.',
  'signoff.verify.notAllHold': 'Not every check passed.',
} as const;
