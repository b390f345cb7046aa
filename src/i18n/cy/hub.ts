import type { hubMessages } from '../en/hub';

/**
 * The hub's furniture in Welsh (machine-made; see cy/status.ts): taxonomy, header, footer,
 * listings, search, home, 404, glossary, about, accessibility and privacy statements. "The hub" is
 * "yr hwb" (masculine). Counted things take the mutation the number gives them (dau soft, tri and chwe
 * aspirate); a word linked inside a sentence carries the mutation its place needs ("gallwch bori").
 */
export const hubMessagesCy = {
  // Taxonomy: the names of sections, resource types, audiences and topics (ids in src/hub/taxonomy.ts).
  'hub.section.purpose.title': 'Pam mae cadw mewn cysylltiad yn bwysig',
  'hub.section.purpose.blurb':
    'Diben cadw mewn cysylltiad: hunaniaeth, colled, tawelwch meddwl a pherthnasoedd gydol oes, a beth mae’r ymchwil yn ei ddweud.',
  'hub.section.planning.title': 'Cynllunio cadw mewn cysylltiad',
  'hub.section.planning.blurb': 'Y chwe cham cynllunio, o’r diben a’r bobl bwysig i drefniadau, cymorth ac adolygu.',
  'hub.section.supporting.title': 'Paratoi ar gyfer cadw mewn cysylltiad a’i gefnogi',
  'hub.section.supporting.blurb':
    'Paratoi rhieni mabwysiadol a pherthnasau biolegol, ysgrifennu llythyrau, cyfarfodydd a chynnal trefniadau.',

  // `title` names one resource of the type (also a search filter); `listTitle` heads its listing.
  'hub.type.briefing.title': 'Papur briffio ymchwil',
  'hub.type.briefing.listTitle': 'Papurau briffio ymchwil',
  'hub.type.briefing.intro':
    'Crynodebau byr o’r hyn mae ymchwil yn ei ddweud am gadw mewn cysylltiad ar ôl mabwysiadu, gyda ffynonellau.',
  'hub.type.guide.title': 'Canllaw ymarfer',
  'hub.type.guide.listTitle': 'Canllawiau ymarfer',
  'hub.type.guide.intro':
    'Arweiniad cam wrth gam ar gyfer cynllunio, cefnogi ac adolygu trefniadau cadw mewn cysylltiad.',
  'hub.type.voice.title': 'Llais cyfansawdd',
  'hub.type.voice.listTitle': 'Lleisiau cyfansawdd a myfyrdodau',
  'hub.type.voice.intro':
    'Lleisiau dychmygol pobl sydd wedi’u mabwysiadu, perthnasau biolegol, rhieni mabwysiadol a gofalwyr maeth. Mae eu geiriau’n seiliedig ar themâu mewn ymchwil ac ymarfer cyhoeddedig, gyda chwestiynau ar gyfer ymarfer. Nid hanesion pobl go iawn ydyn nhw.',
  // The films are in English: the Welsh says so, since the reader leaves the Welsh hub for them.
  'hub.voicesPage.realVoices':
    'I glywed pobl go iawn yn eu geiriau eu hunain, gwyliwch y {youngPeople} a’r {birthParents}. Gwnaed y ddwy gyfres gan PAC-UK, yn Saesneg, ac maen nhw wedi’u cyhoeddi gan Research in Practice gyda chwestiynau i fyfyrio arnyn nhw.',
  'hub.voicesPage.realVoices.youngPeople':
    'ffilmiau lle mae pobl ifanc sydd wedi’u mabwysiadu yn siarad am eu teulu biolegol a chyswllt',
  'hub.voicesPage.realVoices.birthParents': 'ffilmiau lle mae rhieni biolegol yn siarad â rhieni mabwysiadol',
  'hub.type.example.title': 'Enghraifft wedi’i gweithio',
  'hub.type.example.listTitle': 'Enghreifftiau wedi’u gweithio',
  'hub.type.example.intro':
    'Achosion dychmygol sy’n mynd drwy’r chwe cham cynllunio. Mae pob un yn agor yn y lluniwr cynlluniau fel cynllun ymarfer.',
  'hub.type.session.title': 'Sesiwn hyfforddi',
  'hub.type.session.listTitle': 'Sesiynau hyfforddi',
  'hub.type.session.intro':
    'Sesiynau parod ar gyfer paratoi mabwysiadwyr a hyfforddi ymarferwyr, gydag amseriadau, cwestiynau trafod a thaflenni.',
  'hub.type.glossary.title': 'Geirfa',
  'hub.type.glossary.listTitle': 'Geirfa',
  'hub.type.glossary.intro':
    'Termau cyfreithiol a thermau ymarfer a ddefnyddir wrth gynllunio cadw mewn cysylltiad, mewn Cymraeg clir.',

  // `title` stands alone (headings, filters, lists); `inText` follows "Ar gyfer", which mutates nothing.
  'hub.audience.social-workers.title': 'Gweithwyr cymdeithasol',
  'hub.audience.social-workers.inText': 'gweithwyr cymdeithasol',
  'hub.audience.support-workers.title': 'Gweithwyr cymorth mabwysiadu',
  'hub.audience.support-workers.inText': 'gweithwyr cymorth mabwysiadu',
  'hub.audience.adoptive-parents.title': 'Rhieni mabwysiadol',
  'hub.audience.adoptive-parents.inText': 'rhieni mabwysiadol',
  'hub.audience.birth-relatives.title': 'Perthnasau biolegol',
  'hub.audience.birth-relatives.inText': 'perthnasau biolegol',
  'hub.audience.foster-carers.title': 'Gofalwyr maeth',
  'hub.audience.foster-carers.inText': 'gofalwyr maeth',
  'hub.audience.trainers.title': 'Hyfforddwyr',
  'hub.audience.trainers.inText': 'hyfforddwyr',

  // `title` stands alone; `inText` follows "ynghylch", which mutates nothing ("Adnoddau ynghylch {topic}.").
  'hub.topic.identity.title': 'Hunaniaeth a pherthyn',
  'hub.topic.identity.inText': 'hunaniaeth a pherthyn',
  'hub.topic.loss.title': 'Colled a galar',
  'hub.topic.loss.inText': 'colled a galar',
  'hub.topic.research.title': 'Tystiolaeth ymchwil',
  'hub.topic.research.inText': 'tystiolaeth ymchwil',
  'hub.topic.law.title': 'Cyfraith a pholisi',
  'hub.topic.law.inText': 'cyfraith a pholisi',
  'hub.topic.planning.title': 'Cynllunio',
  'hub.topic.planning.inText': 'cynllunio',
  'hub.topic.wishes-and-feelings.title': 'Dymuniadau a theimladau’r plentyn',
  'hub.topic.wishes-and-feelings.inText': 'dymuniadau a theimladau’r plentyn',
  'hub.topic.important-people.title': 'Pobl bwysig',
  'hub.topic.important-people.inText': 'pobl bwysig',
  'hub.topic.strengths-and-challenges.title': 'Cryfderau a heriau',
  'hub.topic.strengths-and-challenges.inText': 'cryfderau a heriau',
  'hub.topic.meet-ups.title': 'Cyfarfodydd',
  'hub.topic.meet-ups.inText': 'cyfarfodydd',
  'hub.topic.postal-exchange.title': 'Cyfnewid drwy’r post a llythyrau',
  'hub.topic.postal-exchange.inText': 'cyfnewid drwy’r post a llythyrau',
  'hub.topic.digital-exchange.title': 'Cyfnewid digidol a’r cyfryngau cymdeithasol',
  'hub.topic.digital-exchange.inText': 'cyfnewid digidol a’r cyfryngau cymdeithasol',
  'hub.topic.siblings.title': 'Brodyr a chwiorydd',
  'hub.topic.siblings.inText': 'brodyr a chwiorydd',
  'hub.topic.foster-carers.title': 'Cyn-ofalwyr maeth',
  'hub.topic.foster-carers.inText': 'cyn-ofalwyr maeth',
  'hub.topic.support.title': 'Cymorth',
  'hub.topic.support.inText': 'cymorth',
  'hub.topic.review.title': 'Adolygu trefniadau',
  'hub.topic.review.inText': 'adolygu trefniadau',
  'hub.topic.adolescence.title': 'Glasoed',
  'hub.topic.adolescence.inText': 'glasoed',
  'hub.topic.safety.title': 'Diogelwch a risg',
  'hub.topic.safety.inText': 'diogelwch a risg',
  'hub.topic.mentoring.title': 'Mentora gan gymheiriaid',
  'hub.topic.mentoring.inText': 'mentora gan gymheiriaid',
  'hub.topic.wales.title': 'Cymru',
  'hub.topic.wales.inText': 'Cymru',
  'hub.topic.training.title': 'Hyfforddiant a pharatoi',
  'hub.topic.training.inText': 'hyfforddiant a pharatoi',

  // Every page's shell (src/layouts/BaseLayout.astro) and the site's header and footer.
  'hub.layout.fullTitle': '{page} – {site}',
  'hub.layout.defaultDescription': 'Adnoddau a lluniwr cynlluniau ar gyfer cadw mewn cysylltiad ar ôl mabwysiadu.',
  'hub.layout.skipLink': 'Neidio i’r prif gynnwys',
  'hub.header.searchLabel': 'Chwilio’r hwb',
  'hub.header.searchButton': 'Chwilio',
  // The navigation's aria-label: a screen reader adds its own word for "navigation".
  'hub.header.navLabel': 'Prif ddewislen',
  'hub.nav.resources': 'Adnoddau',
  'hub.nav.planner': 'Lluniwr cynlluniau',
  'hub.nav.training': 'Hyfforddiant',
  'hub.nav.glossary': 'Geirfa',
  'hub.nav.about': 'Amdanom ni',
  'hub.nav.accessibility': 'Datganiad hygyrchedd',
  'hub.nav.privacy': 'Preifatrwydd',
  'hub.footer.licences': 'Trwyddedau',
  'hub.footer.offline': 'Defnyddio’r hwb all-lein',
  'hub.footer.note':
    'Nid oes dim rydych chi’n ei deipio ar y wefan hon yn gadael eich dyfais. Mae’r cynnwys am ddim i’w ddefnyddio mewn ymarfer a hyfforddiant.',
  'hub.breadcrumbs.label': 'Briwsion bara',
  'hub.breadcrumbs.home': 'Hafan',
  'hub.onThisPage.title': 'Ar y dudalen hon',

  // The banner a page with a script shows when a new version of the site is waiting (src/offline).
  'hub.offline.update.text': 'Mae fersiwn newydd o’r wefan hon ar gael.',
  'hub.offline.update.button': 'Diweddaru nawr',
  'hub.offline.update.heldBack':
    'Heb ddiweddaru. Cyfrifiadur a rennir yw hwn, felly dim ond yn y tab hwn y mae eich cynlluniau’n cael eu cadw, ac mae diweddaru’n ail-lwytho’r dudalen, a fyddai’n eu colli. Cadwch bob cynllun sydd ei angen arnoch mewn ffeil, yna caewch y tab hwn: bydd y fersiwn newydd yn agor y tro nesaf.',

  // The offline page (/offline/): also shown, with no connection, for a page this device has not kept.
  'hub.offlinePage.title': 'Defnyddio’r hwb all-lein',
  'hub.offlinePage.description':
    'Beth mae’r ddyfais hon yn ei gadw i’w ddefnyddio heb gysylltiad, a sut i gadw’r hwb cyfan.',
  'hub.offlinePage.heading': 'Defnyddio’r hwb all-lein',
  'hub.offlinePage.lead':
    'Heb gysylltiad, mae’r wefan hon yn dangos y dudalen hon yn lle tudalen nad yw wedi’i chadw ar y ddyfais hon.',
  'hub.offlinePage.kept':
    'Ar ôl eich ymweliad cyntaf â’r lluniwr cynlluniau, y dudalen chwilio neu’r dudalen hyfforddi, mae’r ddyfais hon yn cadw’r hafan, y lluniwr cynlluniau, y dudalen chwilio a phob tudalen rydych chi’n ei hagor o hynny ymlaen, fel eu bod yn gweithio heb gysylltiad.',
  'hub.offlinePage.trainers':
    'Hyfforddwyr: y tro cyntaf y byddwch chi’n agor tudalen hyfforddi, mae’r ddyfais hon hefyd yn cadw pob sesiwn hyfforddi, ei modd sesiwn a’i thaflen, y taflenni gweithgaredd a’r lluniwr pecynnau.',
  'hub.offlinePage.pdf':
    'Mae gwneud PDF o gynllun yn gweithio all-lein unwaith y byddwch wedi gwneud un gyda chysylltiad; agor PDF, unwaith y byddwch wedi agor un.',
  'hub.offlinePage.whole.heading': 'Cadw’r hwb cyfan ar y ddyfais hon',
  'hub.offlinePage.whole.intro':
    'Gallwch gadw pob tudalen o’r hwb, y cod PDF a’i ffontiau ar y ddyfais hon, er enghraifft cyn gweithio rywle heb gysylltiad. Bydd yn aros nes i fersiwn newydd o’r wefan gymryd ei le, a bydd honno’n cadw’r hwb cyfan hefyd.',
  'hub.offlinePage.whole.button': 'Sicrhau bod yr hwb cyfan ar gael all-lein',
  'hub.offlinePage.whole.size': 'Bydd hyn yn lawrlwytho tua {megabytes} MB.',
  'hub.offlinePage.whole.working': 'Wrthi’n cadw’r hwb cyfan ar y ddyfais hon…',
  'hub.offlinePage.whole.done': 'Mae’r hwb cyfan bellach ar gael all-lein ar y ddyfais hon.',
  'hub.offlinePage.whole.failed':
    'Nid oedd modd cadw pob tudalen. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'hub.offlinePage.whole.unsupported': 'Ni all y porwr hwn gadw’r hwb all-lein, er enghraifft mewn ffenestr breifat.',
  'hub.offlinePage.noScript': 'Mae angen JavaScript i gadw’r hwb cyfan, ac mae wedi’i ddiffodd yn eich porwr.',

  // Listings: the list of resources, the count above it and the links to browse other ways.
  // "Adnodd" begins with a vowel, so no number mutates it.
  'hub.listing.count': {
    zero: '{count} adnodd, y mwyaf newydd yn gyntaf',
    one: '{count} adnodd, y mwyaf newydd yn gyntaf',
    two: '{count} adnodd, y mwyaf newydd yn gyntaf',
    few: '{count} adnodd, y mwyaf newydd yn gyntaf',
    many: '{count} adnodd, y mwyaf newydd yn gyntaf',
    other: '{count} adnodd, y mwyaf newydd yn gyntaf',
  },
  'hub.listing.empty': 'Nid oes adnoddau yma eto.',
  // Only lists of more than 50 are in pages, so {count} is always more than 50 here.
  'hub.listing.range': '{from} i {to} o {count} adnodd, y mwyaf newydd yn gyntaf',
  'hub.listing.pageTitle': '{title} (tudalen {page} o {pages})',
  'hub.pagination.label': 'Tudalennau’r rhestr hon',
  'hub.pagination.previous': 'Tudalen flaenorol',
  'hub.pagination.next': 'Tudalen nesaf',
  'hub.pagination.page': 'Tudalen {page}',
  'hub.browse.title': 'Pori adnoddau',
  'hub.browse.bySection': 'Yn ôl adran',
  'hub.browse.byType': 'Yn ôl math',
  'hub.browse.byAudience': 'Yn ôl cynulleidfa',
  'hub.browse.byTopic': 'Yn ôl pwnc',
  'hub.topicPage.title': 'Pwnc: {topic}',
  'hub.topicPage.intro': 'Adnoddau ynghylch {topic}.',
  'hub.audiencePage.title': 'Ar gyfer {audience}',
  'hub.audiencePage.intro': 'Adnoddau a ysgrifennwyd ar gyfer {audience}, y mwyaf newydd yn gyntaf.',
  // The "For trainers" page: the toolkit and where to find it (issue 17).
  'hub.trainersPage.heading': 'Cynnal sesiwn o’r hwb',
  'hub.trainersPage.present':
    'Cyflwynwch sesiwn i grŵp yn y modd sesiwn: un cam ar y tro mewn print mawr, gydag amserydd ar gyfer pob gweithgaredd, a golwg cyflwynydd gyda’ch nodiadau, y cam nesaf a chloc y sesiwn.',
  'hub.trainersPage.sheets': 'Argraffwch y {link}, neu un ohonyn nhw:',
  'hub.trainersPage.sheets.link': 'taflenni gweithgaredd',
  'hub.trainersPage.pack': '{link} o sesiynau, taflenni, taflenni gweithgaredd ac unrhyw adnodd ar yr hwb.',
  'hub.trainersPage.pack.link': 'Llunio pecyn hyfforddi i’w argraffu',
  'hub.trainersPage.agenda':
    '{link}: sesiynau, egwyliau a chinio mewn trefn, gydag amseroedd, i’w argraffu neu ei rannu.',
  'hub.trainersPage.agenda.link': 'Cynllunio diwrnod hyfforddi',
  'hub.trainersPage.feedback':
    'Casglu adborth: mae’r cyfranogwyr yn nodi pa mor hyderus ydyn nhw ym mhob canlyniad dysgu ar y dechrau ac ar y diwedd, ac yn dweud beth weithiodd, bob yn ail ar un ddyfais. Rydych chi’n cael crynodeb i’w argraffu a thaenlen i’w lawrlwytho.',
  'hub.trainersPage.cases.heading': 'Achosion ymarfer',
  'hub.trainersPage.cases':
    'Mae pob enghraifft hefyd yn agor yn y lluniwr cynlluniau fel achos yn unig: manylion y plentyn a’r bobl, gyda phob adran arall yn wag, i grŵp lunio’r cynllun. Mae beth bynnag sy’n cael ei agor fel hyn yn gynllun ymarfer, wedi’i nodi fel ymarfer ar y sgrin, yn ei PDF, ei ffeil a’i ffeil calendr.',
  'hub.trainersPage.cases.open': '{example}: agor fel achos yn unig',
  'hub.trainersPage.cases.print': '{example}: argraffu’r achos heb atebion',
  'hub.trainersPage.cases.own':
    '{link}: llenwch fanylion y plentyn a’r bobl, yna cadwch ef fel ffeil a rhannwch y ffeil gyda’r grŵp, sydd bob un yn ei hagor yn y lluniwr.',
  'hub.trainersPage.cases.own.link': 'Ysgrifennu eich achos dychmygol eich hun',
  'hub.trainersPage.offline.heading': 'Heb gysylltiad',
  'hub.trainersPage.offline':
    'Pan fyddwch chi’n agor unrhyw dudalen hyfforddi, mae’r ddyfais hon yn cadw pob sesiwn hyfforddi, ei modd sesiwn a’i thaflen, y taflenni gweithgaredd a’r lluniwr pecynnau, fel eu bod i gyd yn gweithio heb gysylltiad. Maen nhw’n cael eu cadw’n fwriadol, ar wahân i’r tudalennau rydych chi’n digwydd ymweld â nhw; {link}.',
  'hub.trainersPage.offline.link': 'rhagor am ddefnyddio’r hwb all-lein',
  'hub.resourcesPage.title': 'Pob adnodd',
  'hub.resourcesPage.intro':
    'Pob papur briffio, canllaw, myfyrdod, enghraifft wedi’i gweithio a sesiwn hyfforddi ar yr hwb. Porwch yn ôl adran, math, cynulleidfa neu bwnc isod, neu chwiliwch.',
  // On the training sessions' listing; {pack} follows "gallwch", so its words begin softened ("lunio").
  'hub.sessionsPage.toolkit':
    'Pecyn cymorth i hyfforddwyr: mae gan bob sesiwn fodd sesiwn ar gyfer cyflwyno i grŵp. Mae {sheets} i’w hargraffu hefyd, a gallwch {pack} o adnoddau.',
  'hub.sessionsPage.toolkit.sheets': 'taflenni gweithgaredd',
  'hub.sessionsPage.toolkit.pack': 'lunio pecyn i’w argraffu',

  // A resource, in listings and on its own page. "Munud" softens after dau (dau funud), as in cy/plan.ts.
  'hub.resource.readingTime': {
    zero: '{count} munud o ddarllen',
    one: '{count} munud o ddarllen',
    two: '{count} funud o ddarllen',
    few: '{count} munud o ddarllen',
    many: '{count} munud o ddarllen',
    other: '{count} munud o ddarllen',
  },
  // Followed by the date.
  'hub.resource.updated': 'Diweddarwyd',
  'hub.resource.fictionalTag': 'Dychmygol',
  'hub.resource.fictionalTag.voice': 'Llais cyfansawdd: dychmygol',
  'hub.resource.fictionalTag.example': 'Enghraifft ddychmygol',
  'hub.resource.audiences': 'Ar gyfer: {audiences}',
  'hub.resource.fictionalNote.voice':
    'Llais cyfansawdd yw hwn: mae’r person yn ddychmygol, yn seiliedig ar themâu mewn ymchwil ac ymarfer. Nid yw’n ddyfyniad gan berson go iawn.',
  'hub.resource.fictionalNote.example':
    'Enghraifft ddychmygol yw hon. Mae’r bobl a’r digwyddiadau wedi’u dyfeisio i ddangos sut mae’r camau cynllunio’n gweithio.',
  'hub.resource.openExample': 'Agor yn y lluniwr cynlluniau fel cynllun ymarfer',
  'hub.resource.openCase': 'Agor fel achos yn unig, i grŵp lunio’r cynllun',
  'hub.resource.printCase': 'Argraffu’r achos heb atebion',
  'hub.resource.plannerLink': 'Defnyddiwch y canllaw hwn gyda’r {link}.',
  'hub.resource.plannerLink.link': 'adran gyfatebol yn y lluniwr cynlluniau',
  'hub.resource.present': 'Cyflwyno’r sesiwn hon',
  'hub.resource.trainerLinks':
    'Hefyd i hyfforddwyr: {sheets}, lluniwr {pack} ac {examples} i’w hagor fel cynlluniau ymarfer.',
  'hub.resource.trainerLinks.sheets': 'taflenni gweithgaredd',
  'hub.resource.trainerLinks.pack': 'pecynnau i’w hargraffu',
  'hub.resource.trainerLinks.examples': 'enghreifftiau wedi’u gweithio',
  'hub.resource.handout.title': 'Taflen',
  'hub.resource.handout.open': 'Agor y daflen ar ei thudalen ei hun i’w hargraffu',
  'hub.resource.topics': 'Pynciau',
  'hub.resource.related': 'Adnoddau cysylltiedig',
  // A source at a page's foot: "Cyhoeddwr (2019). Teitl." Titles stay in the language they were published in.
  'hub.sources.title': 'Ffynonellau',
  'hub.sources.citation': '{publisher} ({year}). {title}.',
  'hub.sources.citation.undated': '{publisher} (dim dyddiad, cyrchwyd {accessed}). {title}.',
  'hub.sources.short': '{publisher}, {year}',
  'hub.sources.short.undated': '{publisher}, dim dyddiad',

  // A training session's plan and handout. As cy/plan.ts: dau funud.
  'hub.duration.minutes': {
    zero: '{count} munud',
    one: '{count} munud',
    two: '{count} funud',
    few: '{count} munud',
    many: '{count} munud',
    other: '{count} munud',
  },
  'hub.session.aims.title': 'Nodau',
  'hub.session.aims.intro': 'Erbyn diwedd y sesiwn hon, bydd y cyfranogwyr yn gallu:',
  'hub.session.plan.title': 'Cynllun y sesiwn ({duration})',
  'hub.session.activity.duration': '({duration})',
  'hub.handout.session': '{session} · {site}',
  'hub.handout.questions': 'Cwestiynau i feddwl amdanyn nhw',
  'hub.handout.contacts': 'Cysylltiadau lleol',
  'hub.handout.contacts.hint':
    'Pwy i gysylltu â nhw yma: eich tîm cymorth mabwysiadu, grwpiau cymorth a llinellau cymorth.',
  'hub.handout.address': 'Gan {product}, am ddim i’w ddarllen ar-lein: {url}',

  // Components authors use inside MDX content (src/components/content).
  'hub.contentNote.label': 'Nodyn am y cynnwys:',
  'hub.discussionPrompt.label': 'Cwestiwn trafod',
  'hub.keyFact.source': 'Ffynhonnell: {source}',
  'hub.voice.compositeTag': 'Llais cyfansawdd',

  // The search page, and the messages its script writes into the status line.
  'hub.searchPage.title': 'Chwilio',
  'hub.searchPage.description': 'Chwilio pob adnodd ar yr hwb.',
  'hub.searchPage.heading': 'Chwilio’r hwb',
  'hub.searchPage.queryLabel': 'Chwilio am',
  'hub.searchPage.submit': 'Chwilio',
  'hub.searchPage.filtersTitle': 'Hidlo’r canlyniadau',
  'hub.searchPage.filter.section': 'Adran',
  'hub.searchPage.filter.type': 'Math',
  'hub.searchPage.filter.audience': 'Cynulleidfa',
  'hub.searchPage.applyFilters': 'Defnyddio’r hidlwyr',
  'hub.searchPage.resultsTitle': 'Canlyniadau',
  // {browse} follows "gallwch", so its words begin softened ("bori").
  'hub.searchPage.noScript':
    'Mae angen JavaScript i chwilio, ac mae wedi’i ddiffodd yn eich porwr. Gallwch {browse} yn ôl adran, math, cynulleidfa a phwnc.',
  'hub.searchPage.noScript.browse': 'bori pob adnodd',
  'hub.searchPage.keysHint': 'Defnyddiwch y bysellau saeth i fyny ac i lawr i symud rhwng y canlyniadau.',
  'hub.searchPage.moreResults': 'Dangos rhagor o ganlyniadau',
  'hub.search.status.empty': 'Rhowch air neu ymadrodd i chwilio amdano.',
  'hub.search.status.searching': 'Wrthi’n chwilio…',
  'hub.search.status.none': 'Dim canlyniadau ar gyfer “{query}”. Gwiriwch y sillafu neu rhowch gynnig ar lai o eiriau.',
  'hub.search.status.noneFiltered':
    'Dim canlyniadau ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych. Gwiriwch y sillafu neu rhowch gynnig ar lai o eiriau.',
  // "Canlyniad": dau ganlyniad (soft), tri a chwe chanlyniad (aspirate).
  'hub.search.status.found': {
    zero: '{count} canlyniad ar gyfer “{query}”.',
    one: '{count} canlyniad ar gyfer “{query}”.',
    two: '{count} ganlyniad ar gyfer “{query}”.',
    few: '{count} chanlyniad ar gyfer “{query}”.',
    many: '{count} chanlyniad ar gyfer “{query}”.',
    other: '{count} canlyniad ar gyfer “{query}”.',
  },
  'hub.search.status.foundFiltered': {
    zero: '{count} canlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
    one: '{count} canlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
    two: '{count} ganlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
    few: '{count} chanlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
    many: '{count} chanlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
    other: '{count} canlyniad ar gyfer “{query}” gyda’r hidlwyr a ddewiswyd gennych.',
  },

  // The home page.
  'hub.home.heading': 'Cadw mewn cysylltiad ar ôl mabwysiadu',
  'hub.home.lead':
    'Ymchwil, canllawiau ymarfer a lleisiau cyfansawdd i helpu plant i gadw’r perthnasoedd sy’n bwysig iddyn nhw ar ôl mabwysiadu, a lluniwr cynlluniau sy’n dilyn y templed cynllunio.',
  'hub.home.builder.title': 'Llunio cynllun cadw mewn cysylltiad',
  'hub.home.builder.text':
    'Lluniwch ddrafft o gynllun gyda’r plentyn, y rhieni mabwysiadol a’r perthnasau biolegol, gam wrth gam. Caiff ei gadw ar y ddyfais hon yn unig.',
  'hub.home.builder.link': 'Agor y lluniwr cynlluniau',
  'hub.home.sections.title': 'Tair adran yr hwb',
  'hub.home.sections.count': {
    zero: '{count} adnodd',
    one: '{count} adnodd',
    two: '{count} adnodd',
    few: '{count} adnodd',
    many: '{count} adnodd',
    other: '{count} adnodd',
  },
  'hub.home.roles.title': 'Dechrau o’ch rôl',
  'hub.home.role.social-workers':
    'Cynllunio trefniadau gyda’r plentyn, y rhieni mabwysiadol a’r perthnasau biolegol, a’u cofnodi.',
  'hub.home.role.support-workers': 'Cefnogi teuluoedd a pherthnasau biolegol i gynnal trefniadau, a’u hadolygu.',
  'hub.home.role.adoptive-parents':
    'Deall pam mae cadw mewn cysylltiad yn bwysig i’ch plentyn a sut i wneud iddo weithio.',
  'hub.home.role.birth-relatives': 'Canllawiau mewn iaith glir am lythyrau, cyfarfodydd a chael cymorth.',
  'hub.home.role.trainers': 'Cynlluniau sesiwn, cwestiynau trafod a thaflenni ar gyfer grwpiau paratoi.',
  'hub.home.recent.title': 'Y diweddaraf',
  'hub.home.recent.all': 'Gweld pob adnodd',

  // The page-not-found page; {browse} follows "gallwch", so its words begin softened ("bori").
  'hub.notFoundPage.title': 'Heb ddod o hyd i’r dudalen',
  'hub.notFoundPage.typed': 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  'hub.notFoundPage.pasted': 'Os gwnaethoch ludo’r cyfeiriad gwe, gwiriwch eich bod wedi copïo’r cyfeiriad cyfan.',
  'hub.notFoundPage.next': 'Gallwch {search}, {browse} neu fynd i’r {home}.',
  'hub.notFoundPage.next.search': 'chwilio’r hwb',
  'hub.notFoundPage.next.browse': 'bori pob adnodd',
  'hub.notFoundPage.next.home': 'hafan',

  // The glossary page (its title and description are `hub.type.glossary.*`).
  'hub.glossaryPage.lead':
    'Geiriau cyfreithiol a geiriau ymarfer a ddefnyddir ar yr hwb hwn ac mewn cynlluniau cadw mewn cysylltiad, mewn Cymraeg clir. Mae gan bob term ei ddolen ei hun y gallwch ei rhannu.',
  'hub.glossaryPage.seeAlso': 'Gweler hefyd: {terms}',

  // The about page. In list items, {who} is the emphasised words of the matching `.who` message.
  'hub.aboutPage.title': 'Ynghylch yr hwb hwn',
  'hub.aboutPage.description': 'Beth yw Cadw mewn cysylltiad, i bwy mae’r hwb, ac o ble daw ei gynnwys.',
  'hub.aboutPage.heading': 'Ynghylch Cadw mewn cysylltiad',
  'hub.aboutPage.lead':
    'Mae Cadw mewn cysylltiad yn hwb adnoddau agored ac yn lluniwr cynlluniau ar gyfer cyswllt ar ôl mabwysiadu. Mae’n helpu ymarferwyr, rhieni mabwysiadol, perthnasau biolegol a hyfforddwyr i feddwl am sut gall plant sydd wedi’u mabwysiadu gadw’r perthnasoedd sy’n bwysig iddyn nhw.',
  'hub.aboutPage.audiences.title': 'I bwy mae’r hwb',
  'hub.aboutPage.audiences.item1':
    '{who} sy’n cynllunio trefniadau cadw mewn cysylltiad gyda’r plentyn, y rhieni mabwysiadol a’r perthnasau biolegol, ac yn eu cofnodi.',
  'hub.aboutPage.audiences.item1.who': 'Gweithwyr cymdeithasol',
  'hub.aboutPage.audiences.item2':
    '{who} sy’n helpu teuluoedd a pherthnasau biolegol i gynnal trefniadau ac i’w hadolygu.',
  'hub.aboutPage.audiences.item2.who': 'Gweithwyr cymorth mabwysiadu',
  'hub.aboutPage.audiences.item3':
    '{who}, a fydd yn dod o hyd i ganllawiau mewn iaith glir am lythyrau, cyfarfodydd a chymorth.',
  'hub.aboutPage.audiences.item3.who': 'Rhieni mabwysiadol a pherthnasau biolegol',
  'hub.aboutPage.audiences.item4': '{who} sy’n cynnal grwpiau paratoi mabwysiadwyr a hyfforddiant i ymarferwyr.',
  'hub.aboutPage.audiences.item4.who': 'Hyfforddwyr',
  'hub.aboutPage.sources.title': 'O ble daw’r cynnwys',
  'hub.aboutPage.sources.p1':
    'Mae’r hwb yn dilyn strwythur yr adnoddau mynediad agored a gyhoeddwyd gan Research in Practice ym mis Rhagfyr 2024, yn seiliedig ar ymchwil ym Mhrifysgol East Anglia, ac yn mynd ymhellach gyda lluniwr cynlluniau rhyngweithiol. Mae pob papur briffio a chanllaw wedi’i ysgrifennu yn ein geiriau ein hunain ac yn rhestru’r ymchwil a’r arweiniad y mae’n seiliedig arnyn nhw. Nid ydym yn defnyddio ffigurau nad ydym wedi gallu eu gwirio yn erbyn eu ffynhonnell.',
  // Predicative "yn" leaves ll unmutated: "yn lleisiau cyfansawdd".
  'hub.aboutPage.sources.p2':
    'Mae’r lleisiau ar yr hwb hwn yn {composite}: mae’r bobl yn ddychmygol, ac mae eu geiriau’n seiliedig ar themâu mewn ymchwil ac ymarfer cyhoeddedig. Mae’r enghreifftiau wedi’u gweithio hefyd yn ddychmygol. Mae’r ddau fath wedi’u marcio ble bynnag maen nhw’n ymddangos.',
  'hub.aboutPage.sources.p2.composite': 'lleisiau cyfansawdd',
  'hub.aboutPage.words.title': 'Y geiriau rydym yn eu defnyddio',
  // {glossary} follows "Mae’r": geirfa is feminine, so "yr eirfa".
  'hub.aboutPage.words.p1':
    'Rydym yn dweud {term} yn hytrach na “cyswllt”, ac eithrio lle mae’r gyfraith yn defnyddio’r gair hwnnw, ac rydym yn disgrifio trefniadau fel cyfarfodydd, cyfnewid drwy’r post a chyfnewid digidol. Rydym yn dweud perthnasau biolegol, rhieni biolegol a rhieni mabwysiadol. Mae’r {glossary} yn esbonio’r termau cyfreithiol a’r termau ymarfer.',
  'hub.aboutPage.words.p1.term': 'cadw mewn cysylltiad',
  'hub.aboutPage.words.p1.glossary': 'eirfa',
  'hub.aboutPage.data.title': 'Eich data',
  'hub.aboutPage.data.p1':
    'Nid oes dim rydych chi’n ei deipio yn y lluniwr cynlluniau yn gadael eich dyfais. Mae’r {privacy} yn esbonio beth sy’n cael ei gadw a sut i’w ddileu.',
  'hub.aboutPage.data.p1.privacy': 'datganiad preifatrwydd',

  // The accessibility statement, worded as Welsh public bodies word theirs (llyw.cymru).
  'hub.accessibilityPage.title': 'Datganiad hygyrchedd',
  'hub.accessibilityPage.description': 'Pa mor hygyrch yw’r wefan hon, a sut i roi gwybod am broblem.',
  'hub.accessibilityPage.lead': 'Rydym am i gynifer o bobl â phosibl allu defnyddio’r wefan hon.',
  'hub.accessibilityPage.able.intro': 'Dylech allu:',
  'hub.accessibilityPage.able.item1':
    'newid lliwiau, lefelau cyferbyniad a ffontiau gan ddefnyddio gosodiadau eich porwr neu’ch dyfais',
  'hub.accessibilityPage.able.item2': 'chwyddo i mewn hyd at 400% heb i’r testun gael ei wthio oddi ar ymyl y sgrin',
  'hub.accessibilityPage.able.item3':
    'llywio’r wefan gyfan, gan gynnwys y lluniwr cynlluniau, gan ddefnyddio bysellfwrdd yn unig',
  'hub.accessibilityPage.able.item4': 'defnyddio’r wefan gyda darllenydd sgrin a meddalwedd adnabod lleferydd',
  'hub.accessibilityPage.able.item5': 'diffodd animeiddio: mae’r wefan yn parchu gosodiad lleihau symudiad eich dyfais',
  'hub.accessibilityPage.status.title': 'Pa mor hygyrch yw’r wefan hon',
  'hub.accessibilityPage.status.p1':
    'Ein nod yw bodloni fersiwn 2.2 o Ganllawiau Hygyrchedd Cynnwys y We (WCAG) ar lefel AA. Caiff pob tudalen ei gwirio’n awtomatig gyda’r peiriant hygyrchedd axe mewn porwr go iawn bob tro y caiff y wefan ei hadeiladu, ac rydym yn profi’r lluniwr cynlluniau gyda bysellfwrdd yn unig. Nid yw gwiriadau awtomatig yn dod o hyd i bob problem, felly rydym hefyd yn adolygu tudalennau â llaw.',
  'hub.accessibilityPage.limits.intro': 'Rydym yn gwybod am y cyfyngiadau hyn:',
  'hub.accessibilityPage.limits.item1':
    'Llun o rwydwaith y plentyn yw diagram yr eco-fap yn y lluniwr cynlluniau. Mae’r un wybodaeth bob amser yn cael ei rhoi fel rhestr wrth ei ymyl.',
  'hub.accessibilityPage.limits.item2':
    'Mae angen JavaScript i chwilio. Hebddo, gallwch bori pob adnodd yn ôl adran, math, cynulleidfa a phwnc.',
  'hub.accessibilityPage.report.title': 'Rhoi gwybod am broblemau hygyrchedd',
  'hub.accessibilityPage.report.p1':
    'Os byddwch yn dod o hyd i broblem nad yw wedi’i rhestru yma, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol, rhowch wybod i’r tîm sy’n rhedeg yr hwb hwn yn eich sefydliad, neu codwch fater yn storfa god gyhoeddus y prosiect. Dywedwch ar ba dudalen roedd y broblem a beth ddigwyddodd. Ein nod yw ateb o fewn 5 diwrnod gwaith.',
  'hub.accessibilityPage.enforcement.title': 'Gweithdrefn orfodi',
  'hub.accessibilityPage.enforcement.p1':
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau ac Apiau Symudol) (Rhif 2) 2018. Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).',
  'hub.accessibilityPage.preparation.title': 'Paratoi’r datganiad hwn',
  'hub.accessibilityPage.preparation.p1': 'Cafodd y datganiad hwn ei baratoi ar {date}.',

  // The privacy statement. Placeholders in {braces} are filled by emphasised words: the builder's
  // buttons and answers (`hub.privacyPage.ui.*`, worded exactly as cy/privacy.ts and cy/planner.ts
  // word them), storage names in code type, or a link.
  'hub.privacyPage.title': 'Preifatrwydd',
  'hub.privacyPage.description': 'Beth mae’r wefan hon yn ei gadw, ble, am ba hyd, a sut i’w ddileu.',
  'hub.privacyPage.lead':
    'Mae cynlluniau cadw mewn cysylltiad yn cynnwys gwybodaeth sensitif am blant a theuluoedd. Mae’r wefan hon wedi’i hadeiladu fel nad oes dim rydych chi’n ei deipio byth yn gadael eich dyfais.',
  'hub.privacyPage.ui.deleteEverything': 'Dileu popeth o’r ddyfais hon',
  'hub.privacyPage.ui.deleteAllPlans': 'Dileu pob cynllun o’r ddyfais hon',
  'hub.privacyPage.ui.lockNow': 'Cloi nawr',
  'hub.privacyPage.ui.saveToFile': 'Cadw’r cynllun mewn ffeil',
  'hub.privacyPage.ui.yes': 'Ie',
  'hub.privacyPage.ui.planner': 'lluniwr cynlluniau',
  'hub.privacyPage.notCollected.title': 'Beth nad yw’n cael ei gasglu',
  'hub.privacyPage.notCollected.item1':
    'Nid oes gweinydd sy’n derbyn eich cynlluniau. Set o ffeiliau statig yw’r wefan.',
  'hub.privacyPage.notCollected.item2': 'Nid oes cwcis, dadansoddeg, olrhain na hysbysebu.',
  'hub.privacyPage.notCollected.item3':
    'Mae pob ffont, sgript a delwedd yn dod o’r wefan hon. Nid oes dim yn cael ei lwytho o unrhyw wefan arall, ac mae polisi diogelwch pob tudalen yn atal y porwr rhag anfon dim i unman arall.',
  'hub.privacyPage.notCollected.item4':
    'Mae’r chwilio’n digwydd yn eich porwr, gan ddefnyddio mynegai sy’n rhan o’r wefan. Nid yw eich geiriau chwilio’n cael eu hanfon i unman.',
  // {hash} is the character #.
  'hub.privacyPage.notCollected.item5':
    'Nid yw cyfeiriad cynllun yn y lluniwr cynlluniau (y rhan ar ôl {hash}) byth yn cael ei anfon i’r gweinydd gwe, a dim ond dynodydd ar hap sydd ynddo, byth enw.',
  'hub.privacyPage.notCollected.p1':
    'Fel unrhyw wefan, mae’r gweinydd sy’n cynnal y ffeiliau hyn yn gweld pob cais am dudalen neu ffeil: eich cyfeiriad IP, cyfeiriad y dudalen ac enw eich porwr. Nid yw byth yn gweld dim rydych chi’n ei deipio.',
  'hub.privacyPage.stored.title': 'Beth sy’n cael ei gadw ar eich dyfais',
  'hub.privacyPage.stored.p1':
    'Y tro cyntaf y byddwch chi’n defnyddio’r lluniwr cynlluniau, mae’n gofyn a ydych chi ar gyfrifiadur a rennir neu gyfrifiadur cyhoeddus. Mae’r ateb yn penderfynu ble caiff cynlluniau eu cadw. Mae popeth isod yn cael ei gadw gan eich porwr, ar gyfer y wefan hon yn unig, ar y ddyfais hon. Nid oes dim ohono’n cael ei gysoni â dyfeisiau eraill, ac ni allwn ei weld na’i adfer.',
  'hub.privacyPage.stored.caption': 'Beth mae’r lluniwr cynlluniau yn ei gadw, ble, am ba hyd a sut i’w ddileu',
  'hub.privacyPage.stored.what': 'Beth',
  'hub.privacyPage.stored.where': 'Ble',
  'hub.privacyPage.stored.howLong': 'Am ba hyd',
  'hub.privacyPage.stored.remove': 'Sut i’w ddileu',
  'hub.privacyPage.stored.plansOwn.what': 'Cynlluniau, ar eich dyfais waith eich hun',
  // {database} is the database's name.
  'hub.privacyPage.stored.plansOwn.where':
    'IndexedDB y porwr, mewn cronfa ddata o’r enw {database}. Mae pob cynllun yn un cofnod: dynodydd ar hap a’r cynllun, wedi’i amgryptio (AES-GCM, gwerth ar hap newydd bob tro y caiff ei gadw) ag allwedd y ddyfais neu, gyda diogelu â chyfrinymadrodd, ag allwedd eich cyfrinymadrodd.',
  'hub.privacyPage.stored.plansOwn.howLong': 'Nes i chi ddileu’r cynllun, neu bopeth.',
  'hub.privacyPage.stored.plansOwn.remove':
    'Dilëwch y cynllun o restr eich cynlluniau, defnyddiwch {deleteAllPlans} neu {deleteEverything}, neu cliriwch ddata’r wefan hon yn eich porwr.',
  'hub.privacyPage.stored.plansShared.what': 'Cynlluniau, ar gyfrifiadur a rennir neu gyfrifiadur cyhoeddus',
  'hub.privacyPage.stored.plansShared.where':
    'Cof tab y porwr yn unig. Nid oes dim am gynllun yn cael ei ysgrifennu i’r cyfrifiadur, nid hyd yn oed i storfa’r tab ei hun (sessionStorage), y mae porwyr yn ei chadw ar y ddisg i adfer sesiynau: dim ond marciwr sy’n dweud bod gan y tab gynlluniau sydd ynddi, fel y gall y lluniwr ddweud eu bod wedi mynd ar ôl ail-lwytho. Caiff cynlluniau eu cadw yn y cof yn unig hefyd pan na fydd porwr yn gadael i’r lluniwr gadw ar y ddyfais, er enghraifft mewn rhai moddau pori preifat.',
  // {time} is `hub.duration.minutes`.
  'hub.privacyPage.stored.plansShared.howLong':
    'Nes i’r dudalen gael ei hail-lwytho neu ei chau, neu i’r porwr gael ei gau, ac ar gyfrifiadur a rennir nes na fydd y lluniwr wedi’i ddefnyddio am {time}: yna caiff y cynlluniau yn y tab eu clirio, ar ôl rhybudd.',
  'hub.privacyPage.stored.plansShared.remove':
    'Ail-lwythwch neu caewch y tab, neu defnyddiwch {deleteEverything} cyn i chi adael. Cadwch bob cynllun mewn ffeil yn gyntaf os oes ei angen arnoch.',
  'hub.privacyPage.stored.deviceKey.what': 'Allwedd y ddyfais, ar eich dyfais waith eich hun heb gyfrinymadrodd',
  'hub.privacyPage.stored.deviceKey.where':
    'IndexedDB, wrth ymyl y cynlluniau: yr allwedd AES-GCM y caiff cynlluniau ac eitemau wedi’u hanner llenwi eu hamgryptio â hi. Mae’r porwr yn ei chadw ac yn ei defnyddio ar gyfer y wefan hon, ond nid yw byth yn gadael i sgript ei darllen. Nid yw’n gyfrinach rhag unrhyw un sy’n gallu defnyddio’r porwr hwn neu gopïo ei ffeiliau: mae’n sicrhau na ellir darllen yr hyn y mae’r porwr yn ei adael o’r cynlluniau ar y ddisg unwaith y bydd yr allwedd wedi’i dileu. I’ch diogelu rhag rhywun sydd â’r ddyfais, defnyddiwch gyfrinymadrodd.',
  'hub.privacyPage.stored.deviceKey.howLong':
    'Nes i chi droi’r diogelu â chyfrinymadrodd ymlaen (caiff ei dileu bryd hynny) neu ddileu popeth.',
  'hub.privacyPage.stored.deviceKey.remove':
    'Defnyddiwch {deleteEverything}: ni fydd modd darllen y cynlluniau a amgryptiwyd ganddi byth wedyn.',
  'hub.privacyPage.stored.drafts.what': 'Eitemau wedi’u hanner llenwi',
  'hub.privacyPage.stored.drafts.where':
    'Person, trefniant neu eitem arall rydych chi wedi’i dechrau ond heb ei chadw. Ar eich dyfais eich hun: localStorage, mewn un cofnod wedi’i amgryptio ag allwedd y cynlluniau (allwedd y ddyfais, neu allwedd eich cyfrinymadrodd). Ar gyfrifiadur a rennir: cof y tab yn unig.',
  'hub.privacyPage.stored.drafts.howLong': 'Nes i chi gadw neu ganslo’r eitem, neu ddileu ei chynllun.',
  'hub.privacyPage.stored.drafts.remove': 'Fel ar gyfer cynlluniau.',
  'hub.privacyPage.stored.settings.what': 'Eich gosodiadau',
  // {key} is the storage key's name.
  'hub.privacyPage.stored.settings.where': 'localStorage, dan {key}: dim ond a yw hwn yn gyfrifiadur a rennir.',
  'hub.privacyPage.stored.settings.howLong': 'Nes i chi eu newid neu eu dileu.',
  'hub.privacyPage.stored.settings.remove':
    'Newidiwch y gosodiad o restr eich cynlluniau, neu defnyddiwch {deleteEverything}.',
  'hub.privacyPage.stored.passphrase.what':
    'Cofnod y cyfrinymadrodd, os ydych chi’n diogelu cynlluniau â chyfrinymadrodd',
  'hub.privacyPage.stored.passphrase.where':
    'IndexedDB, wrth ymyl y cynlluniau: halen ar hap a thestun byr wedi’i amgryptio â’ch allwedd, sy’n gadael i’r lluniwr wybod a yw cyfrinymadrodd yn gywir. Byth y cyfrinymadrodd, a byth yr allwedd.',
  'hub.privacyPage.stored.passphrase.howLong': 'Nes i chi ddiffodd y diogelu neu ddileu popeth.',
  'hub.privacyPage.stored.passphrase.remove':
    'Diffoddwch y diogelu o restr eich cynlluniau, neu defnyddiwch {deleteEverything}.',
  'hub.privacyPage.stored.feedback.what': 'Adborth hyfforddi',
  'hub.privacyPage.stored.feedback.where':
    'Yr atebion a roddwyd ar dudalen adborth sesiwn hyfforddi: graddfeydd hyder a’r ffurflen fer, heb enwau. localStorage, un cofnod i bob sesiwn, heb ei amgryptio.',
  'hub.privacyPage.stored.feedback.howLong': 'Nes bydd yr hyfforddwr yn eu dileu.',
  'hub.privacyPage.stored.feedback.remove':
    'Defnyddiwch “Dileu’r ymatebion hyn” ar y dudalen adborth, neu {deleteEverything}.',
  'hub.privacyPage.stored.offline.what': 'Y copi all-lein o’r wefan hon',
  'hub.privacyPage.stored.offline.where':
    'Cache Storage, sy’n cael ei gadw gan weithiwr gwasanaeth: y lluniwr cynlluniau, y dudalen chwilio, y tudalennau rydych chi wedi’u hagor ac, os byddwch chi’n dewis, yr hwb cyfan, fel eu bod yn gweithio heb gysylltiad. Byth cynlluniau.',
  'hub.privacyPage.stored.offline.howLong': 'Caiff ei ddisodli pan gaiff fersiwn newydd o’r wefan ei chyhoeddi.',
  'hub.privacyPage.stored.offline.remove':
    'Defnyddiwch {deleteEverything}, neu cliriwch ddata’r wefan hon yn eich porwr.',
  'hub.privacyPage.stored.p2':
    'Mae tabiau’r lluniwr cynlluniau sydd ar agor ar yr un pryd yn dweud wrth ei gilydd, y tu mewn i’r porwr, pa gynllun mae pob un yn ei olygu, fel nad yw dau dab byth yn ysgrifennu dros newidiadau ei gilydd. Dim ond dynodyddion ar hap y cynlluniau sydd yn y negeseuon hyn, ac nid ydynt byth yn gadael y porwr.',
  'hub.privacyPage.passphrase.title': 'Diogelu cynlluniau â chyfrinymadrodd',
  // {lockAfter} and {warnAfter} are `hub.duration.minutes`; {iterations} is a formatted number.
  'hub.privacyPage.passphrase.p1':
    'Ar eich dyfais waith eich hun, gallwch ddiogelu’r cynlluniau â chyfrinymadrodd, o restr eich cynlluniau. Yna caiff cynlluniau ac eitemau wedi’u hanner llenwi eu cadw wedi’u hamgryptio (AES-GCM gydag allwedd 256 did a gwerth ar hap newydd bob tro y caiff ei gadw). Caiff yr allwedd ei gwneud o’ch cyfrinymadrodd gyda PBKDF2-SHA-256, {iterations} o weithiau gyda halen ar hap, sy’n gwneud dyfalu’n araf. Dim ond yng nghof y porwr y caiff yr allwedd ei chadw, ni ellir ei darllen, ac mae’n cael ei gollwng pan fydd y lluniwr yn cloi: pan fyddwch chi’n dewis {lockNow}, pan fydd y dudalen yn cael ei chau neu ei hail-lwytho, ac ar ôl {lockAfter} heb ei ddefnyddio, gyda rhybudd ar ôl {warnAfter}.',
  'hub.privacyPage.passphrase.p2':
    'Nid oes modd adfer cyfrinymadrodd sydd wedi’i anghofio. Yr unig ffordd o barhau yw dileu’r cynlluniau ar y ddyfais, ac mae’r lluniwr yn gofyn i chi gadarnhau yn gyntaf. Nid yw hyn yn effeithio ar gynlluniau rydych chi wedi’u cadw mewn ffeiliau.',
  'hub.privacyPage.passphrase.p3':
    'Beth sydd heb ei amgryptio: faint o gynlluniau sydd yna a’u dynodyddion ar hap, eich gosodiadau, a’r copi all-lein o’r wefan. Caiff cyfrinymadrodd anghywir ei wrthod, ac nid yw’n newid dim.',
  'hub.privacyPage.files.title': 'Ffeiliau cynllun a PDFs',
  'hub.privacyPage.files.p1':
    'Mae {saveToFile} a’r allforio PDF yn creu ffeiliau lle bynnag mae eich porwr yn cadw ffeiliau wedi’u lawrlwytho. Nid ydynt wedi’u hamgryptio. Nid oes enwau pobl yn enwau’r ffeiliau, ond mae’r ffeiliau’n cynnwys y cynllun cyfan: cadwch nhw yn system cofnodi achosion eich sefydliad, nid ar ddyfais bersonol nac mewn e-bost personol. Nid system gofnodion yw’r lluniwr cynlluniau: mae lle’r cynllun wedi’i lofnodi ar gofnod y plentyn, o dan reolau cadw cofnodion eich asiantaeth.',
  'hub.privacyPage.fingerprint.title': 'Olion bysedd: tystiolaeth o ymyrryd, nid llofnod digidol',
  'hub.privacyPage.fingerprint.p1':
    'Mae gan bob cynllun wedi’i lofnodi ôl bys: 64 nod wedi’u cyfrifo o’i union gynnwys gyda SHA-256. Mae unrhyw newid i’r cynllun, hyd yn oed un nod, yn rhoi ôl bys gwahanol. Yr unig ran sy’n cael ei gadael allan yw’r cofnod cyfnewid, sy’n cael ei gadw’n gyfredol ar ôl llofnodi, felly nid yw cofnodi llythyr yn newid yr ôl bys. Mae’r lluniwr yn ei ddangos ar y cynllun wedi’i lofnodi ac mae’r PDF yn ei argraffu ar y dudalen llofnodi: cofnodwch y 64 nod i gyd ar gofnod achos y plentyn wrth lofnodi.',
  'hub.privacyPage.fingerprint.p2':
    'Pan gaiff PDF ei agor yn y lluniwr, neu ei wirio gyda’r dilysydd llinell orchymyn, caiff ei wirio i weld a gafodd ei wneud gan y wefan hon, a yw’r cynllun sydd ynghlwm wrtho’n cyfateb i’r ôl bys sydd wedi’i ysgrifennu ynddo, a yw ei dudalennau printiedig yn union yr hyn y mae’r cynllun hwnnw’n ei lunio, ac a yw’r cofnod llofnodi’n bodloni’r rheolau. Mae’r gwiriadau hyn yn dangos nad oes rhan o’r PDF wedi’i newid. Ni allant ddangos pwy a’i gwnaeth: mae’r lluniwr yn feddalwedd agored y gall unrhyw un ei rhedeg, felly gallai rhywun newid cynllun a gwneud PDF newydd ohono sy’n pasio pob un ohonynt.',
  'hub.privacyPage.fingerprint.p3':
    'Dyna pam mai tystiolaeth o ymyrryd yw hyn, ac nid llofnod digidol. Mae angen allwedd gyfrinachol sy’n cael ei chadw gan y llofnodwr ar lofnod digidol, ac nid yw’r lluniwr yn cadw unrhyw allweddi nac yn anfon dim i unman. Yr hyn sy’n cysylltu PDF â’r cynllun a gafodd ei lofnodi yw’r ôl bys a gofnodwyd gennych ar y cofnod achos: os yw ôl bys y PDF yr un peth, dyna’r cynllun. Mae enwau wedi’u teipio a llofnodion wedi’u tynnu ar y dudalen llofnodi yn cofnodi pwy gytunodd; nid ydynt yn profi pwy yw neb.',
  'hub.privacyPage.remove.title': 'Sut i ddileu popeth',
  // {planner} is `hub.privacyPage.ui.planner`, linked to the builder.
  'hub.privacyPage.remove.item1':
    'Yn y {planner}, defnyddiwch {deleteEverything} ar waelod rhestr eich cynlluniau. Mae’n dileu cynlluniau, eitemau wedi’u hanner llenwi, gosodiadau, allwedd y ddyfais neu gofnod y cyfrinymadrodd, y copi all-lein a’r gweithiwr gwasanaeth, ym mhob tab sydd ar agor, ar ôl gofyn i chi gadarnhau.',
  'hub.privacyPage.remove.item2':
    'I ddileu cynlluniau unigol, dilëwch nhw o restr y cynlluniau, neu defnyddiwch {deleteAllPlans}, sy’n cadw eich gosodiadau.',
  'hub.privacyPage.remove.item3': 'Gallwch hefyd glirio data’r wefan hon yng ngosodiadau eich porwr.',
  'hub.privacyPage.shared.title': 'Defnyddio’r lluniwr cynlluniau ar gyfrifiadur a rennir',
  // {time} is `hub.duration.minutes`.
  'hub.privacyPage.shared.p1':
    'Atebwch {yes} pan fydd y lluniwr yn gofyn ai cyfrifiadur a rennir neu gyfrifiadur cyhoeddus yw hwn. Yna dim ond yng nghof y dudalen y caiff cynlluniau eu cadw, ac mae’r lluniwr yn dweud hynny ar bob tudalen.',
  'hub.privacyPage.shared.p2':
    'Mae hyn yn gyfaddawd. Nid oes dim am gynllun yn cael ei ysgrifennu i’r cyfrifiadur, felly nid oes dim yn cael ei adael ar ôl i’r person nesaf, hyd yn oed os yw’r porwr yn cadw ei sesiwn. Ond os byddwch yn ail-lwytho, yn cau’r tab neu os bydd y porwr yn methu, byddwch yn colli unrhyw gynllun nad ydych wedi’i gadw mewn ffeil. Mae’r porwr yn gofyn cyn i’r dudalen gael ei hail-lwytho neu ei chau, ac mae’r lluniwr yn dweud wedyn bod y cynlluniau wedi mynd. Ar ôl {time} heb ei ddefnyddio, mae’r lluniwr yn clirio’r cynlluniau yn y tab, gyda rhybudd yn gyntaf sy’n cynnig cadw’r cynllun mewn ffeil.',
  'hub.privacyPage.shared.p3':
    'Cadwch bob cynllun mewn ffeil cyn i chi orffen, yna defnyddiwch {deleteEverything} a chaewch ffenestr y porwr.',
  'hub.privacyPage.dpo.title': 'Nodiadau i swyddogion diogelu data',
  'hub.privacyPage.dpo.p1':
    'Mae’r nodiadau hyn ar gyfer cynghorau ac asiantaethau sy’n ysgrifennu asesiad o’r effaith ar ddiogelu data (DPIA) ar gyfer y lluniwr cynlluniau.',
  'hub.privacyPage.roles.title': 'Rolau a sail gyfreithlon',
  'hub.privacyPage.roles.item1':
    'Eich sefydliad chi yw’r rheolydd ar gyfer y cynlluniau y mae eich staff yn eu hysgrifennu. Chi sydd i benderfynu ar y sail gyfreithlon ar gyfer y prosesu, a’r amod ar gyfer prosesu data categori arbennig, a’u cofnodi, fel ar gyfer eich cofnodion gofal cymdeithasol plant eraill.',
  'hub.privacyPage.roles.item2':
    'Nid oes unrhyw ddata personol yn cael ei anfon at y bobl sy’n cyhoeddi’r wefan hon na’r darparwr sy’n ei chynnal, nac yn cael ei gadw ganddynt, nac ar gael iddynt, felly nid oes perthynas prosesydd rhyngoch chi a nhw. Dim ond yn y porwr ar ddyfeisiau eich staff y mae prosesu’n digwydd.',
  'hub.privacyPage.roles.item3':
    'Nid yw’r wefan yn gosod cwcis nac yn defnyddio technolegau tebyg y tu hwnt i’r storio a ddisgrifir uchod, sy’n gwbl angenrheidiol ar gyfer y gwasanaeth y mae defnyddiwr yn gofyn amdano.',
  // Each threat: `.name` in bold, then `.text`.
  'hub.privacyPage.threats.title': 'Model bygythiadau',
  'hub.privacyPage.threats.shared.name': 'Cyfrifiaduron a rennir a chyfrifiaduron cyhoeddus.',
  'hub.privacyPage.threats.shared.text':
    'Gallai’r defnyddiwr nesaf ddod o hyd i gynlluniau sydd wedi’u gadael ar ôl. Mesurau lliniaru: mae’r ateb am gyfrifiadur a rennir yn cadw cynlluniau yng nghof y dudalen yn unig, byth ar y ddisg, ac yn eu clirio ar ôl {minutes} munud heb eu defnyddio; {deleteEverything}; mae’r lluniwr yn dweud ar bob tudalen ble caiff cynlluniau eu cadw.',
  'hub.privacyPage.threats.lost.name': 'Dyfeisiau sydd wedi’u colli neu eu dwyn.',
  'hub.privacyPage.threats.lost.text':
    'Heb gyfrinymadrodd, caiff cynlluniau eu hamgryptio ag allwedd dyfais sy’n cael ei chadw yn yr un proffil porwr, felly gall unrhyw un sy’n gallu defnyddio’r porwr neu gopïo ei broffil eu darllen. Mesurau lliniaru: diogelu â chyfrinymadrodd, y clo awtomatig, ac amgryptio disg a chlo sgrin eich dyfeisiau eich hun.',
  'hub.privacyPage.threats.deleted.name': 'Adfer data wedi’i ddileu o’r ddisg.',
  'hub.privacyPage.threats.deleted.text':
    'Mae porwyr yn ailysgrifennu ac yn dileu eu ffeiliau storio yn eu hamser eu hunain, ac weithiau gellir adfer ffeiliau sydd wedi’u dileu gydag offer arbenigol. Mesurau lliniaru: dim ond wedi’u hamgryptio y caiff cynlluniau ac eitemau wedi’u hanner llenwi eu hysgrifennu, felly nid oes enwau na thestun y gellir eu darllen yn yr hyn sy’n weddill, ac mae {deleteEverything} yn dileu’r allwedd; mae amgryptio’r ddisg gyfan yn gwneud ffeiliau sydd wedi’u dileu yn annarllenadwy hefyd.',
  'hub.privacyPage.threats.unlocked.name': 'Rhywun arall wrth ddyfais sydd heb ei chloi.',
  // {minutes} is a number: the lock's length in minutes.
  'hub.privacyPage.threats.unlocked.text':
    'Mesurau lliniaru: {lockNow} a’r clo ar ôl {minutes} munud ar ddyfeisiau wedi’u diogelu; eich polisi cloi sgrin eich hun.',
  'hub.privacyPage.threats.extensions.name': 'Estyniadau porwr.',
  'hub.privacyPage.threats.extensions.text':
    'Gall estyniad sydd â chaniatâd i ddarllen tudalennau ddarllen beth bynnag sydd ar y sgrin ac yn y dudalen, beth bynnag mae’r wefan hon yn ei wneud. Mesur lliniaru: caniatáu dim ond estyniadau y mae eich sefydliad wedi’u cymeradwyo, drwy reoli’r porwr yn ganolog.',
  'hub.privacyPage.threats.files.name': 'Ffeiliau maleisus.',
  'hub.privacyPage.threats.files.text':
    'Gall ffeiliau cynllun a PDFs gyrraedd drwy e-bost neu o yriannau a rennir. Mae’r lluniwr yn gwrthod ffeiliau dros 5 MB, unrhyw beth nad yw’n gynllun yn y fformat disgwyliedig, enwau meysydd peryglus a nythu dwfn, ac o PDF mae’n darllen dim ond yr atodiad a ysgrifennodd ei hun; nid yw ffeil sy’n cael ei gwrthod yn newid dim.',
  'hub.privacyPage.threats.injection.name': 'Cynnwys wedi’i chwistrellu a data’n gadael y ddyfais.',
  'hub.privacyPage.threats.injection.text':
    'Mae gan bob tudalen bennawd Content-Security-Policy sy’n caniatáu sgriptiau, arddulliau a chysylltiadau o’r wefan hon yn unig, a phenawdau sy’n gwahardd fframio’r wefan ac anfon cyfeiriad y dudalen i unman arall.',
  'hub.privacyPage.threats.exports.name': 'Ffeiliau wedi’u hallforio.',
  'hub.privacyPage.threats.exports.text':
    'Nid yw ffeiliau cynllun a PDFs wedi’u hamgryptio, ac maen nhw’n mynd i ble bynnag mae ffeiliau wedi’u lawrlwytho’n mynd.',
  'hub.privacyPage.advice.title': 'Argymhellion',
  'hub.privacyPage.advice.item1':
    'Defnyddiwch y lluniwr cynlluniau ar ddyfeisiau gwaith a reolir gan eich sefydliad, gydag amgryptio disg, clo sgrin a phorwr cyfredol.',
  'hub.privacyPage.advice.item2':
    'Gofynnwch i staff droi’r diogelu â chyfrinymadrodd ymlaen ar eu dyfeisiau gwaith, ac ateb {yes} i’r cwestiwn am gyfrifiadur a rennir ar unrhyw ddyfais y mae eraill yn ei defnyddio.',
  'hub.privacyPage.advice.item3': 'Caniatewch estyniadau porwr cymeradwy yn unig.',
  'hub.privacyPage.advice.item4':
    'Nodwch ble mae’n rhaid cadw ffeiliau cynllun a PDFs (eich system cofnodi achosion), a bod cynlluniau’n cael eu dileu o’r ddyfais pan fydd y gwaith wedi’i orffen.',
  'hub.privacyPage.advice.item5':
    'Defnyddiwch ffugenwau mewn cynlluniau ymarfer a hyfforddiant, fel y mae’r enghreifftiau wedi’u gweithio yn ei wneud.',
  // Tudalennau yn yr iaith arall: enw grŵp y switsh, a hysbysiadau ar dudalennau Cymraeg.
  'hub.header.languageLabel': 'Iaith',
  'hub.translation.machine':
    'Cyfieithiad peiriant yw’r dudalen hon: nid yw cyfieithydd cymwys wedi’i hadolygu eto. {english}',
  'hub.translation.machine.english': 'Darllenwch hi yn Saesneg',
  'hub.translation.missing':
    'Nid yw’r dudalen hon wedi’i chyfieithu i’r Gymraeg eto, felly mae ei thestun isod yn Saesneg. {english}',
  'hub.translation.missing.english': 'Agor y dudalen Saesneg',
  'hub.glossaryPage.untranslated': 'Mae termau sydd heb eu cyfieithu i’r Gymraeg eto yn Saesneg.',
} as const satisfies Record<keyof typeof hubMessages, unknown>;
