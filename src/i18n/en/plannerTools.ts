/**
 * Words of "Copy from another plan" (ui/CopyFromPlan.tsx), of the families' copies
 * (ui/copies/*) and of the exchange log (ui/exchanges/*), loaded only with those views, and the title of a worked example opened as a case
 * only (`?case=`), loaded only then: the builder's first load leaves them out (see
 * i18n/builderToolCatalogue.ts). The links that open the copy view and the exchange log, shown on
 * the section pages, are in planner.ts.
 */
export const plannerToolMessages = {
  'planner.copy.heading': 'Copy “{section}” from another plan',
  'planner.copy.headingFrom': 'Copy “{section}” from {plan}',
  'planner.copy.back': 'Back to “{section}”',
  'planner.copy.lead':
    'For a brother or sister, or a new plan for the same family. What you copy is added to this plan; nothing already here changes unless you say so.',
  'planner.copy.choose': 'Choose the plan to copy from',
  'planner.copy.planDetails': 'Child: {child} · Last saved: {saved}',
  'planner.copy.none': 'There are no other plans on this device that you can copy from.',
  'planner.copy.onlyPractice':
    'Only practice plans are listed: the details of real people are never copied into a practice plan.',
  'planner.copy.onlyReal': 'Practice plans are not listed: their fictional people are never copied into a real plan.',
  'planner.copy.notFound': 'That plan is not on this device, or cannot be read now.',
  'planner.copy.chooseAnother': 'Choose another plan',
  'planner.copy.refused.samePlan': 'This is the plan you are copying into. Choose another plan.',
  'planner.copy.refused.practiceIntoReal':
    'This is a practice plan. Its fictional people cannot be copied into a real plan.',
  'planner.copy.refused.realIntoPractice':
    'This is a real plan. The details of real people cannot be copied into a practice plan.',
  'planner.copy.refused.targetSigned':
    'This plan has been signed off, so nothing can be added to it. Start its next version to change it.',
  'planner.copy.refused.nothingToCopy': 'There is nothing in “{section}” in {plan} to copy.',
  'planner.copy.refused.tooMany': 'This plan cannot hold all of it: it would have more than {what}.',
  'planner.copy.refused.invalid': 'What {plan} holds here could not be copied, because part of it is not valid.',
  'planner.copy.allHere': 'Everyone in {plan} is already in this plan.',
  'planner.copy.addedPeopleHeading': {
    '=1': 'A person added to this plan',
    other: '{count} people added to this plan',
  },
  'planner.copy.addedPeopleWhy':
    'The people the copied answers name come with them, with everything that plan says about them.',
  'planner.copy.reusedHeading': {
    '=1': 'A person already in this plan',
    other: '{count} people already in this plan',
  },
  'planner.copy.reusedIntro':
    'These people have the same name and relationship here, so they are not added again: what is copied names the person in this plan, whose details here stay as they are.',
  'planner.copy.itemsHeading': 'Added to this plan',
  'planner.copy.notCopied':
    'Sign-off, the change log, earlier versions and the record of earlier reviews are never copied.',
  'planner.copy.list.factors': { '=1': '1 strength or challenge', other: '{count} strengths and challenges' },
  'planner.copy.list.arrangements': { '=1': '1 arrangement', other: '{count} arrangements' },
  'planner.copy.list.support': { '=1': '1 piece of support', other: '{count} pieces of support' },
  'planner.copy.list.views': { '=1': '1 view', other: '{count} views' },
  'planner.copy.list.stages': { '=1': '1 stage', other: '{count} stages' },
  'planner.copy.list.contingencies': {
    '=1': '1 plan for when things go wrong',
    other: '{count} plans for when things go wrong',
  },
  'planner.copy.list.tasks': { '=1': '1 task', other: '{count} tasks' },
  'planner.copy.list.people': { '=1': '1 person', other: '{count} people' },
  'planner.copy.part.purposes': 'the purposes',
  'planner.copy.part.childVoice': 'the child’s wishes and feelings',
  'planner.copy.part.reviewDetails': 'the review details (date, interval, who convenes, triggers)',
  'planner.copy.replaceLegend': 'Replace {part} in this plan with those in {plan}?',
  'planner.copy.replaceYes': 'Yes, replace them',
  'planner.copy.replaceNo': 'No, keep the ones in this plan',
  'planner.copy.replaceRequired': 'Select whether to replace {part}',
  'planner.copy.here': 'In this plan now',
  'planner.copy.there': 'In {plan}',
  'planner.copy.confirm': 'Copy into this plan',
  'planner.copy.done': 'Copied from {plan}: {what}.',
  'planner.copy.doneReplaced': 'replaced {part}',
  'planner.copy.doneNothing': 'Nothing was copied from {plan}.',

  // Copies for each family (ui/copies/*): what they leave out, and what was found in them.
  'planner.copies.title': 'Copies for each family',
  'planner.copies.lead':
    'A birth relative’s copy must not show who the adoptive family are or where they live, and the adoptive family’s copy must not show the birth relatives’ details. The agency record keeps everything.',
  'planner.copies.linkIntro':
    'Before a copy of the plan goes to a birth relative or to the adoptive family, check it for details the other family must not have.',
  'planner.copies.back': 'Back to the plan',
  'planner.copies.signed':
    'This plan is signed off. To change what its copies leave out, or to reword or keep what was found, start a new version.',
  'planner.copies.details.heading': 'What the copies leave out',
  'planner.copies.details.none':
    'Nothing written yet. The other family’s names in the plan are left out already; write their surnames, address, town, school and anything else that would identify them.',
  'planner.copies.details.write': 'Write what the copies leave out',
  'planner.copies.details.change': 'Change what the copies leave out',
  'planner.copies.reader.birth': 'A birth relative’s copy',
  'planner.copies.reader.adoptive': 'The adoptive family’s copy',
  'planner.copies.reader.birth.intro':
    'Checked for the adoptive family’s names and the details they must not have, and for phone numbers, e-mail and web addresses, postcodes, streets, schools, social media and car registrations.',
  'planner.copies.reader.adoptive.intro':
    'Checked for the birth relatives’ names and the details they must not have, and for phone numbers, e-mail and web addresses, postcodes, streets, schools, social media and car registrations.',
  'planner.copies.open': {
    '=1': 'One detail to reword or keep.',
    other: '{count} details to reword or keep.',
  },
  'planner.copies.clear': 'Nothing was found that this family must not have.',
  'planner.copies.noneOpen': 'Nothing is left to reword or keep.',
  'planner.copies.keptCount': {
    '=1': 'One detail is kept, with a reason.',
    other: '{count} details are kept, each with a reason.',
  },
  'planner.copies.download.adoptive': 'Download the adoptive family’s copy (PDF)',
  'planner.copies.download.birth': 'Download the copy for {name} (PDF)',
  'planner.copies.relativeOpen': {
    '=1': 'The copy for {name}: one detail to reword or keep first.',
    other: 'The copy for {name}: {count} details to reword or keep first.',
  },
  'planner.copies.editions.heading': 'The child’s plan and easy read',
  'planner.copies.editions.intro':
    'Made from the same plan in words their reader can use, each with a picture beside every point and key words in bold. Each prints only what it needs, with names as that family’s copy shows them.',
  'planner.copies.child.heading': 'The child’s plan',
  'planner.copies.child.band.legend': 'Which words suit the child?',
  'planner.copies.child.band.hint': 'From the date of birth: {band}. Choose other words if they suit the child better.',
  'planner.copies.child.band.hintNoDate': 'The plan has no date of birth: choose the words that suit the child.',
  'planner.copies.child.band.under8': 'Under 8: very short sentences, the largest type',
  'planner.copies.child.band.8to12': '8 to 12',
  'planner.copies.child.band.teen': 'Teenagers',
  'planner.copies.child.wordsHint':
    'To add a line in the child’s own words to an arrangement, change the arrangement and fill in “In the child’s words”.',
  'planner.copies.child.download': 'Download the child’s plan (PDF)',
  'planner.copies.edition.open.child': {
    '=1': '{edition}: one detail in what it prints to reword or keep first, listed under the adoptive family’s copy above.',
    other:
      '{edition}: {count} details in what it prints to reword or keep first, listed under the adoptive family’s copy above.',
  },
  'planner.copies.edition.open.easyRead': {
    '=1': '{edition}: one detail in what it prints to reword or keep first, listed under a birth relative’s copy above.',
    other:
      '{edition}: {count} details in what it prints to reword or keep first, listed under a birth relative’s copy above.',
  },
  'planner.copies.easyRead.heading': 'Easy read',
  'planner.copies.easyRead.intro':
    'For a birth relative who needs it: large type, one idea a sentence, a picture beside each point, no jargon. One for each birth relative, holding only their arrangements and support.',
  'planner.copies.easyRead.none': 'There are no birth relatives in the plan.',
  'planner.copies.easyRead.download': 'Download easy read for {name} (PDF)',
  // Printing an edition from the browser: the links beside the downloads, the tab title (never a name), the page.
  'planner.print.link.record': 'Print the agency record',
  'planner.print.link.adoptive': 'Print the adoptive family’s copy',
  'planner.print.link.birth': 'Print the copy for {name}',
  'planner.print.link.child': 'Print the child’s plan',
  'planner.print.link.easyRead': 'Print easy read for {name}',
  'planner.print.title.birth': 'Print a birth relative’s copy',
  'planner.print.title.easyRead': 'Print easy read',
  'planner.print.lead':
    'Print it from here, or choose “Save as PDF” in the print window. Every printed page says which edition it is and who it is for, and carries the OFFICIAL-SENSITIVE mark.',
  'planner.print.button': 'Print this page',
  'planner.print.unknown': 'This plan has no such edition to print. Choose one on the copies page.',
  'planner.copies.where': '{section}: {answer}',
  'planner.copies.whereInItem': '{section}, {item}: {answer}',
  'planner.copies.reword': 'Reword this answer',
  'planner.copies.keep.open': 'Keep it in the copies',
  'planner.copies.keep.label': 'Why is “{detail}” safe to keep here?',
  'planner.copies.keep.hint': 'For example: a public park both families already use.',
  'planner.copies.keep.button': 'Keep it',
  'planner.copies.kept': 'Kept: {reason}',
  'planner.copies.stopKeeping': 'Stop keeping “{detail}”',
  'planner.copies.keptNotice': '“{detail}” is kept in the copies.',
  'planner.copies.reopenedNotice': '“{detail}” is no longer kept: reword it or keep it again.',
  'planner.copies.form.lead':
    'Write the details that must not reach the other family. The agency record keeps them, and the families’ copies are checked for them. The names of the people in the plan are protected already.',
  'planner.copies.form.adoptive': 'The adoptive family',
  'planner.copies.form.birth': 'The birth relatives',
  'planner.copies.form.firstNames': 'First names',
  'planner.copies.form.noPeople':
    'Add the adoptive parents and the birth relatives in “Who is important” to say whose first names both families know.',
  'planner.copies.form.save': 'Save',
  'planner.copies.saved': 'What the copies leave out is saved.',
  // The exchange log (ui/exchanges/*): each written exchange as it happened, the agency's record.
  'planner.exchanges.title': 'Exchange log',
  'planner.exchanges.back': 'Back to the plan',
  'planner.exchanges.lead':
    'One entry for each letter, card or message that was due: when the agency received it, checked it for identifying details and passed it on, and when a reply came. The log is the agency’s record: it is read at the review and printed in the agency record PDF, never in a family’s copy.',
  'planner.exchanges.signed':
    'This plan is signed off. You can still log exchanges: the log is not part of what was signed, and does not change the plan’s fingerprint.',
  'planner.exchanges.none': 'This plan has no arrangement for letters, cards or messages.',
  'planner.exchanges.toArrangements': 'Add one in “Arrangements”, with the months letters are due.',
  'planner.exchanges.full': 'The log is full: a plan can log up to {maximum} exchanges.',
  'planner.exchanges.dueMonths': 'Due every year in {months}.',
  'planner.exchanges.noDueMonths': 'The arrangement does not say in which months letters are due.',
  'planner.exchanges.add': 'Log an exchange',
  /** Visually hidden after "Log an exchange". */
  'planner.exchanges.addFor': 'for {arrangement}',
  'planner.exchanges.notFound': 'That exchange is not in this plan’s log.',
  'planner.exchanges.form.title': 'Log an exchange',
  'planner.exchanges.form.changeTitle': 'The exchange due {month}',
  'planner.exchanges.form.for': 'For {arrangement}.',
  'planner.exchanges.form.suggested': 'The next month due is chosen for you.',
  'planner.exchanges.form.chooseMonth': 'Choose a month',
  'planner.exchanges.form.stepsHint': 'Give the date of each step as it happens; leave the rest empty until then.',
  'planner.exchanges.form.future': '{step}: the date must be today or in the past',
  'planner.exchanges.form.save': 'Save the exchange',
  'planner.exchanges.saved': 'The exchange due {month} is saved in the log.',
  'planner.exchanges.remove.title': 'Remove the exchange due {month} from the log?',
  'planner.exchanges.remove.confirm': 'Yes, remove it',
  'planner.exchanges.remove.keep': 'No, keep it',
  'planner.exchanges.removed': 'The exchange due {month} is removed from the log.',
  // A worked example opened as a case only (facts and people) for a training group to build.
  'planner.case.title': '{name} (case only)',
} as const;
