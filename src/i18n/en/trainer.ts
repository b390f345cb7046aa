/** The trainers' toolkit: presenter view, timer, pack builder, sheets and cards. */
export const trainerMessages = {
  'trainer.breadcrumb.sessions': 'Training sessions',
  'trainer.breadcrumb.sheets': 'Activity sheets',

  // Every trainers' page keeps the trainer set for offline use (src/offline/trainerSet.ts); these say how it went.
  'trainer.offline.working': 'Keeping the training sessions on this device for use offline…',
  'trainer.offline.done':
    'Every training session, with its session mode and handout, the activity sheets and the pack builder, is kept on this device: they work with no connection.',
  'trainer.offline.failed':
    'The training sessions could not all be kept for use offline. They will be tried again next time you open a training page with a connection.',
  'trainer.offline.unsupported':
    'This browser cannot keep the training sessions for use offline, for example in a private window.',

  // Session mode (/training/<id>/present/), as the page renders it.
  'trainer.present.pageTitle': 'Session mode: {title}',
  'trainer.present.description': 'Present “{title}” to a group, one step at a time.',
  'trainer.present.heading': 'Session mode: {title}',
  'trainer.present.keys':
    'Next: right arrow, space or page down. Back: left arrow or page up. First and last step: Home and End. Start or pause the timer: T. Moving in either window moves both.',
  'trainer.present.noscript':
    'Every step of the session is listed below. With JavaScript turned on, this page shows one step at a time in large type, with a timer for each activity, and opens a presenter view with notes and a session clock.',
  'trainer.present.openPresenter': 'Open presenter view',
  /** Under a point on screen: where it comes from, as the session's sources name it. */
  'trainer.present.pointSource': 'Source: {source}',
  'trainer.present.sessionLength': {
    one: '{count} activity · {duration}',
    other: '{count} activities · {duration}',
  },
  'trainer.present.duration': { one: '{count} minute', other: '{count} minutes' },
  'trainer.present.aimsHeading': 'By the end of this session participants will be able to:',
  'trainer.present.previous': 'Previous',
  'trainer.present.next': 'Next',
  'trainer.present.fullscreen.enter': 'Full screen',
  'trainer.present.fullscreen.exit': 'Exit full screen',
  'trainer.present.link.session': 'Back to the session plan',
  'trainer.present.link.handout': 'Handout to print',
  'trainer.present.link.sheets': 'Activity sheets',
  'trainer.present.link.pack': 'Build a printable pack',
  // Where a step sits, shown above it and read out when it changes.
  'trainer.present.position.start': 'Introduction',
  'trainer.present.position.activity': 'Activity {activity} of {activities}',
  'trainer.present.position.point': 'Activity {activity} of {activities} · Point {point} of {points}',
  'trainer.present.position.prompt': 'Activity {activity} of {activities} · Prompt {prompt} of {prompts}',
  'trainer.present.position.close': 'Closing',
  // The last step: the room gives feedback (on the device passed round, or typing the address) and hears about certificates.
  'trainer.present.close.heading': 'Before you go: your feedback',
  'trainer.present.close.feedback':
    'Tell us how this session went, and how confident you feel now. It takes about five minutes and asks nothing about who you are.',
  'trainer.present.close.address': 'The feedback page, to type into a browser:',
  'trainer.present.close.certificate':
    'For your CPD record, your trainer can give you a certificate of attendance with this session’s learning outcomes.',
  // Read out to screen readers when the step changes.
  'trainer.present.announce.step': '{position}: {text}',
  'trainer.present.announce.activity': '{position}: {title}, {duration}. {summary}',

  // The presenter's window (/training/<id>/presenter/), opened from session mode and kept in step with it.
  'trainer.presenter.pageTitle': 'Presenter view: {title}',
  'trainer.presenter.description': 'Notes, the next step and a session clock for presenting “{title}”.',
  'trainer.presenter.heading': 'Presenter view: {title}',
  'trainer.presenter.noscript':
    'These are the notes for each part of the session. With JavaScript turned on, this window shows the notes for the step on screen, the next step and a session clock, and moves with the session mode window.',
  'trainer.presenter.clock.label': 'Session clock',
  'trainer.presenter.clock.restart': 'Restart session clock',
  'trainer.presenter.next.heading': 'Next',
  'trainer.presenter.next.step': '{position}: {text}',
  'trainer.presenter.next.last': 'This is the last step.',
  'trainer.presenter.notes.heading': 'Notes',
  'trainer.presenter.notes.start': 'Before the session',
  'trainer.presenter.notes.close': 'Closing: feedback and certificates',
  'trainer.presenter.notes.closeFeedback':
    'Collect feedback before anyone leaves: open the {link} on the device you pass round, choose “At the end of the session” and give each person a turn. Answers stay on that device; its trainer’s view shows the before and after and saves them as a spreadsheet.',
  'trainer.presenter.notes.feedbackLink': 'feedback page',
  'trainer.presenter.notes.closeCertificate':
    'Print a certificate for each person from the {link}, with their name and today’s date.',
  'trainer.presenter.notes.certificateLink': 'certificate page',
  /** Before a callout's or prompt's text in the notes: "Trainer tip:". */
  'trainer.presenter.notes.label': '{label}:',
  'trainer.presenter.link.audience': 'Session mode (the audience’s window)',
  // Time used on the activity on screen, against the minutes planned for it.
  'trainer.presenter.use.within': '{used} of {planned} used',
  'trainer.presenter.use.over': '{over} over the {planned} planned',

  // The activity timer in session mode.
  'trainer.timer.labelDefault': 'Activity timer',
  'trainer.timer.label': 'Timer: {activity}',
  'trainer.timer.start': 'Start timer',
  'trainer.timer.pause': 'Pause timer',
  'trainer.timer.restart': 'Restart timer',
  'trainer.timer.reset': 'Reset timer',
  'trainer.timer.state.initial': 'Paused',
  'trainer.timer.state.up': 'Time is up',
  'trainer.timer.state.running': 'Running',
  'trainer.timer.state.notStarted': 'Not started',
  'trainer.timer.state.paused': 'Paused, {left}',
  'trainer.timer.remaining.none': 'Time is up',
  'trainer.timer.remaining.minutes': { one: '{count} minute left', other: '{count} minutes left' },
  'trainer.timer.remaining.seconds': { one: '{count} second left', other: '{count} seconds left' },
  'trainer.timer.remaining.minutesSeconds': '{minutes} {seconds} left',
  'trainer.timer.unit.minutes': { one: '{count} minute', other: '{count} minutes' },
  'trainer.timer.unit.seconds': { one: '{count} second', other: '{count} seconds' },
  'trainer.timer.announce.started': 'Timer started.',
  'trainer.timer.announce.paused': 'Timer paused.',
  'trainer.timer.announce.reset': 'Timer reset to {clock}.',
  'trainer.timer.announce.up': 'Time is up for {activity}.',

  // A session's handout page (/training/<id>/handout/).
  'trainer.handout.pageTitle': 'Handout: {title}',
  'trainer.handout.heading': 'Handout for {title}',
  'trainer.handout.printHint':
    "Print this page or save it as PDF from your browser's print menu. It fits on one A4 page.",

  // The pack builder (/training/pack/): the form the page renders.
  'trainer.pack.pageTitle': 'Build a training pack',
  'trainer.pack.description':
    'Choose resources, put them in order and print them as one training pack with a cover, contents and space for notes.',
  'trainer.pack.heading': 'Build a training pack',
  'trainer.pack.lead':
    'Choose resources, put them in order, then view the pack to print it or save it as PDF. The pack is kept in the page address, so you can bookmark it or send the link to a colleague.',
  'trainer.pack.noscript':
    'Putting resources in order and showing the pack need JavaScript, which is turned off in this browser. You can still open each resource and print it from its own page.',
  'trainer.pack.field.title.label': 'Pack title',
  'trainer.pack.field.title.hint': {
    one: 'For example, the session’s name and the group. Up to {count} character.',
    other: 'For example, the session’s name and the group. Up to {count} characters.',
  },
  'trainer.pack.field.date.label': 'Date of the session (optional)',
  'trainer.pack.field.date.hint': 'Leave it empty to print a blank line to write the date on.',
  'trainer.pack.choose.heading': 'Choose resources',
  'trainer.pack.choose.hint': {
    one: 'A pack can hold up to {count} resource. Ticked resources are added to the end of your pack.',
    other: 'A pack can hold up to {count} resources. Ticked resources are added to the end of your pack.',
  },
  'trainer.pack.choose.examples':
    'Worked examples also open in the {link} as fictional practice plans for group exercises.',
  'trainer.pack.choose.examplesLink': 'plan builder',
  'trainer.pack.group.handouts': 'Session handouts',
  'trainer.pack.group.sessions': 'Session plans (for trainers)',
  'trainer.pack.group.sheets': 'Activity sheets',
  'trainer.pack.choice.handoutTitle': 'Handout: {title}',
  'trainer.pack.choice.fictional': 'Fictional',
  'trainer.pack.kind.handout': 'Session handout',
  'trainer.pack.kind.sheet': 'Activity sheet',
  'trainer.pack.order.heading': 'Your pack',
  'trainer.pack.viewButton': 'View printable pack',

  // The pack builder's script: the order list, its count and what it announces.
  'trainer.pack.count.none': 'No resources chosen yet.',
  'trainer.pack.count.some': {
    one: '{count} resource, printed in this order.',
    other: '{count} resources, printed in this order.',
  },
  'trainer.pack.count.full': {
    one: '{count} resource, printed in this order (the most a pack can hold).',
    other: '{count} resources, printed in this order (the most a pack can hold).',
  },
  'trainer.pack.count.needOne': 'Choose at least one resource to make a pack.',
  'trainer.pack.order.moveUp': 'Move up',
  'trainer.pack.order.moveDown': 'Move down',
  'trainer.pack.order.remove': 'Remove',
  /** Hidden after each order button's label, naming the item it acts on. */
  'trainer.pack.order.buttonItem': ': {title}',
  'trainer.pack.announce.full': {
    one: 'A pack can hold {count} resource. Remove one before adding another.',
    other: 'A pack can hold {count} resources. Remove one before adding another.',
  },
  'trainer.pack.announce.added': 'Added {title}. {count} in the pack.',
  'trainer.pack.announce.removed': 'Removed {title}. {count} in the pack.',
  'trainer.pack.announce.moved': 'Moved {title} to position {position} of {total}.',
  'trainer.pack.announce.loading': { one: 'Loading {count} resource.', other: 'Loading {count} resources.' },
  'trainer.pack.announce.ready': 'The pack is ready to print.',
  'trainer.pack.documentTitle': '{title} – {product}',
  'trainer.pack.toolbar.change': 'Change the pack',
  'trainer.pack.toolbar.print': 'Print or save as PDF',
  'trainer.pack.toolbar.share': 'To share this pack or come back to it, bookmark this page or copy its address.',
  'trainer.pack.print.loading': 'Still loading: you can print the pack once every resource in it has loaded.',
  'trainer.pack.print.wait':
    'This pack had not finished loading when it was printed. Close the print preview, wait until the page says the pack is ready to print, then print again.',
  'trainer.pack.item.handoutElsewhere':
    'The handout for this session is printed separately, as item {position} of this pack.',

  // The printable pack: its cover and each resource's section.
  'trainer.pack.cover.defaultTitle': 'Training pack',
  'trainer.pack.cover.kicker': 'Training pack · {product}',
  'trainer.pack.cover.date': 'Date:',
  'trainer.pack.cover.trainer': 'Trainer:',
  'trainer.pack.cover.contents': 'Contents',
  'trainer.pack.cover.kind': '({kind})',
  'trainer.pack.cover.kindFictional': '({kind}, fictional)',
  'trainer.pack.cover.fictional':
    'Composite voices and worked examples in this pack are fictional: the people and events are invented.',
  'trainer.pack.cover.source': 'From {product}, {url}. Free to copy and use in practice and training.',
  'trainer.pack.item.position': '{position} of {total} · {kind}',
  'trainer.pack.item.loading': 'Loading…',
  'trainer.pack.item.online': 'Online: {link}',
  'trainer.pack.item.practice':
    'Group exercise: open this fictional example in the plan builder as a practice plan at {link}.',
  'trainer.pack.item.notes': 'Notes',
  'trainer.pack.item.problem':
    'This resource could not be loaded. Check your connection and reload the page, or open it from the link below.',

  // The activity sheets listing (/training/sheets/).
  'trainer.sheets.pageTitle': 'Activity sheets',
  'trainer.sheets.description':
    'Printable sheets for training sessions and direct work: feelings cards, a blank eco-map and a letter-planning sheet.',
  'trainer.sheets.heading': 'Activity sheets',
  'trainer.sheets.lead':
    'Printable sheets for training sessions and for direct work with children and families. Each one prints on A4 from your browser, or saves as PDF.',
  'trainer.sheets.pages': { one: '{count} A4 page', other: '{count} A4 pages' },
  'trainer.sheets.more.heading': 'More for trainers',
  'trainer.sheets.more.pack': '{link} from briefings, guides, reflections, worked examples, handouts and these sheets.',
  'trainer.sheets.more.packLink': 'Build a printable training pack',
  'trainer.sheets.more.sessions': '{link}: each one has a session mode for presenting to a group.',
  'trainer.sheets.more.sessionsLink': 'Training sessions',
  'trainer.sheets.more.examples':
    '{link}: each opens in the plan builder as a fictional practice plan for group exercises.',
  'trainer.sheets.more.examplesLink': 'Worked examples',

  // One activity sheet's page (/training/sheets/<sheet>/).
  'trainer.sheet.kicker': 'Activity sheet',
  'trainer.sheet.printHint': {
    one: 'Print this page or save it as PDF from your browser’s print menu. It prints on {count} A4 page. You can also {link}.',
    other:
      'Print this page or save it as PDF from your browser’s print menu. It prints on {count} A4 pages. You can also {link}.',
  },
  'trainer.sheet.addToPack': 'add it to a training pack',
  'trainer.sheet.footer': '{product} activity sheet. Free to copy and use in practice and training.',
  'trainer.sheet.sessionsHeading': 'Sessions that use this sheet',

  // Each sheet: its name, one sentence for listings, and how to use it.
  'trainer.sheet.feelingsCards.title': 'Feelings cards',
  'trainer.sheet.feelingsCards.summary':
    'Twelve cut-out cards with a face and a feeling word, for hearing a child’s wishes and feelings about staying in touch.',
  'trainer.sheet.feelingsCards.guide':
    'Lay out a few cards at a time. Ask the child to pick the ones that fit when they think about a person or a meet-up, and follow their lead. Note which cards they chose, what they said and what you saw, and ask again another day.',
  'trainer.sheet.ecoMap.title': 'Blank eco-map',
  'trainer.sheet.ecoMap.summary':
    'The child at the centre, rings around them, and a key for how each relationship feels and how people keep in touch.',
  'trainer.sheet.ecoMap.guide':
    'Write the child’s name in the middle. Add each important person as a small circle: nearer the centre for people who feel closer. Join each person to the child with a line from the key.',
  'trainer.sheet.letterPlanning.title': 'Letter-planning sheet',
  'trainer.sheet.letterPlanning.summary':
    'Plan a letter or postal exchange: who it is to, news, what the child wants to share, photos, what to leave out and who checks it.',
  'trainer.sheet.letterPlanning.guide':
    'Fill this in before writing. Keep the letter warm and ordinary, in words the reader will understand, and check it against the agreement.',

  // The feelings cards.
  'trainer.sheet.feelingsCards.cut': 'Cut along the dashed lines. Each page has six cards.',
  'trainer.sheet.feelingsCards.page': 'Feelings cards, page {page} of {pages}',
  'trainer.sheet.feelingsCards.feeling.happy': 'Happy',
  'trainer.sheet.feelingsCards.feeling.sad': 'Sad',
  'trainer.sheet.feelingsCards.feeling.worried': 'Worried',
  'trainer.sheet.feelingsCards.feeling.angry': 'Angry',
  'trainer.sheet.feelingsCards.feeling.excited': 'Excited',
  'trainer.sheet.feelingsCards.feeling.confused': 'Confused',
  'trainer.sheet.feelingsCards.feeling.safe': 'Safe',
  'trainer.sheet.feelingsCards.feeling.missingSomeone': 'Missing someone',
  'trainer.sheet.feelingsCards.feeling.calm': 'Calm',
  'trainer.sheet.feelingsCards.feeling.scared': 'Scared',
  'trainer.sheet.feelingsCards.feeling.proud': 'Proud',
  'trainer.sheet.feelingsCards.feeling.notSure': 'Not sure',

  // The blank eco-map and its key.
  'trainer.sheet.ecoMap.description':
    'A blank eco-map: a circle for the child in the middle, with three rings around it labelled Closest, Close and Further away.',
  'trainer.sheet.ecoMap.caption': 'Blank eco-map',
  'trainer.sheet.ecoMap.child': 'Child',
  'trainer.sheet.ecoMap.ring.closest': 'Closest',
  'trainer.sheet.ecoMap.ring.close': 'Close',
  'trainer.sheet.ecoMap.ring.furtherAway': 'Further away',
  'trainer.sheet.ecoMap.feels.heading': 'How the relationship feels',
  'trainer.sheet.ecoMap.feels.strong.label': 'Strong',
  'trainer.sheet.ecoMap.feels.strong.line': 'a thick line',
  'trainer.sheet.ecoMap.feels.weak.label': 'Weak',
  'trainer.sheet.ecoMap.feels.weak.line': 'a thin line',
  'trainer.sheet.ecoMap.feels.stressful.label': 'Stressful',
  'trainer.sheet.ecoMap.feels.stressful.line': 'a zigzag line',
  'trainer.sheet.ecoMap.ways.heading': 'How they keep in touch',
  'trainer.sheet.ecoMap.ways.meetUp.label': 'Meet-up',
  'trainer.sheet.ecoMap.ways.meetUp.line': 'an unbroken line',
  'trainer.sheet.ecoMap.ways.postal.label': 'Postal (letters, cards, photos)',
  'trainer.sheet.ecoMap.ways.postal.line': 'a dashed line',
  'trainer.sheet.ecoMap.ways.digital.label': 'Digital (messages, video, online)',
  'trainer.sheet.ecoMap.ways.digital.line': 'a dotted line',
  /** One entry of the key: the term in bold, then the line that draws it. */
  'trainer.sheet.ecoMap.keyTerm': '{term}:',
  'trainer.sheet.ecoMap.combine':
    'Combine them: a thick dashed line is a strong relationship kept up by letters. Draw an arrow to show which way support or news flows.',

  // The letter-planning sheet: each box's heading and prompt.
  'trainer.sheet.letterPlanning.to.title': 'Who it’s to',
  'trainer.sheet.letterPlanning.to.hint': 'Name as used in the agreement, and how they are related to the child.',
  'trainer.sheet.letterPlanning.due.title': 'When it’s due',
  'trainer.sheet.letterPlanning.due.hint': 'Date it goes to the letterbox service, and the date the exchange is due.',
  'trainer.sheet.letterPlanning.since.title': 'What’s happened since last time',
  'trainer.sheet.letterPlanning.since.hint':
    'Growing up, health, school year (not the school’s name), hobbies, friends, milestones.',
  'trainer.sheet.letterPlanning.child.title': 'Things the child wants to share',
  'trainer.sheet.letterPlanning.child.hint':
    'In the child’s words where you can: a drawing, a favourite thing, a question for the reader.',
  'trainer.sheet.letterPlanning.photos.title': 'Photos, and what to check in them',
  'trainer.sheet.letterPlanning.photos.hint':
    'No school uniform or badges, street names, house numbers, car registrations, local landmarks or location data.',
  'trainer.sheet.letterPlanning.leaveOut.title': 'What not to include',
  'trainer.sheet.letterPlanning.leaveOut.hint':
    'Identifying details: surnames, addresses, the school or town, clubs, social media names, anything that would let the reader find the family.',
  'trainer.sheet.letterPlanning.checks.title': 'Who checks it',
  'trainer.sheet.letterPlanning.checks.hint': 'Who reads it before it goes, and the date they checked it.',
  'trainer.sheet.letterPlanning.reply.title': 'If a reply comes',
  'trainer.sheet.letterPlanning.reply.hint': 'Who opens it first, and how it will be shared with the child.',
  // The printable materials whose cards are text (words in src/content/materials/): what frames them.
  'trainer.sheet.forSession.heading': 'Printable materials for this session',
  'trainer.sheet.cards.cut': 'Cut along the dashed lines to make the cards.',
  'trainer.sheet.cards.page': '{title}, page {page} of {pages}',
  'trainer.sheet.fictional': 'Invented for training',
  'trainer.sheet.suitcaseOutline.title': 'Suitcase outline',
  'trainer.sheet.suitcaseOutline.summary':
    'A large suitcase to fill with everything a child carries into their adoptive family, and a box for what may be lost in the move.',
  'trainer.sheet.suitcaseOutline.guide':
    'Fill the suitcase with sticky notes or writing: people, smells, songs, a name, a family likeness, memories the child cannot yet put into words, and questions. Then talk about what might be lost when the suitcase is moved.',
  'trainer.sheet.suitcaseOutline.description':
    'The outline of a large suitcase with a handle, empty inside, for a group to fill in.',
  'trainer.sheet.suitcaseOutline.prompts': 'What might a child carry?',
  'trainer.sheet.suitcaseOutline.prompt.people': 'People',
  'trainer.sheet.suitcaseOutline.prompt.senses': 'Smells, sounds and songs',
  'trainer.sheet.suitcaseOutline.prompt.names': 'A name, a nickname',
  'trainer.sheet.suitcaseOutline.prompt.looks': 'A family likeness',
  'trainer.sheet.suitcaseOutline.prompt.memories': 'Memories without words',
  'trainer.sheet.suitcaseOutline.prompt.questions': 'Questions',
  'trainer.sheet.suitcaseOutline.lost.title': 'What might be lost in the move?',
  'trainer.sheet.suitcaseOutline.lost.hint': 'And what could keep it safe?',
  'trainer.sheet.purposeCards.title': 'Purpose cards',
  'trainer.sheet.purposeCards.summary':
    'Eight cut-out cards, one for each purpose of staying in touch, for groups to sort for a child now and later.',
  'trainer.sheet.purposeCards.guide':
    'Give each group a set of cards and a child profile. Ask them to choose the three purposes that matter most for the child now, and the three that may matter most in ten years’ time, and how each could be met.',
  'trainer.sheet.childProfiles.title': 'Child profiles',
  'trainer.sheet.childProfiles.summary':
    'Two invented children for sorting purposes: a baby placed at ten months with one birth parent involved, and a nine-year-old who lived with a grandparent.',
  'trainer.sheet.childProfiles.guide':
    'Both children are invented for training, and so is every person and detail. Use one profile per group with the purpose cards. Never swap in details of a child you know.',
  'trainer.sheet.roleCards.title': 'Role cards',
  'trainer.sheet.roleCards.summary':
    'Invented roles for role-play: four children of different ages, then an adoptive parent, two birth relatives and a support worker at a first meeting.',
  'trainer.sheet.roleCards.guide':
    'Every role is invented for training. Page 1 is for practice in threes: one person plays the child from a card, staying inside it. Page 2 is for a first meeting between an adoptive parent and a birth relative. Anyone may choose to observe instead.',
  'trainer.sheet.letterPrompts.title': 'Letter prompt cards',
  'trainer.sheet.letterPrompts.summary':
    'The prompts from the hub’s two letter-writing guides as cut-out cards: what to say and ideas by the child’s age, with what to leave out.',
  'trainer.sheet.letterPrompts.guide':
    'Page 1 is for adoptive parents writing to a birth relative; page 2 is for birth relatives writing to the child. Each person takes a card or two and drafts a few lines, then a partner checks the draft against what to leave out.',
  'trainer.sheet.letterPrompts.from.adoptive': 'From an adoptive parent to a birth relative',
  'trainer.sheet.letterPrompts.from.birth': 'From a birth relative to the child',
  'trainer.sheet.letterPrompts.ideas': 'Ideas for a child aged: {age}',
  'trainer.sheet.genogram.title': 'Genogram sheet',
  'trainer.sheet.genogram.summary':
    'A blank page to draw a child’s family tree by hand, with a key of the symbols to use.',
  'trainer.sheet.genogram.guide':
    'Put the child in the middle, with their birth family above and to the sides. Add names and ages under each symbol, and mark unknowns with a question mark to come back to.',
  'trainer.sheet.genogram.space': 'Space to draw the genogram',
  'trainer.sheet.genogram.key': 'Key',
  'trainer.sheet.genogram.symbol.male': 'Male',
  'trainer.sheet.genogram.symbol.female': 'Female',
  'trainer.sheet.genogram.symbol.otherGender': 'Another gender, or not known',
  'trainer.sheet.genogram.symbol.child': 'The child the plan is for (double outline)',
  'trainer.sheet.genogram.symbol.died': 'Has died (a cross inside)',
  'trainer.sheet.genogram.symbol.couple': 'A couple (a line between them)',
  'trainer.sheet.genogram.symbol.separated': 'Separated (one slash)',
  'trainer.sheet.genogram.symbol.children': 'Their children (lines down, oldest on the left)',
  'trainer.sheet.genogram.symbol.adopted': 'Adopted (a dashed line)',
  'trainer.sheet.genogram.symbol.household': 'Live together (a dotted line around)',
  // How a handout, sheet or pack prints, chosen before printing (PrintStyleChoice.astro).
  'trainer.printStyle.legend': 'Print as',
  'trainer.printStyle.standard': 'Standard',
  'trainer.printStyle.large': 'Large print',
  'trainer.printStyle.dyslexia': 'Dyslexia-friendly',
  'trainer.printStyle.hint.large':
    'Large print: text at 17 point or more with headings to match, flowing onto as many pages as it needs.',
  'trainer.printStyle.hint.dyslexia':
    'Dyslexia-friendly follows the {link}: a plain sans-serif font at 13 point, lines spaced 1.5 apart, shorter lines, more space between paragraphs and letters, everything left-aligned, and bold rather than italics, underlining or capitals. The cream background is on screen only: pages print on white paper, or on cream or pastel paper if you put it in the printer.',
  'trainer.printStyle.hint.bdaLink': 'British Dyslexia Association’s style guide',
  // An attendance certificate for a CPD record, printed on one A4 page. Nothing typed on it is kept.
  'trainer.certificate.pageTitle': 'Attendance certificate: {title}',
  'trainer.certificate.heading': 'Certificate of attendance',
  'trainer.certificate.printHint':
    'Type the participant’s name and the date, then print one certificate for each person. Nothing you type here is saved or sent anywhere.',
  'trainer.certificate.certifies': 'This is to certify that',
  'trainer.certificate.name': 'Participant’s name',
  'trainer.certificate.attended': 'attended the training session',
  'trainer.certificate.date': 'Date',
  'trainer.certificate.length': 'Length',
  'trainer.certificate.outcomes': 'Learning outcomes',
  'trainer.certificate.signature': 'Trainer’s name and signature',
  'trainer.certificate.address': 'A training session from {product}: {url}',
  // On the session's page, beside "Present this session".
  'trainer.certificate.link': 'Print attendance certificates',
  // A worked example's case without its answers, printed for groups: the child and the people only.
  'trainer.case.pageTitle': 'Case without answers: {title}',
  'trainer.case.heading': 'Case without answers: {title}',
  'trainer.case.intro':
    'The child’s details and the people from this fictional worked example, without the plan that was made, for a group to build the rest of the plan: purposes, strengths and challenges, arrangements, support, views, change over time and review.',
  'trainer.case.open': 'Open this case in the plan builder',

  // The session's feedback page (/training/<id>/feedback/): confidence before and after, and a short form,
  // answered in turn on one device and kept only on it; the trainer's view summarises them.
  'trainer.feedback.pageTitle': 'Feedback: {title}',
  'trainer.feedback.heading': 'Feedback: {title}',
  'trainer.feedback.lead':
    'Participants answer here in turn on this device, at the start of the session and again at the end. Their answers are kept on this device only and are never sent anywhere. “Delete everything from this device” in the plan builder removes them.',
  'trainer.feedback.noscript':
    'This page needs JavaScript to keep the answers on this device. You can print it and give out paper copies instead.',
  'trainer.feedback.stage.legend': 'Which questions to ask',
  'trainer.feedback.stage.before': 'At the start of the session: confidence before',
  'trainer.feedback.stage.after': 'At the end of the session: confidence after, and feedback',
  'trainer.feedback.form.before': 'Before the session',
  'trainer.feedback.form.after': 'At the end of the session',
  'trainer.feedback.confidence.question': 'How confident are you that you can do each of these?',
  'trainer.feedback.confidence.hint': 'Choose a number from 1 (not at all confident) to 5 (very confident).',
  'trainer.feedback.confidence.1': '1 Not at all confident',
  'trainer.feedback.confidence.2': '2 Slightly confident',
  'trainer.feedback.confidence.3': '3 Fairly confident',
  'trainer.feedback.confidence.4': '4 Confident',
  'trainer.feedback.confidence.5': '5 Very confident',
  'trainer.feedback.useful': 'What was most useful?',
  'trainer.feedback.better': 'What could be better?',
  'trainer.feedback.recommend': 'Would you recommend this session to a colleague?',
  'trainer.feedback.recommend.yes': 'Yes',
  'trainer.feedback.recommend.maybe': 'Maybe',
  'trainer.feedback.recommend.no': 'No',
  'trainer.feedback.other': 'Anything else?',
  'trainer.feedback.anonymous': 'Please do not write your name or anyone else’s.',
  'trainer.feedback.save': 'Save and start the next person',
  'trainer.feedback.empty': 'Answer at least one question before saving.',
  'trainer.feedback.saved': {
    one: 'Saved. {count} response is kept on this device. Please pass the device to the next person.',
    other: 'Saved. {count} responses are kept on this device. Please pass the device to the next person.',
  },
  'trainer.feedback.notSaved':
    'The answers could not be kept on this device (the browser may not allow it, for example in a private window).',
  'trainer.feedback.showResponses': 'Trainer’s view: the responses',
  'trainer.feedback.showQuestions': 'Back to the questions',
  'trainer.feedback.responses.heading': 'Responses',
  'trainer.feedback.responses.count': '{before} at the start of the session and {after} at the end.',
  'trainer.feedback.responses.people': { one: '{count} person', other: '{count} people' },
  'trainer.feedback.summary.caption': 'Average confidence, from 1 (not at all confident) to 5 (very confident)',
  'trainer.feedback.summary.outcome': 'Learning outcome',
  'trainer.feedback.summary.before': 'Before',
  'trainer.feedback.summary.after': 'After',
  'trainer.feedback.summary.change': 'Change',
  'trainer.feedback.summary.none': 'No answers',
  'trainer.feedback.summary.recommend': 'Would recommend the session',
  'trainer.feedback.summary.recommendCount': '{answer}: {count}',
  'trainer.feedback.summary.noText': 'Nobody has answered this yet.',
  'trainer.feedback.print': 'Print the responses',
  'trainer.feedback.download': 'Download as a spreadsheet (CSV)',
  'trainer.feedback.delete': 'Delete these responses',
  'trainer.feedback.delete.confirm': 'Delete every response to this session from this device? This cannot be undone.',
  'trainer.feedback.delete.yes': 'Yes, delete the responses',
  'trainer.feedback.delete.cancel': 'Cancel',
  'trainer.feedback.deleted': 'The responses have been deleted from this device.',
  // The CSV file's header row and words; the file is named after the session's address, not a person.
  'trainer.feedback.csv.response': 'Response',
  'trainer.feedback.csv.stage': 'When',
  'trainer.feedback.csv.stage.before': 'Start of the session',
  'trainer.feedback.csv.stage.after': 'End of the session',
  'trainer.feedback.csv.confidence': 'Confidence: {outcome}',
  // On the session's page, beside "Print attendance certificates".
  'trainer.feedback.link': 'Collect feedback',

  // The day agenda (/training/agenda/): sessions, breaks and lunch in order, with clock times.
  'trainer.agenda.pageTitle': 'Plan a training day',
  'trainer.agenda.description': 'Put sessions, breaks and lunch in order and get a timetable to print or share.',
  'trainer.agenda.heading': 'Plan a training day',
  'trainer.agenda.lead':
    'Choose the sessions in the order you will run them, add breaks and lunch, and set the start time. The timetable shows when each part starts and ends. Print it, or share its link: the link holds only the sessions, the breaks and the times.',
  'trainer.agenda.noscript': 'Planning a day needs JavaScript. Each session’s page shows its own running order.',
  'trainer.agenda.start': 'Start time',
  'trainer.agenda.add.heading': 'Add to the day',
  'trainer.agenda.add.session': 'Session',
  'trainer.agenda.add.sessionButton': 'Add the session',
  'trainer.agenda.add.breakMinutes': 'Break, in minutes',
  'trainer.agenda.add.breakButton': 'Add a break',
  'trainer.agenda.add.lunchMinutes': 'Lunch, in minutes',
  'trainer.agenda.add.lunchButton': 'Add lunch',
  'trainer.agenda.add.full': { one: 'A day holds at most {count} part.', other: 'A day holds at most {count} parts.' },
  'trainer.agenda.timetable.heading': 'Timetable',
  'trainer.agenda.timetable.empty': 'Nothing in the day yet: add a session above.',
  'trainer.agenda.timetable.time': 'Time',
  'trainer.agenda.timetable.what': 'What',
  'trainer.agenda.timetable.length': 'Length',
  'trainer.agenda.timetable.change': 'Change',
  'trainer.agenda.timetable.range': '{start} to {end}',
  'trainer.agenda.timetable.total': 'The whole day: {duration}, from {start} to {end}.',
  'trainer.agenda.item.break': 'Break',
  'trainer.agenda.item.lunch': 'Lunch',
  'trainer.agenda.moveUp': 'Move up',
  'trainer.agenda.moveDown': 'Move down',
  'trainer.agenda.remove': 'Remove',
  'trainer.agenda.announce.added': 'Added {item}.',
  'trainer.agenda.announce.removed': 'Removed {item}.',
  'trainer.agenda.announce.moved': 'Moved {item} to place {place}.',
  'trainer.agenda.print': 'Print the timetable',
  'trainer.agenda.share': 'Link to this day, to share or bookmark',
} as const;
