/** The hub's furniture: header, footer, navigation, listings, search, breadcrumbs and page chrome. */
export const hubMessages = {
  // Taxonomy: the names of sections, resource types, audiences and topics (ids in src/hub/taxonomy.ts).
  'hub.section.purpose.title': 'Why staying in touch matters',
  'hub.section.purpose.blurb':
    'What staying in touch is for: identity, loss, reassurance and lifelong relationships, and what the research says.',
  'hub.section.planning.title': 'Planning staying in touch',
  'hub.section.planning.blurb':
    'The six planning steps, from purpose and important people to arrangements, support and review.',
  'hub.section.supporting.title': 'Preparing for and supporting staying in touch',
  'hub.section.supporting.blurb':
    'Preparing adoptive parents and birth relatives, writing letters, meet-ups and keeping arrangements going.',

  // `title` names one resource of the type (also a search filter); `listTitle` heads its listing.
  'hub.type.briefing.title': 'Research briefing',
  'hub.type.briefing.listTitle': 'Research briefings',
  'hub.type.briefing.intro':
    'Short summaries of what research tells us about staying in touch after adoption, with sources.',
  'hub.type.guide.title': 'Practice guide',
  'hub.type.guide.listTitle': 'Practice guides',
  'hub.type.guide.intro': 'Step-by-step guidance for planning, supporting and reviewing staying-in-touch arrangements.',
  'hub.type.voice.title': 'Composite voice',
  'hub.type.voice.listTitle': 'Composite voices and reflections',
  'hub.type.voice.intro':
    'Fictional adopted people, birth relatives, adoptive parents and foster carers, whose words draw on themes in published research and practice, with questions for practice. They are not real people’s accounts.',
  // The voices listing points to real people's accounts published by others; {youngPeople} and
  // {birthParents} are the linked words of the two keys below.
  'hub.voicesPage.realVoices':
    'To hear real people in their own words, watch the {youngPeople} and the {birthParents}. Both series were made by PAC-UK and are published by Research in Practice with questions for reflection.',
  'hub.voicesPage.realVoices.youngPeople': 'films in which adopted young people talk about birth family and contact',
  'hub.voicesPage.realVoices.birthParents': 'films in which birth parents talk to adoptive parents',
  'hub.type.example.title': 'Worked example',
  'hub.type.example.listTitle': 'Worked examples',
  'hub.type.example.intro':
    'Fictional cases that walk through the six planning steps. Each opens in the plan builder as a practice plan.',
  'hub.type.session.title': 'Training session',
  'hub.type.session.listTitle': 'Training sessions',
  'hub.type.session.intro':
    'Ready-to-run sessions for adopter preparation and practitioner training, with timings, prompts and handouts.',
  'hub.type.glossary.title': 'Glossary',
  'hub.type.glossary.listTitle': 'Glossary',
  'hub.type.glossary.intro': 'Legal and practice terms used in staying-in-touch planning, in plain English.',

  // `title` stands alone (headings, filters, lists); `inText` is the name inside a sentence ("For {audience}").
  'hub.audience.social-workers.title': 'Social workers',
  'hub.audience.social-workers.inText': 'social workers',
  'hub.audience.support-workers.title': 'Adoption support workers',
  'hub.audience.support-workers.inText': 'adoption support workers',
  'hub.audience.adoptive-parents.title': 'Adoptive parents',
  'hub.audience.adoptive-parents.inText': 'adoptive parents',
  'hub.audience.birth-relatives.title': 'Birth relatives',
  'hub.audience.birth-relatives.inText': 'birth relatives',
  'hub.audience.foster-carers.title': 'Foster carers',
  'hub.audience.foster-carers.inText': 'foster carers',
  'hub.audience.trainers.title': 'Trainers',
  'hub.audience.trainers.inText': 'trainers',

  // `title` stands alone; `inText` is the topic inside a sentence ("Resources about {topic}.").
  'hub.topic.identity.title': 'Identity and belonging',
  'hub.topic.identity.inText': 'identity and belonging',
  'hub.topic.loss.title': 'Loss and grief',
  'hub.topic.loss.inText': 'loss and grief',
  'hub.topic.research.title': 'Research evidence',
  'hub.topic.research.inText': 'research evidence',
  'hub.topic.law.title': 'Law and policy',
  'hub.topic.law.inText': 'law and policy',
  'hub.topic.planning.title': 'Planning',
  'hub.topic.planning.inText': 'planning',
  'hub.topic.wishes-and-feelings.title': "The child's wishes and feelings",
  'hub.topic.wishes-and-feelings.inText': "the child's wishes and feelings",
  'hub.topic.important-people.title': 'Important people',
  'hub.topic.important-people.inText': 'important people',
  'hub.topic.strengths-and-challenges.title': 'Strengths and challenges',
  'hub.topic.strengths-and-challenges.inText': 'strengths and challenges',
  'hub.topic.meet-ups.title': 'Meet-ups',
  'hub.topic.meet-ups.inText': 'meet-ups',
  'hub.topic.postal-exchange.title': 'Postal exchange and letters',
  'hub.topic.postal-exchange.inText': 'postal exchange and letters',
  'hub.topic.digital-exchange.title': 'Digital exchange and social media',
  'hub.topic.digital-exchange.inText': 'digital exchange and social media',
  'hub.topic.siblings.title': 'Siblings',
  'hub.topic.siblings.inText': 'siblings',
  'hub.topic.foster-carers.title': 'Former foster carers',
  'hub.topic.foster-carers.inText': 'former foster carers',
  'hub.topic.support.title': 'Support',
  'hub.topic.support.inText': 'support',
  'hub.topic.review.title': 'Reviewing arrangements',
  'hub.topic.review.inText': 'reviewing arrangements',
  'hub.topic.adolescence.title': 'Adolescence',
  'hub.topic.adolescence.inText': 'adolescence',
  'hub.topic.safety.title': 'Safety and risk',
  'hub.topic.safety.inText': 'safety and risk',
  'hub.topic.mentoring.title': 'Peer mentoring',
  'hub.topic.mentoring.inText': 'peer mentoring',
  'hub.topic.wales.title': 'Wales',
  'hub.topic.wales.inText': 'Wales',
  'hub.topic.training.title': 'Training and preparation',
  'hub.topic.training.inText': 'training and preparation',

  // Every page's shell (src/layouts/BaseLayout.astro) and the site's header and footer.
  'hub.layout.fullTitle': '{page} – {site}',
  'hub.layout.defaultDescription': 'Resources and a plan builder for staying in touch after adoption.',
  'hub.layout.skipLink': 'Skip to main content',
  'hub.header.searchLabel': 'Search the hub',
  'hub.header.searchButton': 'Search',
  'hub.header.navLabel': 'Main',
  // Names of the site's destinations, in the header's navigation, the footer and breadcrumbs.
  'hub.nav.resources': 'Resources',
  'hub.nav.planner': 'Plan builder',
  'hub.nav.training': 'Training',
  'hub.nav.glossary': 'Glossary',
  'hub.nav.about': 'About',
  'hub.nav.accessibility': 'Accessibility statement',
  'hub.nav.privacy': 'Privacy',
  // Links to the licences of this site and of the packages and fonts it ships (scripts/third-party-notices.mjs).
  'hub.footer.licences': 'Licences',
  'hub.footer.offline': 'Using the hub offline',
  'hub.footer.note':
    'Nothing you type in this site leaves your device. Content is free to use in practice and training.',
  'hub.breadcrumbs.label': 'Breadcrumb',
  'hub.breadcrumbs.home': 'Home',
  'hub.onThisPage.title': 'On this page',

  // The banner a page with a script shows when a new version of the site is waiting (src/offline).
  'hub.offline.update.text': 'A new version of this site is available.',
  'hub.offline.update.button': 'Update now',
  'hub.offline.update.heldBack':
    'Not updated. This is a shared computer, so your plans are kept only in this tab, and updating reloads the page, which would lose them. Save each plan you need to a file, then close this tab: the new version opens next time.',

  // The offline page (/offline/): also shown, with no connection, for a page this device has not kept.
  'hub.offlinePage.title': 'Using the hub offline',
  'hub.offlinePage.description': 'What this device keeps for use without a connection, and how to keep the whole hub.',
  'hub.offlinePage.heading': 'Using the hub offline',
  'hub.offlinePage.lead':
    'With no connection, this site shows this page instead of a page that is not kept on this device.',
  'hub.offlinePage.kept':
    'After your first visit to the plan builder, search or the training page, this device keeps the home page, the plan builder, search and every page you open from then on, so they work without a connection.',
  'hub.offlinePage.trainers':
    'Trainers: the first time you open a training page, this device also keeps every training session, its session mode and handout, the activity sheets and the pack builder.',
  'hub.offlinePage.pdf':
    'Making a PDF of a plan works offline once you have made one with a connection; opening a PDF, once you have opened one.',
  'hub.offlinePage.whole.heading': 'Keep the whole hub on this device',
  'hub.offlinePage.whole.intro':
    'You can keep every page of the hub, the PDF code and its fonts on this device, for example before working somewhere without a connection. It stays until a new version of the site replaces it, which keeps the whole hub too.',
  'hub.offlinePage.whole.button': 'Make the whole hub available offline',
  'hub.offlinePage.whole.size': 'This downloads about {megabytes} MB.',
  'hub.offlinePage.whole.working': 'Keeping the whole hub on this device…',
  'hub.offlinePage.whole.done': 'The whole hub is now available offline on this device.',
  'hub.offlinePage.whole.failed': 'Not every page could be kept. Check your connection and try again.',
  'hub.offlinePage.whole.unsupported': 'This browser cannot keep the hub offline, for example in a private window.',
  'hub.offlinePage.noScript': 'Keeping the whole hub needs JavaScript, which is turned off in your browser.',

  // Listings: the list of resources, the count above it and the links to browse other ways.
  'hub.listing.count': {
    one: '{count} resource, newest first',
    other: '{count} resources, newest first',
  },
  'hub.listing.empty': 'There are no resources here yet.',
  // A listing of more than one page (50 a page): which of them this page shows, its title, and the
  // nav between its pages.
  'hub.listing.range': '{from} to {to} of {count} resources, newest first',
  'hub.listing.pageTitle': '{title} (page {page} of {pages})',
  'hub.pagination.label': 'Pages of this list',
  'hub.pagination.previous': 'Previous page',
  'hub.pagination.next': 'Next page',
  'hub.pagination.page': 'Page {page}',
  'hub.browse.title': 'Browse resources',
  'hub.browse.bySection': 'By section',
  'hub.browse.byType': 'By type',
  'hub.browse.byAudience': 'By audience',
  'hub.browse.byTopic': 'By topic',
  'hub.topicPage.title': 'Topic: {topic}',
  'hub.topicPage.intro': 'Resources about {topic}.',
  'hub.audiencePage.title': 'For {audience}',
  'hub.audiencePage.intro': 'Resources written for {audience}, newest first.',
  // The "For trainers" page: the toolkit and where to find it (issue 17).
  'hub.trainersPage.heading': 'Run a session from the hub',
  'hub.trainersPage.present':
    'Present a session to a group in session mode: one step at a time in large type, with a timer for each activity, and a presenter view with your notes, the next step and a session clock.',
  'hub.trainersPage.sheets': 'Print the {link}, or one of them:',
  'hub.trainersPage.sheets.link': 'activity sheets',
  'hub.trainersPage.pack': '{link} from sessions, handouts, sheets and any resource on the hub.',
  'hub.trainersPage.pack.link': 'Build a printable training pack',
  // {link} is the words of `hub.trainersPage.agenda.link`, linked to the day agenda.
  'hub.trainersPage.agenda': '{link}: sessions, breaks and lunch in order, with clock times, to print or share.',
  'hub.trainersPage.agenda.link': 'Plan a training day',
  'hub.trainersPage.feedback':
    'Collect feedback: participants rate their confidence in each learning outcome at the start and the end, and say what worked, in turn on one device. You get a summary to print and a spreadsheet to download.',
  'hub.trainersPage.cases.heading': 'Practice cases',
  'hub.trainersPage.cases':
    'Each worked example also opens in the plan builder as a case only: the child’s details and the people, with every other section empty, for a group to build the plan. Whatever is opened this way is a practice plan, marked as practice on screen, in its PDF, its file and its calendar file.',
  // {example} is a worked example's title.
  'hub.trainersPage.cases.open': '{example}: open as a case only',
  // {example} is a worked example's title.
  'hub.trainersPage.cases.print': '{example}: print the case without answers',
  // {link} is the words of `hub.trainersPage.cases.own.link`, linked to a new practice plan in the builder.
  'hub.trainersPage.cases.own':
    '{link}: fill in the child and the people, then save it as a file and share the file with the group, who each open it in the builder.',
  'hub.trainersPage.cases.own.link': 'Write your own fictional case',
  'hub.trainersPage.offline.heading': 'With no connection',
  'hub.trainersPage.offline':
    'When you open any training page, this device keeps every training session, its session mode and handout, the activity sheets and the pack builder, so they all work with no connection. They are kept on purpose, apart from the pages you happen to visit; {link}.',
  'hub.trainersPage.offline.link': 'more about using the hub offline',
  'hub.resourcesPage.title': 'All resources',
  'hub.resourcesPage.intro':
    'Every briefing, guide, reflection, worked example and training session on the hub. Browse by section, type, audience or topic below, or search.',
  // On the training sessions' listing; {sheets} and {pack} are the links' words below.
  'hub.sessionsPage.toolkit':
    'Trainers’ toolkit: each session has a session mode for presenting to a group. There are also {sheets} to print, and you can {pack} of resources.',
  'hub.sessionsPage.toolkit.sheets': 'activity sheets',
  'hub.sessionsPage.toolkit.pack': 'build a printable pack',

  // A resource, in listings and on its own page.
  'hub.resource.readingTime': { other: '{count} min read' },
  'hub.resource.updated': 'Updated',
  'hub.resource.fictionalTag': 'Fictional',
  'hub.resource.fictionalTag.voice': 'Composite voice: fictional',
  'hub.resource.fictionalTag.example': 'Fictional example',
  'hub.resource.audiences': 'For: {audiences}',
  'hub.resource.fictionalNote.voice':
    'This is a composite voice: the person is fictional, drawn from themes in research and practice. It is not a quotation from a real person.',
  'hub.resource.fictionalNote.example':
    'This is a fictional example. The people and events are invented to show how the planning steps work.',
  'hub.resource.openExample': 'Open in the plan builder as a practice plan',
  'hub.resource.openCase': 'Open as a case only, for a group to build the plan',
  'hub.resource.printCase': 'Print the case without answers',
  // {link} is the words of `hub.resource.plannerLink.link`, linked to the builder's section.
  'hub.resource.plannerLink': 'Use this guide with the {link}.',
  'hub.resource.plannerLink.link': 'matching section of the plan builder',
  'hub.resource.present': 'Present this session',
  // {sheets}, {pack} and {examples} are the links' words below.
  'hub.resource.trainerLinks':
    'Also for trainers: {sheets}, a {pack} builder and {examples} to open as practice plans.',
  'hub.resource.trainerLinks.sheets': 'activity sheets',
  'hub.resource.trainerLinks.pack': 'printable pack',
  'hub.resource.trainerLinks.examples': 'worked examples',
  'hub.resource.handout.title': 'Handout',
  'hub.resource.handout.open': 'Open the handout on its own page to print',
  'hub.resource.topics': 'Topics',
  'hub.resource.related': 'Related resources',
  // A source at a page's foot: "Publisher (2019). Title." {title} is the title, linked when it has an address.
  'hub.sources.title': 'Sources',
  'hub.sources.citation': '{publisher} ({year}). {title}.',
  // A web page that shows no date; {accessed} is the day it was read, as a date ("2 December 2026").
  'hub.sources.citation.undated': '{publisher} (no date, accessed {accessed}). {title}.',
  'hub.sources.short': '{publisher}, {year}',
  'hub.sources.short.undated': '{publisher}, no date',

  // A training session's plan and handout.
  'hub.duration.minutes': { one: '{count} minute', other: '{count} minutes' },
  'hub.session.aims.title': 'Aims',
  'hub.session.aims.intro': 'By the end of this session participants will be able to:',
  // {duration} is `hub.duration.minutes`.
  'hub.session.plan.title': 'Session plan ({duration})',
  'hub.session.activity.duration': '({duration})',
  'hub.handout.session': '{session} · {site}',
  'hub.handout.questions': 'Questions to think about',
  'hub.handout.contacts': 'Local contacts',
  'hub.handout.contacts.hint': 'Who to contact here: your adoption support team, support groups and helplines.',
  'hub.handout.address': 'From {product}, free to read online: {url}',

  // Components authors use inside MDX content (src/components/content).
  'hub.contentNote.label': 'Content note:',
  'hub.discussionPrompt.label': 'Discussion prompt',
  'hub.keyFact.source': 'Source: {source}',
  'hub.voice.compositeTag': 'Composite voice',

  // The search page, and the messages its script writes into the status line.
  'hub.searchPage.title': 'Search',
  'hub.searchPage.description': 'Search every resource on the hub.',
  'hub.searchPage.heading': 'Search the hub',
  'hub.searchPage.queryLabel': 'Search for',
  'hub.searchPage.submit': 'Search',
  'hub.searchPage.filtersTitle': 'Filter results',
  'hub.searchPage.filter.section': 'Section',
  'hub.searchPage.filter.type': 'Type',
  'hub.searchPage.filter.audience': 'Audience',
  'hub.searchPage.applyFilters': 'Apply filters',
  'hub.searchPage.resultsTitle': 'Results',
  // {browse} is the words of `hub.searchPage.noScript.browse`, linked to all resources.
  'hub.searchPage.noScript':
    'Search needs JavaScript, which is turned off in your browser. You can {browse} by section, type, audience and topic.',
  'hub.searchPage.noScript.browse': 'browse every resource',
  'hub.searchPage.keysHint': 'Use the up and down arrow keys to move between results.',
  // Under the results drawn so far, while a query has more; they also appear as the list is scrolled.
  'hub.searchPage.moreResults': 'Show more results',
  'hub.search.status.empty': 'Enter a word or phrase to search for.',
  'hub.search.status.searching': 'Searching…',
  'hub.search.status.none': 'No results for “{query}”. Check the spelling or try fewer words.',
  'hub.search.status.noneFiltered':
    'No results for “{query}” with the filters you chose. Check the spelling or try fewer words.',
  'hub.search.status.found': { one: '{count} result for “{query}”.', other: '{count} results for “{query}”.' },
  'hub.search.status.foundFiltered': {
    one: '{count} result for “{query}” with the filters you chose.',
    other: '{count} results for “{query}” with the filters you chose.',
  },

  // The home page.
  'hub.home.heading': 'Staying in touch after adoption',
  'hub.home.lead':
    'Research, practice guides and composite voices to help children keep the relationships that matter to them after adoption, and a plan builder that follows the planning template.',
  'hub.home.builder.title': 'Build a staying-in-touch plan',
  'hub.home.builder.text':
    'Draft a plan with the child, the adoptive parents and birth relatives, step by step. It saves on this device only.',
  'hub.home.builder.link': 'Open the plan builder',
  'hub.home.sections.title': "The hub's three sections",
  'hub.home.sections.count': { one: '{count} resource', other: '{count} resources' },
  'hub.home.roles.title': 'Start from your role',
  'hub.home.role.social-workers':
    'Plan arrangements with the child, adoptive parents and birth relatives, and write them down.',
  'hub.home.role.support-workers': 'Support families and birth relatives to keep arrangements going, and review them.',
  'hub.home.role.adoptive-parents': 'Understand why staying in touch matters to your child and how to make it work.',
  'hub.home.role.birth-relatives': 'Plain-English guides on letters, meet-ups and getting support.',
  'hub.home.role.trainers': 'Session plans, discussion prompts and handouts for preparation groups.',
  'hub.home.recent.title': 'Recently updated',
  'hub.home.recent.all': 'See all resources',

  // The page-not-found page; {search}, {browse} and {home} are the links' words below.
  'hub.notFoundPage.title': 'Page not found',
  'hub.notFoundPage.typed': 'If you typed the web address, check it is correct.',
  'hub.notFoundPage.pasted': 'If you pasted the web address, check you copied the entire address.',
  'hub.notFoundPage.next': 'You can {search}, {browse} or go to the {home}.',
  'hub.notFoundPage.next.search': 'search the hub',
  'hub.notFoundPage.next.browse': 'browse all resources',
  'hub.notFoundPage.next.home': 'home page',

  // The glossary page (its title and description are `hub.type.glossary.*`).
  'hub.glossaryPage.lead':
    'Legal and practice words used on this hub and in staying-in-touch plans, in plain English. Each term has its own link you can share.',
  // {terms} is the list of related terms, each a link.
  'hub.glossaryPage.seeAlso': 'See also: {terms}',

  // The about page. In list items, {who} is the emphasised words of the matching `.who` message.
  'hub.aboutPage.title': 'About this hub',
  'hub.aboutPage.description': 'What Staying in touch is, who it is for and where its content comes from.',
  'hub.aboutPage.heading': 'About Staying in touch',
  'hub.aboutPage.lead':
    'Staying in touch is an open resource hub and plan builder for contact after adoption. It helps practitioners, adoptive parents, birth relatives and trainers think about how adopted children can keep the relationships that matter to them.',
  'hub.aboutPage.audiences.title': 'Who it is for',
  'hub.aboutPage.audiences.item1':
    '{who} who plan staying-in-touch arrangements with the child, the adoptive parents and birth relatives, and write them down.',
  'hub.aboutPage.audiences.item1.who': 'Social workers',
  'hub.aboutPage.audiences.item2':
    '{who} who help families and birth relatives keep arrangements going and review them.',
  'hub.aboutPage.audiences.item2.who': 'Adoption support workers',
  'hub.aboutPage.audiences.item3': '{who}, who will find plain-English guides on letters, meet-ups and support.',
  'hub.aboutPage.audiences.item3.who': 'Adoptive parents and birth relatives',
  'hub.aboutPage.audiences.item4': '{who} running adopter preparation groups and practitioner training.',
  'hub.aboutPage.audiences.item4.who': 'Trainers',
  'hub.aboutPage.sources.title': 'Where the content comes from',
  'hub.aboutPage.sources.p1':
    'The hub follows the structure of the open-access resources published by Research in Practice in December 2024, built on research at the University of East Anglia, and goes further with an interactive plan builder. Every briefing and guide is written in our own words and lists the research and guidance it draws on. We do not use figures we have not been able to check against their source.',
  'hub.aboutPage.sources.p2':
    'The voices on this hub are {composite}: the people are fictional, and their words draw on themes in published research and practice. Worked examples are also fictional. Both are marked wherever they appear.',
  'hub.aboutPage.sources.p2.composite': 'composite voices',
  'hub.aboutPage.words.title': 'Words we use',
  'hub.aboutPage.words.p1':
    'We say {term} rather than contact, except where the law uses that word, and we describe arrangements as meet-ups, postal exchange and digital exchange. We say birth relatives, birth parents and adoptive parents. The {glossary} explains the legal and practice terms.',
  'hub.aboutPage.words.p1.term': 'staying in touch',
  'hub.aboutPage.words.p1.glossary': 'glossary',
  'hub.aboutPage.data.title': 'Your data',
  'hub.aboutPage.data.p1':
    'Nothing you type in the plan builder leaves your device. The {privacy} explains what is stored and how to remove it.',
  'hub.aboutPage.data.p1.privacy': 'privacy statement',

  // The accessibility statement.
  'hub.accessibilityPage.title': 'Accessibility statement',
  'hub.accessibilityPage.description': 'How accessible this site is, and how to report a problem.',
  'hub.accessibilityPage.lead': 'We want as many people as possible to be able to use this website.',
  'hub.accessibilityPage.able.intro': 'You should be able to:',
  'hub.accessibilityPage.able.item1': 'change colours, contrast levels and fonts using your browser or device settings',
  'hub.accessibilityPage.able.item2': 'zoom in up to 400% without the text spilling off the screen',
  'hub.accessibilityPage.able.item3': 'navigate the whole site, including the plan builder, using just a keyboard',
  'hub.accessibilityPage.able.item4': 'use the site with a screen reader and speech recognition software',
  'hub.accessibilityPage.able.item5': "turn off animation: the site respects your device's reduced-motion setting",
  'hub.accessibilityPage.status.title': 'How accessible this website is',
  'hub.accessibilityPage.status.p1':
    'We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is checked automatically with the axe accessibility engine in a real browser each time the site is built, and we test the plan builder with a keyboard only. Automated checks do not find every problem, so we also review pages by hand.',
  'hub.accessibilityPage.limits.intro': 'We know of these limitations:',
  'hub.accessibilityPage.limits.item1':
    "The eco-map diagram in the plan builder is a picture of the child's network. The same information is always given as a list beside it.",
  'hub.accessibilityPage.limits.item2':
    'Search needs JavaScript. Without it, you can browse every resource by section, type, audience and topic.',
  'hub.accessibilityPage.report.title': 'Reporting accessibility problems',
  'hub.accessibilityPage.report.p1':
    "If you find a problem that is not listed here, or you need information in a different format, tell the team that runs this hub at your organisation, or raise an issue in the project's public code repository. Say which page it was on and what happened. We aim to reply within 5 working days.",
  'hub.accessibilityPage.enforcement.title': 'Enforcement procedure',
  'hub.accessibilityPage.enforcement.p1':
    'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).',
  'hub.accessibilityPage.preparation.title': 'Preparation of this statement',
  'hub.accessibilityPage.preparation.p1': 'This statement was prepared on {date}.',

  // The privacy statement. Placeholders in {braces} are filled by emphasised words: the builder's
  // buttons and answers (`hub.privacyPage.ui.*`), storage names in code type, or a link.
  'hub.privacyPage.title': 'Privacy',
  'hub.privacyPage.description': 'What this site stores, where, for how long, and how to remove it.',
  'hub.privacyPage.lead':
    'Staying-in-touch plans hold sensitive information about children and families. This site is built so that nothing you type ever leaves your device.',
  'hub.privacyPage.ui.deleteEverything': 'Delete everything from this device',
  'hub.privacyPage.ui.deleteAllPlans': 'Delete all plans from this device',
  'hub.privacyPage.ui.lockNow': 'Lock now',
  'hub.privacyPage.ui.saveToFile': 'Save plan to file',
  'hub.privacyPage.ui.yes': 'Yes',
  'hub.privacyPage.ui.planner': 'plan builder',
  'hub.privacyPage.notCollected.title': 'What is not collected',
  'hub.privacyPage.notCollected.item1':
    'There is no server that receives your plans. The site is a set of static files.',
  'hub.privacyPage.notCollected.item2': 'There are no cookies, no analytics, no tracking and no advertising.',
  'hub.privacyPage.notCollected.item3':
    "Every font, script and image comes from this site. Nothing is loaded from any other website, and each page's security policy stops the browser from sending anything anywhere else.",
  'hub.privacyPage.notCollected.item4':
    'Search runs inside your browser, using an index that is part of the site. Your search words are not sent anywhere.',
  // {hash} is the character #.
  'hub.privacyPage.notCollected.item5':
    "A plan's address in the plan builder (the part after {hash}) is never sent to the web server, and holds only a random identifier, never a name.",
  'hub.privacyPage.notCollected.p1':
    "Like any website, the server that hosts these files sees each request for a page or file: your IP address, the page's address and your browser's name. It never sees anything you type.",
  'hub.privacyPage.stored.title': 'What is stored on your device',
  'hub.privacyPage.stored.p1':
    'The first time you use the plan builder, it asks whether you are on a shared or public computer. The answer decides where plans are kept. Everything below is stored by your browser, for this site only, on this device. None of it is synced to other devices, and we cannot see or recover it.',
  'hub.privacyPage.stored.caption': 'What the plan builder stores, where, for how long and how to remove it',
  'hub.privacyPage.stored.what': 'What',
  'hub.privacyPage.stored.where': 'Where',
  'hub.privacyPage.stored.howLong': 'For how long',
  'hub.privacyPage.stored.remove': 'How to remove it',
  'hub.privacyPage.stored.plansOwn.what': 'Plans, on your own work device',
  // {database} is the database's name.
  'hub.privacyPage.stored.plansOwn.where':
    "The browser's IndexedDB, in a database called {database}. Each plan is one record: a random identifier and the plan, encrypted (AES-GCM, a new random value for every save) with the device key or, with passphrase protection, with your passphrase's key.",
  'hub.privacyPage.stored.plansOwn.howLong': 'Until you delete the plan, or everything.',
  'hub.privacyPage.stored.plansOwn.remove':
    "Delete the plan from your plans list, use {deleteAllPlans} or {deleteEverything}, or clear this site's data in your browser.",
  'hub.privacyPage.stored.plansShared.what': 'Plans, on a shared or public computer',
  'hub.privacyPage.stored.plansShared.where':
    "Only the browser tab's memory. Nothing about a plan is written to the computer, not even to the tab's own storage (sessionStorage), which browsers save to disk to restore sessions: that holds only a marker saying the tab has plans, so that after a reload the builder can say they have gone. Plans are also kept only in memory when a browser will not let the builder save on the device, for example in some private browsing modes.",
  // {time} is `hub.duration.minutes`.
  'hub.privacyPage.stored.plansShared.howLong':
    'Until the page is reloaded or closed, or the browser stops, and on a shared computer until the builder has not been used for {time}: the plans in the tab are then cleared, after a warning.',
  'hub.privacyPage.stored.plansShared.remove':
    'Reload or close the tab, or use {deleteEverything} before you leave. Save each plan to a file first if you need it.',
  'hub.privacyPage.stored.deviceKey.what': 'The device key, on your own work device without a passphrase',
  'hub.privacyPage.stored.deviceKey.where':
    'IndexedDB, beside the plans: the AES-GCM key that plans and half-filled items are encrypted with. The browser stores it and uses it for this site, but never lets a script read it out. It is not a secret from anyone who can use this browser or copy its files: it makes sure that what the browser leaves of the plans on disk cannot be read once the key is deleted. For protection against someone who has the device, use a passphrase.',
  'hub.privacyPage.stored.deviceKey.howLong':
    'Until you turn on passphrase protection (it is then deleted) or delete everything.',
  'hub.privacyPage.stored.deviceKey.remove': 'Use {deleteEverything}: the plans it encrypted can then never be read.',
  'hub.privacyPage.stored.drafts.what': 'Half-filled items',
  'hub.privacyPage.stored.drafts.where':
    "A person, arrangement or other item you have started but not saved. On your own device: localStorage, in one entry encrypted with the plans' key (the device key, or your passphrase's). On a shared computer: the tab's memory only.",
  'hub.privacyPage.stored.drafts.howLong': 'Until you save or cancel the item, or delete its plan.',
  'hub.privacyPage.stored.drafts.remove': 'As for plans.',
  'hub.privacyPage.stored.settings.what': 'Your settings',
  // {key} is the storage key's name.
  'hub.privacyPage.stored.settings.where': 'localStorage, under {key}: only whether this is a shared computer.',
  'hub.privacyPage.stored.settings.howLong': 'Until you change or delete them.',
  'hub.privacyPage.stored.settings.remove': 'Change it from your plans list, or use {deleteEverything}.',
  'hub.privacyPage.stored.passphrase.what': 'The passphrase record, if you protect plans with a passphrase',
  'hub.privacyPage.stored.passphrase.where':
    'IndexedDB, beside the plans: a random salt and a short text encrypted with your key, which lets the builder tell whether a passphrase is right. Never the passphrase, and never the key.',
  'hub.privacyPage.stored.passphrase.howLong': 'Until you turn protection off or delete everything.',
  'hub.privacyPage.stored.passphrase.remove': 'Turn off protection from your plans list, or use {deleteEverything}.',
  'hub.privacyPage.stored.feedback.what': 'Training feedback',
  'hub.privacyPage.stored.feedback.where':
    'The answers given on a training session’s feedback page: confidence scores and the short form, with no names. localStorage, one entry per session, not encrypted.',
  'hub.privacyPage.stored.feedback.howLong': 'Until the trainer deletes them.',
  'hub.privacyPage.stored.feedback.remove': 'Use “Delete these responses” on the feedback page, or {deleteEverything}.',
  'hub.privacyPage.stored.offline.what': 'The offline copy of this site',
  'hub.privacyPage.stored.offline.where':
    'Cache Storage, kept by a service worker: the plan builder, search, the pages you have opened and, if you choose, the whole hub, so they work without a connection. Never plans.',
  'hub.privacyPage.stored.offline.howLong': 'Replaced when a new version of the site is published.',
  'hub.privacyPage.stored.offline.remove': "Use {deleteEverything}, or clear this site's data in your browser.",
  'hub.privacyPage.stored.p2':
    "Tabs of the plan builder that are open at the same time tell each other, inside the browser, which plan each is editing, so two tabs never overwrite each other's changes. These messages hold only the plans' random identifiers and never leave the browser.",
  'hub.privacyPage.passphrase.title': 'Protecting plans with a passphrase',
  // {lockAfter} and {warnAfter} are `hub.duration.minutes`.
  'hub.privacyPage.passphrase.p1':
    "On your own work device you can protect the plans with a passphrase, from your plans list. Plans and half-filled items are then stored encrypted (AES-GCM with a 256-bit key and a new random value for every save). The key is made from your passphrase with PBKDF2-SHA-256, {iterations} times over with a random salt, which makes guessing slow. The key is kept only in the browser's memory, cannot be read out, and is dropped when the builder locks: when you choose {lockNow}, when the page is closed or reloaded, and after {lockAfter} without use, with a warning after {warnAfter}.",
  'hub.privacyPage.passphrase.p2':
    'There is no way to recover a forgotten passphrase. The only way to carry on is to delete the plans on the device, and the builder asks you to confirm first. Plans you saved to files are not affected.',
  'hub.privacyPage.passphrase.p3':
    'What is not encrypted: how many plans there are and their random identifiers, your settings, and the offline copy of the site. A wrong passphrase is refused and changes nothing.',
  'hub.privacyPage.files.title': 'Plan files and PDFs',
  'hub.privacyPage.files.p1':
    "{saveToFile} and the PDF export create files wherever your browser saves downloads. They are not encrypted. File names carry no names, but the files hold the whole plan: keep them in your organisation's case recording system, not on a personal device or in personal email. The plan builder is not a records system: the signed plan belongs on the child's record, under your agency's retention rules.",
  'hub.privacyPage.fingerprint.title': 'Fingerprints: tamper-evidence, not a digital signature',
  'hub.privacyPage.fingerprint.p1':
    'Every signed plan has a fingerprint: 64 characters worked out from its exact content with SHA-256. Any change to the plan, even one character, gives a different fingerprint. The one part left out is the exchange log, which is kept up after sign-off, so logging a letter does not change the fingerprint. The builder shows it on the signed plan and the PDF prints it on the sign-off page: record all 64 characters on the child’s case record at sign-off.',
  'hub.privacyPage.fingerprint.p2':
    'When a PDF is opened in the builder, or checked with the command-line verifier, it is checked for being made by this site, for its attached plan matching the fingerprint written into it, for its printed pages being exactly what that plan draws, and for the sign-off record meeting the rules. These checks show that the PDF has not been changed in part. They cannot show who made it: the builder is open software that anyone can run, so someone could change a plan and make a new PDF of it that passes them all.',
  'hub.privacyPage.fingerprint.p3':
    'That is why it is tamper-evidence and not a digital signature. A digital signature needs a secret key held by the signer, and the builder holds no keys and sends nothing anywhere. What ties a PDF to the plan that was signed is the fingerprint you recorded on the case record: if the PDF’s fingerprint is the same, it is that plan. Typed names and drawn signatures on the sign-off page record who agreed; they are not proof of identity.',
  'hub.privacyPage.remove.title': 'How to remove everything',
  // {planner} is `hub.privacyPage.ui.planner`, linked to the builder.
  'hub.privacyPage.remove.item1':
    'In the {planner}, use {deleteEverything} at the end of your plans list. It removes plans, half-filled items, settings, the device key or passphrase record, the offline copy and the service worker, in every open tab, after asking you to confirm.',
  'hub.privacyPage.remove.item2':
    'To remove single plans, delete them from the plans list, or use {deleteAllPlans}, which keeps your settings.',
  'hub.privacyPage.remove.item3': "You can also clear this site's data in your browser's settings.",
  'hub.privacyPage.shared.title': 'Using the plan builder on a shared computer',
  // {time} is `hub.duration.minutes`.
  'hub.privacyPage.shared.p1':
    'Answer {yes} when the builder asks whether this is a shared or public computer. Plans are then kept only in the memory of the page, and the builder says so on every page.',
  'hub.privacyPage.shared.p2':
    'This is a trade-off. Nothing about a plan is written to the computer, so nothing is left behind for the next person, even if the browser saves its session. But a reload, closing the tab or a browser crash loses any plan you have not saved to a file. The browser asks before the page is reloaded or closed, and the builder says afterwards that the plans have gone. After {time} without use the builder clears the plans in the tab, with a warning first that offers to save the plan to a file.',
  'hub.privacyPage.shared.p3':
    'Save each plan to a file before you finish, then use {deleteEverything} and close the browser window.',
  'hub.privacyPage.dpo.title': 'Notes for data protection officers',
  'hub.privacyPage.dpo.p1':
    'These notes are for councils and agencies writing a data protection impact assessment (DPIA) for the plan builder.',
  'hub.privacyPage.roles.title': 'Roles and lawful basis',
  'hub.privacyPage.roles.item1':
    "Your organisation is the controller for the plans your staff write. The lawful basis for the processing, and the condition for processing special category data, are yours to decide and record, as for your other children's social care records.",
  'hub.privacyPage.roles.item2':
    "No personal data is sent to, stored by or accessible to the people who publish this site or its host, so there is no processor relationship with them. Processing happens only in the browser on your staff's devices.",
  'hub.privacyPage.roles.item3':
    'The site sets no cookies and uses no similar technologies beyond the storage described above, which is strictly necessary for the service a user asks for.',
  // Each threat: `.name` in bold, then `.text`.
  'hub.privacyPage.threats.title': 'Threat model',
  'hub.privacyPage.threats.shared.name': 'Shared and public computers.',
  'hub.privacyPage.threats.shared.text':
    "The next user could find plans left behind. Mitigations: the shared-computer answer keeps plans only in the page's memory, never on disk, and clears them after {minutes} minutes without use; {deleteEverything}; the builder says where plans are kept on every page.",
  'hub.privacyPage.threats.lost.name': 'Lost or stolen devices.',
  'hub.privacyPage.threats.lost.text':
    "Without a passphrase, plans are encrypted with a device key kept in the same browser profile, so anyone who can use the browser or copy its profile can read them. Mitigations: passphrase protection, the automatic lock, and your devices' own disk encryption and screen lock.",
  'hub.privacyPage.threats.deleted.name': 'Deleted data recovered from the disk.',
  'hub.privacyPage.threats.deleted.text':
    'Browsers rewrite and delete their storage files in their own time, and deleted files can sometimes be recovered with specialist tools. Mitigations: plans and half-filled items are only ever written encrypted, so what is left holds no readable names or text, and {deleteEverything} deletes the key; full-disk encryption makes deleted files unreadable too.',
  'hub.privacyPage.threats.unlocked.name': 'Someone else at an unlocked device.',
  // {minutes} is a number: the lock's length in minutes.
  'hub.privacyPage.threats.unlocked.text':
    'Mitigations: {lockNow} and the {minutes}-minute lock on protected devices; your own screen lock policy.',
  'hub.privacyPage.threats.extensions.name': 'Browser extensions.',
  'hub.privacyPage.threats.extensions.text':
    'An extension allowed to read pages can read whatever is on screen and in the page, whatever this site does. Mitigation: allow only extensions your organisation has approved, through browser management.',
  'hub.privacyPage.threats.files.name': 'Malicious files.',
  'hub.privacyPage.threats.files.text':
    'Plan files and PDFs may arrive by email or from shared drives. The builder refuses files over 5 MB, anything that is not a plan in the expected format, dangerous field names and deep nesting, and reads only the attachment it wrote itself from a PDF; a refused file changes nothing.',
  'hub.privacyPage.threats.injection.name': 'Injected content and data leaving the device.',
  'hub.privacyPage.threats.injection.text':
    'Every page carries a Content-Security-Policy that allows scripts, styles and connections from this site only, and headers that forbid framing the site and sending the page address elsewhere.',
  'hub.privacyPage.threats.exports.name': 'Exported files.',
  'hub.privacyPage.threats.exports.text': 'Plan files and PDFs are not encrypted and go wherever downloads go.',
  'hub.privacyPage.advice.title': 'Recommendations',
  'hub.privacyPage.advice.item1':
    'Use the plan builder on managed work devices with disk encryption, a screen lock and an up-to-date browser.',
  'hub.privacyPage.advice.item2':
    'Ask staff to turn on passphrase protection on their work devices, and to answer {yes} to the shared-computer question on any device others use.',
  'hub.privacyPage.advice.item3': 'Allow only approved browser extensions.',
  'hub.privacyPage.advice.item4':
    'Set out where plan files and PDFs must be kept (your case recording system), and that plans are deleted from the device when the work is done.',
  'hub.privacyPage.advice.item5': 'Use pseudonyms in practice plans and training, as the worked examples do.',
  // Pages in the other language: the switch's name for the group, and notices on Welsh pages.
  'hub.header.languageLabel': 'Language',
  'hub.translation.machine':
    'This page is a machine translation: a qualified translator has not reviewed it yet. {english}',
  'hub.translation.machine.english': 'Read it in English',
  'hub.translation.missing':
    'This page has not been translated into Welsh yet, so its text below is in English. {english}',
  'hub.translation.missing.english': 'Open the English page',
  'hub.glossaryPage.untranslated': 'Terms not translated into Welsh yet are shown in English.',
} as const;
