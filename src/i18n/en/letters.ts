/**
 * Letters (issue 15): the "Write a letter" and "Check a letter" pages, the guides' prompts they show
 * (src/planner/letters/letterGuide.ts), and for each kind of identifying detail the checker finds
 * (src/planner/text/identifyingDetails.ts) its name, why it matters and what to write instead.
 * `npm run letter:check` prints the reasons.
 */
export const letterMessages = {
  'letters.finding.name': 'A name that must not be shared with the other family.',
  'letters.finding.surname': 'A surname that must not be shared with the other family.',
  'letters.finding.address': 'Part of an address: it could show where a family lives.',
  'letters.finding.postcode': 'A postcode: it shows where someone lives.',
  'letters.finding.town': 'A town or place that could show where a family lives.',
  'letters.finding.school': 'The name of a school: it shows where a child can be found.',
  'letters.finding.phone':
    'A phone number: it would let someone get in touch directly, outside the agreed arrangements.',
  'letters.finding.email':
    'An e-mail address: it would let someone get in touch directly, outside the agreed arrangements.',
  'letters.finding.link': 'A web address: it could lead to a family’s names, photos or where they live.',
  'letters.finding.social-media':
    'A social media account or profile: it could lead to a family’s names, photos or where they live.',
  'letters.finding.car-registration': 'A car registration: it could be used to trace a family.',
  'letters.finding.other': 'A detail on the list of those that must not be shared with the other family.',
  'letters.findingType.name': 'Name',
  'letters.findingType.surname': 'Surname',
  'letters.findingType.address': 'Address',
  'letters.findingType.postcode': 'Postcode',
  'letters.findingType.town': 'Town or place',
  'letters.findingType.school': 'School',
  'letters.findingType.phone': 'Phone number',
  'letters.findingType.email': 'E-mail address',
  'letters.findingType.link': 'Web address',
  'letters.findingType.social-media': 'Social media',
  'letters.findingType.car-registration': 'Car registration',
  'letters.findingType.other': 'A detail to leave out',
  'letters.rewording.name': 'Use how the child knows them instead, such as “your brother”, “Nan” or “your mum”.',
  'letters.rewording.surname': 'Leave the surname out: a first name or “the family” is enough.',
  'letters.rewording.address': 'Say “where we live” or “our home” instead.',
  'letters.rewording.postcode': 'Leave the postcode out: the agency knows how to reach everyone.',
  'letters.rewording.town': 'Say “near the sea”, “in the city” or “where we live” instead.',
  'letters.rewording.school': 'Say “school” or “your school” instead, and what they enjoy there.',
  'letters.rewording.phone': 'Leave the number out: letters and replies go through the agency.',
  'letters.rewording.email': 'Leave the address out: letters and replies go through the agency.',
  'letters.rewording.link': 'Leave the link out, and describe what it shows in your own words.',
  'letters.rewording.social-media': 'Leave the account out, and describe what it shows in your own words.',
  'letters.rewording.car-registration': 'Say “our car” or “a blue van” instead.',
  'letters.rewording.other': 'You asked for this to be left out: take it out or say it another way.',

  // The two pages, and what they show before their island starts or without JavaScript.
  'letters.tools.title': 'Letter tools',
  'letters.write.title': 'Write a letter',
  'letters.write.description':
    'Write a letterbox letter step by step, with the guide beside you, and check it before you print it. It stays on this device.',
  'letters.check.title': 'Check a letter',
  'letters.check.description':
    'Check a letterbox letter for names, addresses and other details that must not be shared. Nothing leaves this device.',
  'letters.noscript':
    'This page needs JavaScript, because it keeps your letter only on this device. The guides still help without it:',
  'letters.privacy': 'Nothing you type here is sent anywhere: your letter and the words you list stay on this device.',

  // Write a letter: the steps.
  'letters.write.stepOf': 'Step {step} of {count}',
  'letters.write.continue': 'Continue',
  'letters.write.back': 'Back',
  'letters.write.saved.device': 'Your draft is saved on this device as you type.',
  'letters.write.saved.tab': 'Your draft is kept only in this tab: print it or copy it before you close it.',
  'letters.write.writer.title': 'Who is writing?',
  'letters.write.writer.role': 'I am writing as',
  'letters.write.role.adoptive': 'I am an adoptive parent',
  'letters.write.role.adoptive.hint': 'You are writing to your child’s birth relative.',
  'letters.write.role.birth': 'I am a birth relative',
  'letters.write.role.birth.hint': 'You are writing to the child, and to the family they live with.',
  'letters.write.role.missing': 'Select whether you are an adoptive parent or a birth relative',
  'letters.write.firstName': 'Your first name',
  'letters.write.firstName.hint': 'Only for the agency’s cover sheet. It is not added to your letter.',
  'letters.write.exchange': 'Which exchange is this letter for?',
  'letters.write.exchange.hint': 'For example, “summer letter 2027”. Only for the agency’s cover sheet.',
  'letters.write.before.title': 'Before you start',
  'letters.write.age': 'How old is the child?',
  'letters.write.age.under5': 'Under 5',
  'letters.write.age.5to11': '5 to 11',
  'letters.write.age.12plus': '12 or older',
  'letters.write.ideas': 'Ideas for this age',
  'letters.write.guide': 'Read the whole guide (opens in a new tab)',
  'letters.write.write.title': 'Write your letter',
  'letters.write.letter': 'Your letter',
  'letters.write.letter.hint': 'Take your time. One or two pages is plenty.',
  'letters.write.words': { '=0': 'No words yet', '=1': '1 word', other: '{count} words' },
  'letters.write.say': 'What to say',
  'letters.write.leaveOut': 'What to leave out',
  'letters.write.avoid': 'Words that must not appear (optional)',
  'letters.write.avoid.hint':
    'One on each line: names, places, anything you have been asked to leave out. The check looks for them too.',
  'letters.write.check.title': 'Check before printing',
  'letters.write.check.intro':
    'The check looks for names, addresses, phone numbers and other details that could identify a family. The agency will still read your letter.',
  'letters.write.print': 'Print or save as PDF',
  'letters.write.print.hint': 'To save a PDF, choose “Save as PDF” as the printer.',
  'letters.write.print.remaining': {
    '=1': 'There is still 1 detail to change or keep with a reason.',
    other: 'There are still {count} details to change or keep with a reason.',
  },
  'letters.write.edit': 'Change the letter',
  'letters.write.new': 'Delete this letter and start again',
  'letters.write.new.confirm': 'Delete this letter from this device? This cannot be undone.',
  'letters.write.new.yes': 'Yes, delete it',

  // The cover sheet printed before the letter.
  'letters.cover.title': 'Letter for the agency to check and pass on',
  'letters.cover.from': 'Written by',
  'letters.cover.role.adoptive': 'an adoptive parent',
  'letters.cover.role.birth': 'a birth relative',
  'letters.cover.firstName': 'Writer’s first name',
  'letters.cover.exchange': 'Exchange',
  'letters.cover.date': 'Date',
  'letters.cover.words': 'Length',
  'letters.cover.checked': {
    '=0': 'Checked on the writer’s device: no identifying details found.',
    '=1': 'Checked on the writer’s device: 1 detail kept by the writer, with the reason below.',
    other: 'Checked on the writer’s device: {count} details kept by the writer, with the reasons below.',
  },
  'letters.cover.kept': '“{text}”: {reason}',
  'letters.cover.notGiven': 'Not given',

  // Check a letter.
  'letters.check.who': 'Who is checking?',
  'letters.check.who.writer': 'I am checking my own letter',
  'letters.check.who.writer.hint': 'List the words that must not appear, and the check looks for them.',
  'letters.check.who.coordinator': 'I am checking a letter for the agency',
  'letters.check.who.coordinator.hint':
    'Open the plan, on this device or from a file, and the check looks for the details it protects.',
  'letters.check.letter': 'The letter',
  'letters.check.letter.hint': 'Paste or type it here. It is not saved.',
  'letters.check.plan': 'Plan on this device',
  'letters.check.plan.choose': 'Choose a plan',
  'letters.check.plan.untitled': 'Untitled plan',
  'letters.check.plan.none': 'There are no plans on this device. Open a plan file instead.',
  'letters.check.planFile': 'Or open a plan file',
  'letters.check.planFile.hint': 'A plan file (.json) or a plan PDF saved by the plan builder.',
  'letters.check.planOpen': {
    '=0': 'Checking against “{plan}”, which lists no protected details yet.',
    '=1': 'Checking against “{plan}”: 1 protected detail.',
    other: 'Checking against “{plan}”: {count} protected details.',
  },
  'letters.check.planUnreadable': 'That plan could not be opened.',
  'letters.check.run': 'Check the letter',
  'letters.check.empty': 'Paste or type the letter first',

  // The findings, on both pages.
  'letters.findings.title': 'What the check found',
  'letters.findings.marked': 'The letter, with each detail marked',
  'letters.findings.none': 'The check found no identifying details. The agency will still read the letter.',
  'letters.findings.summary': {
    '=1': 'The check found 1 detail.',
    other: 'The check found {count} details.',
  },
  'letters.findings.left': {
    '=0': 'Every detail is kept with a reason.',
    '=1': '1 still to change or keep.',
    other: '{count} still to change or keep.',
  },
  'letters.findings.why': 'Why it matters',
  'letters.findings.instead': 'Instead, try',
  'letters.findings.fineBecause': 'This is fine because…',
  'letters.findings.fineBecause.hint': 'For example, “it is the dog’s name” or “the family agreed to share it”.',
  'letters.findings.keep': 'Keep it',
  'letters.findings.keep.missing': 'Say why it is fine, to keep it',
  'letters.findings.keptBecause': 'Kept because: {reason}',
  'letters.findings.unkeep': 'Look at it again',
  'letters.findings.show': 'Show in the letter',

  // The guides' prompts (src/planner/letters/letterGuide.ts).
  'letters.guide.adoptive.before.1': 'Write to the birth relative as a person, with warmth, even if that feels hard.',
  'letters.guide.adoptive.before.2':
    'Think about what your child would want to read in this letter when they are eighteen.',
  'letters.guide.adoptive.before.3': 'Ask the agency for help or an example if you are stuck.',
  'letters.guide.adoptive.say.1': 'How your child has grown, and what they can do now that they could not last year.',
  'letters.guide.adoptive.say.2': 'Their personality: what makes them laugh, what they are curious about.',
  'letters.guide.adoptive.say.3': 'Things they enjoy, such as favourite foods, games, books, music or animals.',
  'letters.guide.adoptive.say.4': 'How they are getting on at nursery or school, in general terms.',
  'letters.guide.adoptive.say.5': 'One kind thing to the birth relative, and thanks for their last letter.',
  'letters.guide.adoptive.avoid.1': 'Your surname, your child’s new surname, or family names that could be searched.',
  'letters.guide.adoptive.avoid.2': 'The name of your town, school, nursery, clubs or church.',
  'letters.guide.adoptive.avoid.3': 'House numbers, streets, car number plates or local landmarks.',
  'letters.guide.adoptive.avoid.4': 'Your e-mail address, phone number or social media names, unless agreed.',
  'letters.guide.adoptive.ideas.under5':
    'First words, favourite toys, what they like at bath time or bedtime, a drawing or a handprint.',
  'letters.guide.adoptive.ideas.5to11':
    'Something they are proud of, a new hobby, a favourite book or game, and anything they want to say themselves.',
  'letters.guide.adoptive.ideas.12plus':
    'Ask your child what they would like to share; they may want to add their own lines or choose the photos.',
  'letters.guide.birth.before.1': 'Take your time. You do not have to write it all in one go.',
  'letters.guide.birth.before.2':
    'It is fine to feel sad or angry, but the letter is not the place for it. Talk to someone you trust first.',
  'letters.guide.birth.before.3': 'Ask the agency if someone can help you write your letter.',
  'letters.guide.birth.say.1': 'Say hello and who you are, for example “Mum”, “Nan” or “your brother”.',
  'letters.guide.birth.say.2': 'Say that you love them or think about them, and that you are glad they are safe.',
  'letters.guide.birth.say.3': 'Share some simple, happy news about you: a course, a pet, a hobby.',
  'letters.guide.birth.say.4': 'Share a good memory, or something they may have got from you.',
  'letters.guide.birth.say.5': 'Say that it is OK for them to be happy in their family.',
  'letters.guide.birth.avoid.1': 'Your address, phone number, e-mail or social media names.',
  'letters.guide.birth.avoid.2': 'Full names and places that could let someone find where you, or they, live.',
  'letters.guide.birth.avoid.3': 'Questions about where they live or go to school.',
  'letters.guide.birth.avoid.4': 'Blame, anger, secrets, or promises you cannot keep.',
  'letters.guide.birth.ideas.under5':
    'Their adoptive parents will read it to them: keep it short and simple, with a song or a memory from when they were a baby.',
  'letters.guide.birth.ideas.5to11':
    'Something you like doing, a pet, a favourite food you share, and how proud you are of them.',
  'letters.guide.birth.ideas.12plus':
    'You can say a little more: answer questions they asked, and tell them about family in a simple, honest way.',
};
