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
  'hub.type.voice.title': 'Lived-experience reflection',
  'hub.type.voice.listTitle': 'Lived-experience reflections',
  'hub.type.voice.intro':
    'Composite reflections from adopted people, birth relatives, adoptive parents and foster carers, with questions for practice.',
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
  'hub.footer.note':
    'Nothing you type in this site leaves your device. Content is free to use in practice and training.',
  'hub.breadcrumbs.label': 'Breadcrumb',
  'hub.breadcrumbs.home': 'Home',
  'hub.onThisPage.title': 'On this page',

  // The banner a page with a script shows when a new version of the site is waiting (src/offline).
  'hub.offline.update.text':
    'A new version of this site is available. Your plans are saved on this device and will not be lost.',
  'hub.offline.update.button': 'Update now',

  // Listings: the list of resources, the count above it and the links to browse other ways.
  'hub.listing.count': {
    one: '{count} resource, newest first',
    other: '{count} resources, newest first',
  },
  'hub.listing.empty': 'There are no resources here yet.',
  'hub.browse.title': 'Browse resources',
  'hub.browse.bySection': 'By section',
  'hub.browse.byType': 'By type',
  'hub.browse.byAudience': 'By audience',
  'hub.browse.byTopic': 'By topic',
  'hub.topicPage.title': 'Topic: {topic}',
  'hub.topicPage.intro': 'Resources about {topic}.',
  'hub.audiencePage.title': 'For {audience}',
  'hub.audiencePage.intro': 'Resources written for {audience}, newest first.',
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
  'hub.sources.noYear': 'n.d.',

  // A training session's plan and handout.
  'hub.duration.minutes': { one: '{count} minute', other: '{count} minutes' },
  'hub.session.aims.title': 'Aims',
  'hub.session.aims.intro': 'By the end of this session participants will be able to:',
  // {duration} is `hub.duration.minutes`.
  'hub.session.plan.title': 'Session plan ({duration})',
  'hub.session.activity.duration': '({duration})',
  'hub.handout.session': '{session} · {site}',
  'hub.handout.questions': 'Questions to think about',

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
  // Only when there are more results than the page shows ({shown}).
  'hub.search.status.foundMore': { other: '{count} results for “{query}”, showing the first {shown}.' },
  'hub.search.status.foundMoreFiltered': {
    other: '{count} results for “{query}” with the filters you chose, showing the first {shown}.',
  },

  // The home page.
  'hub.home.heading': 'Staying in touch after adoption',
  'hub.home.lead':
    'Research, practice guides and lived experience to help children keep the relationships that matter to them after adoption, and a plan builder that follows the planning template.',
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

  // The glossary page (its title and description are `hub.type.glossary.*`).
  'hub.glossaryPage.lead':
    'Legal and practice words used on this hub and in staying-in-touch plans, in plain English. Each term has its own link you can share.',
  // {terms} is the list of related terms, each a link.
  'hub.glossaryPage.seeAlso': 'See also: {terms}',
} as const;
