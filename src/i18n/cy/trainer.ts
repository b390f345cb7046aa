import type { trainerMessages } from '../en/trainer';

/**
 * The trainers' toolkit in Welsh (machine-made; see cy/status.ts): session mode, presenter view,
 * timer, pack builder, activity sheets and cards. Counted things take the mutation the number gives
 * them (dau/dwy soft, tri aspirate, tair none, chwe aspirate; "un" softens a feminine noun).
 */
export const trainerMessagesCy = {
  'trainer.breadcrumb.sessions': 'Sesiynau hyfforddi',
  'trainer.breadcrumb.sheets': 'Taflenni gweithgaredd',

  'trainer.offline.working': 'Yn cadw’r sesiynau hyfforddi ar y ddyfais hon i’w defnyddio all-lein…',
  'trainer.offline.done':
    'Mae pob sesiwn hyfforddi, gyda’i modd sesiwn a’i thaflen, y taflenni gweithgaredd a’r lluniwr pecynnau, wedi’u cadw ar y ddyfais hon: maen nhw’n gweithio heb gysylltiad.',
  'trainer.offline.failed':
    'Doedd dim modd cadw’r holl sesiynau hyfforddi i’w defnyddio all-lein. Byddwn yn rhoi cynnig arall arni y tro nesaf y byddwch chi’n agor tudalen hyfforddi gyda chysylltiad.',
  'trainer.offline.unsupported':
    'Does dim modd i’r porwr hwn gadw’r sesiynau hyfforddi i’w defnyddio all-lein, er enghraifft mewn ffenestr breifat.',

  'trainer.present.pageTitle': 'Modd sesiwn: {title}',
  'trainer.present.description': 'Cyflwyno “{title}” i grŵp, un cam ar y tro.',
  'trainer.present.heading': 'Modd sesiwn: {title}',
  'trainer.present.keys':
    'Nesaf: saeth dde, bylchwr neu Page Down. Yn ôl: saeth chwith neu Page Up. Y cam cyntaf a’r olaf: Home ac End. Dechrau’r amserydd neu ei oedi: T. Mae symud yn y naill ffenestr neu’r llall yn symud y ddwy.',
  'trainer.present.noscript':
    'Mae pob cam o’r sesiwn wedi’i restru isod. Pan fydd JavaScript ymlaen, mae’r dudalen hon yn dangos un cam ar y tro mewn print mawr, gydag amserydd ar gyfer pob gweithgaredd, ac yn agor golwg cyflwynydd gyda nodiadau a chloc sesiwn.',
  'trainer.present.openPresenter': 'Agor golwg cyflwynydd',
  'trainer.present.pointSource': 'Ffynhonnell: {source}',
  'trainer.present.sessionLength': {
    zero: '{count} gweithgaredd · {duration}',
    one: '{count} gweithgaredd · {duration}',
    two: '{count} weithgaredd · {duration}',
    few: '{count} gweithgaredd · {duration}',
    many: '{count} gweithgaredd · {duration}',
    other: '{count} gweithgaredd · {duration}',
  },
  'trainer.present.duration': {
    zero: '{count} munud',
    one: '{count} munud',
    two: '{count} funud',
    few: '{count} munud',
    many: '{count} munud',
    other: '{count} munud',
  },
  'trainer.present.aimsHeading': 'Erbyn diwedd y sesiwn hon bydd y cyfranogwyr yn gallu:',
  'trainer.present.previous': 'Blaenorol',
  'trainer.present.next': 'Nesaf',
  'trainer.present.fullscreen.enter': 'Sgrin lawn',
  'trainer.present.fullscreen.exit': 'Gadael y sgrin lawn',
  'trainer.present.link.session': 'Yn ôl i gynllun y sesiwn',
  'trainer.present.link.handout': 'Taflen i’w hargraffu',
  'trainer.present.link.sheets': 'Taflenni gweithgaredd',
  'trainer.present.link.pack': 'Llunio pecyn i’w argraffu',
  'trainer.present.position.start': 'Cyflwyniad',
  'trainer.present.position.activity': 'Gweithgaredd {activity} o {activities}',
  'trainer.present.position.point': 'Gweithgaredd {activity} o {activities} · Pwynt {point} o {points}',
  'trainer.present.position.prompt': 'Gweithgaredd {activity} o {activities} · Cwestiwn {prompt} o {prompts}',
  'trainer.present.announce.step': '{position}: {text}',
  'trainer.present.announce.activity': '{position}: {title}, {duration}. {summary}',

  'trainer.presenter.pageTitle': 'Golwg cyflwynydd: {title}',
  'trainer.presenter.description': 'Nodiadau, y cam nesaf a chloc sesiwn ar gyfer cyflwyno “{title}”.',
  'trainer.presenter.heading': 'Golwg cyflwynydd: {title}',
  'trainer.presenter.noscript':
    'Dyma’r nodiadau ar gyfer pob rhan o’r sesiwn. Pan fydd JavaScript ymlaen, mae’r ffenestr hon yn dangos y nodiadau ar gyfer y cam sydd ar y sgrin, y cam nesaf a chloc sesiwn, ac yn symud gyda ffenestr y modd sesiwn.',
  'trainer.presenter.clock.label': 'Cloc y sesiwn',
  'trainer.presenter.clock.restart': 'Ailddechrau cloc y sesiwn',
  'trainer.presenter.next.heading': 'Nesaf',
  'trainer.presenter.next.step': '{position}: {text}',
  'trainer.presenter.next.last': 'Dyma’r cam olaf.',
  'trainer.presenter.notes.heading': 'Nodiadau',
  'trainer.presenter.notes.start': 'Cyn y sesiwn',
  'trainer.presenter.notes.label': '{label}:',
  'trainer.presenter.link.audience': 'Modd sesiwn (ffenestr y gynulleidfa)',
  'trainer.presenter.use.within': '{used} o {planned} wedi’u defnyddio',
  'trainer.presenter.use.over': '{over} dros y {planned} a gynlluniwyd',

  'trainer.timer.labelDefault': 'Amserydd y gweithgaredd',
  'trainer.timer.label': 'Amserydd: {activity}',
  'trainer.timer.start': 'Dechrau’r amserydd',
  'trainer.timer.pause': 'Oedi’r amserydd',
  'trainer.timer.restart': 'Ailddechrau’r amserydd',
  'trainer.timer.reset': 'Ailosod yr amserydd',
  'trainer.timer.state.initial': 'Wedi oedi',
  'trainer.timer.state.up': 'Mae’r amser ar ben',
  'trainer.timer.state.running': 'Yn rhedeg',
  'trainer.timer.state.notStarted': 'Heb ddechrau',
  'trainer.timer.state.paused': 'Wedi oedi, {left}',
  'trainer.timer.remaining.none': 'Mae’r amser ar ben',
  'trainer.timer.remaining.minutes': {
    zero: '{count} munud ar ôl',
    one: '{count} munud ar ôl',
    two: '{count} funud ar ôl',
    few: '{count} munud ar ôl',
    many: '{count} munud ar ôl',
    other: '{count} munud ar ôl',
  },
  'trainer.timer.remaining.seconds': {
    zero: '{count} eiliad ar ôl',
    one: '{count} eiliad ar ôl',
    two: '{count} eiliad ar ôl',
    few: '{count} eiliad ar ôl',
    many: '{count} eiliad ar ôl',
    other: '{count} eiliad ar ôl',
  },
  'trainer.timer.remaining.minutesSeconds': '{minutes} {seconds} ar ôl',
  'trainer.timer.unit.minutes': {
    zero: '{count} munud',
    one: '{count} munud',
    two: '{count} funud',
    few: '{count} munud',
    many: '{count} munud',
    other: '{count} munud',
  },
  'trainer.timer.unit.seconds': {
    zero: '{count} eiliad',
    one: '{count} eiliad',
    two: '{count} eiliad',
    few: '{count} eiliad',
    many: '{count} eiliad',
    other: '{count} eiliad',
  },
  'trainer.timer.announce.started': 'Mae’r amserydd wedi dechrau.',
  'trainer.timer.announce.paused': 'Mae’r amserydd wedi oedi.',
  'trainer.timer.announce.reset': 'Mae’r amserydd wedi’i ailosod i {clock}.',
  'trainer.timer.announce.up': 'Mae’r amser ar ben ar gyfer {activity}.',

  'trainer.handout.pageTitle': 'Taflen: {title}',
  'trainer.handout.heading': 'Taflen ar gyfer {title}',
  'trainer.handout.printHint':
    'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n ffitio ar un dudalen A4.',

  'trainer.pack.pageTitle': 'Llunio pecyn hyfforddi',
  'trainer.pack.description':
    'Dewiswch adnoddau, rhowch nhw mewn trefn a’u hargraffu fel un pecyn hyfforddi gyda chlawr, cynnwys a lle i nodiadau.',
  'trainer.pack.heading': 'Llunio pecyn hyfforddi',
  'trainer.pack.lead':
    'Dewiswch adnoddau, rhowch nhw mewn trefn, yna edrychwch ar y pecyn i’w argraffu neu ei gadw fel PDF. Mae’r pecyn yn cael ei gadw yng nghyfeiriad y dudalen, felly gallwch chi roi nod tudalen arno neu anfon y ddolen at gydweithiwr.',
  'trainer.pack.noscript':
    'Mae angen JavaScript i roi adnoddau mewn trefn a dangos y pecyn, ac mae wedi’i ddiffodd yn y porwr hwn. Gallwch chi agor pob adnodd a’i argraffu o’i dudalen ei hun o hyd.',
  'trainer.pack.field.title.label': 'Teitl y pecyn',
  'trainer.pack.field.title.hint': {
    zero: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
    one: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
    two: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
    few: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
    many: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
    other: 'Er enghraifft, enw’r sesiwn a’r grŵp. Hyd at {count} nod.',
  },
  'trainer.pack.field.date.label': 'Dyddiad y sesiwn (dewisol)',
  'trainer.pack.field.date.hint': 'Gadewch hwn yn wag i argraffu llinell wag i ysgrifennu’r dyddiad arni.',
  'trainer.pack.choose.heading': 'Dewis adnoddau',
  'trainer.pack.choose.hint': {
    zero: 'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
    one: 'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
    two: 'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
    few: 'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
    many: 'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
    other:
      'Gall pecyn ddal hyd at {count} adnodd. Mae adnoddau wedi’u ticio yn cael eu hychwanegu at ddiwedd eich pecyn.',
  },
  'trainer.pack.choose.examples':
    'Mae’r enghreifftiau hefyd yn agor yn y {link} fel cynlluniau ymarfer dychmygol ar gyfer ymarferion grŵp.',
  'trainer.pack.choose.examplesLink': 'lluniwr cynlluniau',
  'trainer.pack.group.handouts': 'Taflenni’r sesiynau',
  'trainer.pack.group.sessions': 'Cynlluniau sesiwn (ar gyfer hyfforddwyr)',
  'trainer.pack.group.sheets': 'Taflenni gweithgaredd',
  'trainer.pack.choice.handoutTitle': 'Taflen: {title}',
  'trainer.pack.choice.fictional': 'Dychmygol',
  'trainer.pack.kind.handout': 'Taflen sesiwn',
  'trainer.pack.kind.sheet': 'Taflen weithgaredd',
  'trainer.pack.order.heading': 'Eich pecyn',
  'trainer.pack.viewButton': 'Gweld y pecyn i’w argraffu',

  'trainer.pack.count.none': 'Does dim adnoddau wedi’u dewis eto.',
  'trainer.pack.count.some': {
    zero: '{count} adnodd, wedi’u hargraffu yn y drefn hon.',
    one: '{count} adnodd, wedi’i argraffu yn y drefn hon.',
    two: '{count} adnodd, wedi’u hargraffu yn y drefn hon.',
    few: '{count} adnodd, wedi’u hargraffu yn y drefn hon.',
    many: '{count} adnodd, wedi’u hargraffu yn y drefn hon.',
    other: '{count} adnodd, wedi’u hargraffu yn y drefn hon.',
  },
  'trainer.pack.count.full': {
    zero: '{count} adnodd, wedi’u hargraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
    one: '{count} adnodd, wedi’i argraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
    two: '{count} adnodd, wedi’u hargraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
    few: '{count} adnodd, wedi’u hargraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
    many: '{count} adnodd, wedi’u hargraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
    other: '{count} adnodd, wedi’u hargraffu yn y drefn hon (y mwyaf y gall pecyn ei ddal).',
  },
  'trainer.pack.count.needOne': 'Dewiswch o leiaf un adnodd i wneud pecyn.',
  'trainer.pack.order.moveUp': 'Symud i fyny',
  'trainer.pack.order.moveDown': 'Symud i lawr',
  'trainer.pack.order.remove': 'Dileu',
  'trainer.pack.order.buttonItem': ': {title}',
  'trainer.pack.announce.full': {
    zero: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
    one: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
    two: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
    few: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
    many: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
    other: 'Gall pecyn ddal {count} adnodd. Dilëwch un cyn ychwanegu un arall.',
  },
  'trainer.pack.announce.added': 'Wedi ychwanegu {title}. {count} yn y pecyn.',
  'trainer.pack.announce.removed': 'Wedi dileu {title}. {count} yn y pecyn.',
  'trainer.pack.announce.moved': 'Wedi symud {title} i safle {position} o {total}.',
  'trainer.pack.announce.loading': {
    zero: 'Yn llwytho {count} adnodd.',
    one: 'Yn llwytho {count} adnodd.',
    two: 'Yn llwytho {count} adnodd.',
    few: 'Yn llwytho {count} adnodd.',
    many: 'Yn llwytho {count} adnodd.',
    other: 'Yn llwytho {count} adnodd.',
  },
  'trainer.pack.announce.ready': 'Mae’r pecyn yn barod i’w argraffu.',
  'trainer.pack.documentTitle': '{title} – {product}',
  'trainer.pack.toolbar.change': 'Newid y pecyn',
  'trainer.pack.toolbar.print': 'Argraffu neu gadw fel PDF',
  'trainer.pack.toolbar.share':
    'I rannu’r pecyn hwn neu ddod yn ôl ato, rhowch nod tudalen ar y dudalen hon neu copïwch ei chyfeiriad.',
  'trainer.pack.print.loading': 'Yn dal i lwytho: gallwch chi argraffu’r pecyn pan fydd pob adnodd ynddo wedi llwytho.',
  'trainer.pack.print.wait':
    'Doedd y pecyn hwn heb orffen llwytho pan gafodd ei argraffu. Caewch y rhagolwg argraffu, arhoswch nes bod y dudalen yn dweud bod y pecyn yn barod i’w argraffu, yna argraffwch eto.',
  'trainer.pack.item.handoutElsewhere':
    'Mae’r daflen ar gyfer y sesiwn hon wedi’i hargraffu ar wahân, fel eitem {position} yn y pecyn hwn.',

  'trainer.pack.cover.defaultTitle': 'Pecyn hyfforddi',
  'trainer.pack.cover.kicker': 'Pecyn hyfforddi · {product}',
  'trainer.pack.cover.date': 'Dyddiad:',
  'trainer.pack.cover.trainer': 'Hyfforddwr:',
  'trainer.pack.cover.contents': 'Cynnwys',
  'trainer.pack.cover.kind': '({kind})',
  'trainer.pack.cover.kindFictional': '({kind}, dychmygol)',
  'trainer.pack.cover.fictional':
    'Mae’r lleisiau cyfansawdd a’r enghreifftiau yn y pecyn hwn yn ddychmygol: mae’r bobl a’r digwyddiadau wedi’u dyfeisio.',
  'trainer.pack.cover.source':
    'O {product}, {url}. Mae’n rhad ac am ddim i’w gopïo a’i ddefnyddio mewn ymarfer a hyfforddiant.',
  'trainer.pack.item.position': '{position} o {total} · {kind}',
  'trainer.pack.item.loading': 'Yn llwytho…',
  'trainer.pack.item.online': 'Ar-lein: {link}',
  'trainer.pack.item.practice':
    'Ymarfer grŵp: agorwch yr enghraifft ddychmygol hon yn y lluniwr cynlluniau fel cynllun ymarfer yn {link}.',
  'trainer.pack.item.notes': 'Nodiadau',
  'trainer.pack.item.problem':
    'Doedd dim modd llwytho’r adnodd hwn. Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen, neu agorwch yr adnodd o’r ddolen isod.',

  'trainer.sheets.pageTitle': 'Taflenni gweithgaredd',
  'trainer.sheets.description':
    'Taflenni i’w hargraffu ar gyfer sesiynau hyfforddi a gwaith uniongyrchol: cardiau teimladau, eco-fap gwag a thaflen cynllunio llythyr.',
  'trainer.sheets.heading': 'Taflenni gweithgaredd',
  'trainer.sheets.lead':
    'Taflenni i’w hargraffu ar gyfer sesiynau hyfforddi ac ar gyfer gwaith uniongyrchol gyda phlant a theuluoedd. Mae pob un yn argraffu ar A4 o’ch porwr, neu’n cadw fel PDF.',
  'trainer.sheets.pages': {
    zero: '{count} tudalen A4',
    one: '{count} dudalen A4',
    two: '{count} dudalen A4',
    few: '{count} tudalen A4',
    many: '{count} thudalen A4',
    other: '{count} tudalen A4',
  },
  'trainer.sheets.more.heading': 'Rhagor i hyfforddwyr',
  'trainer.sheets.more.pack':
    '{link} o bapurau briffio, canllawiau, myfyrdodau, enghreifftiau, taflenni sesiwn a’r taflenni gweithgaredd hyn.',
  'trainer.sheets.more.packLink': 'Llunio pecyn hyfforddi i’w argraffu',
  'trainer.sheets.more.sessions': '{link}: mae gan bob un fodd sesiwn i’w gyflwyno i grŵp.',
  'trainer.sheets.more.sessionsLink': 'Sesiynau hyfforddi',
  'trainer.sheets.more.examples':
    '{link}: mae pob un yn agor yn y lluniwr cynlluniau fel cynllun ymarfer dychmygol ar gyfer ymarferion grŵp.',
  'trainer.sheets.more.examplesLink': 'Enghreifftiau',

  'trainer.sheet.kicker': 'Taflen weithgaredd',
  'trainer.sheet.printHint': {
    zero: 'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} tudalen A4. Gallwch chi hefyd {link}.',
    one: 'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} dudalen A4. Gallwch chi hefyd {link}.',
    two: 'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} dudalen A4. Gallwch chi hefyd {link}.',
    few: 'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} tudalen A4. Gallwch chi hefyd {link}.',
    many: 'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} thudalen A4. Gallwch chi hefyd {link}.',
    other:
      'Argraffwch y dudalen hon neu ei chadw fel PDF o ddewislen argraffu eich porwr. Mae’n argraffu ar {count} tudalen A4. Gallwch chi hefyd {link}.',
  },
  'trainer.sheet.addToPack': 'ei hychwanegu at becyn hyfforddi',
  'trainer.sheet.footer':
    'Taflen weithgaredd {product}. Mae’n rhad ac am ddim i’w chopïo a’i defnyddio mewn ymarfer a hyfforddiant.',
  'trainer.sheet.sessionsHeading': 'Sesiynau sy’n defnyddio’r daflen hon',

  'trainer.sheet.feelingsCards.title': 'Cardiau teimladau',
  'trainer.sheet.feelingsCards.summary':
    'Deuddeg cerdyn i’w torri allan, pob un ag wyneb a gair am deimlad, i glywed dymuniadau a theimladau plentyn am gadw mewn cysylltiad.',
  'trainer.sheet.feelingsCards.guide':
    'Gosodwch ychydig o gardiau ar y tro. Gofynnwch i’r plentyn ddewis y rhai sy’n addas pan fydd yn meddwl am berson neu am gyfarfod, a dilynwch ei arweiniad. Nodwch pa gardiau a ddewisodd, beth a ddywedodd a beth a welsoch chi, a gofynnwch eto ar ddiwrnod arall.',
  'trainer.sheet.ecoMap.title': 'Eco-fap gwag',
  'trainer.sheet.ecoMap.summary':
    'Y plentyn yn y canol, cylchoedd o’i gwmpas, ac allwedd i ddangos sut mae pob perthynas yn teimlo a sut mae pobl yn cadw mewn cysylltiad.',
  'trainer.sheet.ecoMap.guide':
    'Ysgrifennwch enw’r plentyn yn y canol. Ychwanegwch bob person pwysig fel cylch bach: yn nes at y canol i bobl sy’n teimlo’n agosach. Cysylltwch bob person â’r plentyn gyda llinell o’r allwedd.',
  'trainer.sheet.letterPlanning.title': 'Taflen cynllunio llythyr',
  'trainer.sheet.letterPlanning.summary':
    'Cynllunio llythyr neu gyfnewid drwy’r post: at bwy mae’n mynd, newyddion, beth mae’r plentyn eisiau ei rannu, lluniau, beth i’w adael allan a phwy sy’n ei wirio.',
  'trainer.sheet.letterPlanning.guide':
    'Llenwch hon cyn ysgrifennu. Cadwch y llythyr yn gynnes ac yn gyffredin, mewn geiriau y bydd y darllenydd yn eu deall, a’i wirio yn erbyn y cytundeb.',

  'trainer.sheet.feelingsCards.cut': 'Torrwch ar hyd y llinellau toredig. Mae chwe cherdyn ar bob tudalen.',
  'trainer.sheet.feelingsCards.page': 'Cardiau teimladau, tudalen {page} o {pages}',
  'trainer.sheet.feelingsCards.feeling.happy': 'Hapus',
  'trainer.sheet.feelingsCards.feeling.sad': 'Trist',
  'trainer.sheet.feelingsCards.feeling.worried': 'Pryderus',
  'trainer.sheet.feelingsCards.feeling.angry': 'Dig',
  'trainer.sheet.feelingsCards.feeling.excited': 'Cyffrous',
  'trainer.sheet.feelingsCards.feeling.confused': 'Wedi drysu',
  'trainer.sheet.feelingsCards.feeling.safe': 'Diogel',
  'trainer.sheet.feelingsCards.feeling.missingSomeone': 'Colli rhywun',
  'trainer.sheet.feelingsCards.feeling.calm': 'Tawel',
  'trainer.sheet.feelingsCards.feeling.scared': 'Ofnus',
  'trainer.sheet.feelingsCards.feeling.proud': 'Balch',
  'trainer.sheet.feelingsCards.feeling.notSure': 'Ddim yn siŵr',

  'trainer.sheet.ecoMap.description':
    'Eco-fap gwag: cylch i’r plentyn yn y canol, gyda thri chylch o’i gwmpas o’r enw Agosaf, Agos a Pellach i ffwrdd.',
  'trainer.sheet.ecoMap.caption': 'Eco-fap gwag',
  'trainer.sheet.ecoMap.child': 'Plentyn',
  'trainer.sheet.ecoMap.ring.closest': 'Agosaf',
  'trainer.sheet.ecoMap.ring.close': 'Agos',
  'trainer.sheet.ecoMap.ring.furtherAway': 'Pellach i ffwrdd',
  'trainer.sheet.ecoMap.feels.heading': 'Sut mae’r berthynas yn teimlo',
  'trainer.sheet.ecoMap.feels.strong.label': 'Cryf',
  'trainer.sheet.ecoMap.feels.strong.line': 'llinell drwchus',
  'trainer.sheet.ecoMap.feels.weak.label': 'Gwan',
  'trainer.sheet.ecoMap.feels.weak.line': 'llinell denau',
  'trainer.sheet.ecoMap.feels.stressful.label': 'Llawn straen',
  'trainer.sheet.ecoMap.feels.stressful.line': 'llinell igam-ogam',
  'trainer.sheet.ecoMap.ways.heading': 'Sut maen nhw’n cadw mewn cysylltiad',
  'trainer.sheet.ecoMap.ways.meetUp.label': 'Cyfarfod',
  'trainer.sheet.ecoMap.ways.meetUp.line': 'llinell ddi-dor',
  'trainer.sheet.ecoMap.ways.postal.label': 'Drwy’r post (llythyrau, cardiau, lluniau)',
  'trainer.sheet.ecoMap.ways.postal.line': 'llinell doredig',
  'trainer.sheet.ecoMap.ways.digital.label': 'Digidol (negeseuon, fideo, ar-lein)',
  'trainer.sheet.ecoMap.ways.digital.line': 'llinell ddotiog',
  'trainer.sheet.ecoMap.keyTerm': '{term}:',
  'trainer.sheet.ecoMap.combine':
    'Cyfunwch nhw: mae llinell doredig drwchus yn berthynas gryf sy’n cael ei chynnal drwy lythyrau. Tynnwch saeth i ddangos i ba gyfeiriad mae cymorth neu newyddion yn mynd.',

  'trainer.sheet.letterPlanning.to.title': 'At bwy mae’n mynd',
  'trainer.sheet.letterPlanning.to.hint': 'Yr enw fel y mae yn y cytundeb, a sut maen nhw’n perthyn i’r plentyn.',
  'trainer.sheet.letterPlanning.due.title': 'Pryd mae’n ddyledus',
  'trainer.sheet.letterPlanning.due.hint':
    'Y dyddiad mae’n mynd i’r gwasanaeth blwch llythyrau, a’r dyddiad mae’r cyfnewid yn ddyledus.',
  'trainer.sheet.letterPlanning.since.title': 'Beth sydd wedi digwydd ers y tro diwethaf',
  'trainer.sheet.letterPlanning.since.hint':
    'Tyfu i fyny, iechyd, blwyddyn ysgol (nid enw’r ysgol), diddordebau, ffrindiau, cerrig milltir.',
  'trainer.sheet.letterPlanning.child.title': 'Pethau mae’r plentyn eisiau eu rhannu',
  'trainer.sheet.letterPlanning.child.hint':
    'Yng ngeiriau’r plentyn lle gallwch chi: llun, hoff beth, cwestiwn i’r darllenydd.',
  'trainer.sheet.letterPlanning.photos.title': 'Lluniau, a beth i’w wirio ynddyn nhw',
  'trainer.sheet.letterPlanning.photos.hint':
    'Dim gwisg ysgol na bathodynnau, enwau strydoedd, rhifau tai, rhifau cofrestru ceir, tirnodau lleol na data lleoliad.',
  'trainer.sheet.letterPlanning.leaveOut.title': 'Beth i beidio â’i gynnwys',
  'trainer.sheet.letterPlanning.leaveOut.hint':
    'Manylion sy’n dangos pwy ydyn nhw: cyfenwau, cyfeiriadau, yr ysgol neu’r dref, clybiau, enwau ar gyfryngau cymdeithasol, unrhyw beth a fyddai’n gadael i’r darllenydd ddod o hyd i’r teulu.',
  'trainer.sheet.letterPlanning.checks.title': 'Pwy sy’n ei wirio',
  'trainer.sheet.letterPlanning.checks.hint':
    'Pwy sy’n ei ddarllen cyn iddo fynd, a’r dyddiad y gwnaethon nhw ei wirio.',
  'trainer.sheet.letterPlanning.reply.title': 'Os daw ateb',
  'trainer.sheet.letterPlanning.reply.hint': 'Pwy sy’n ei agor yn gyntaf, a sut y caiff ei rannu gyda’r plentyn.',
  'trainer.sheet.forSession.heading': 'Deunyddiau i’w hargraffu ar gyfer y sesiwn hon',
  'trainer.sheet.cards.cut': 'Torrwch ar hyd y llinellau toredig i wneud y cardiau.',
  'trainer.sheet.cards.page': '{title}, tudalen {page} o {pages}',
  'trainer.sheet.fictional': 'Wedi’i ddychmygu ar gyfer hyfforddiant',
  'trainer.sheet.suitcaseOutline.title': 'Amlinelliad cês',
  'trainer.sheet.suitcaseOutline.summary':
    'Cês mawr i’w lenwi â phopeth y mae plentyn yn ei gario i’w deulu mabwysiadol, a blwch ar gyfer yr hyn a allai gael ei golli wrth symud.',
  'trainer.sheet.suitcaseOutline.guide':
    'Llenwch y cês â nodiadau gludiog neu ysgrifen: pobl, arogleuon, caneuon, enw, tebygrwydd teuluol, atgofion na all y plentyn eu rhoi mewn geiriau eto, a chwestiynau. Yna siaradwch am yr hyn a allai gael ei golli pan fydd y cês yn symud.',
  'trainer.sheet.suitcaseOutline.description': 'Amlinelliad cês mawr gyda dolen, yn wag y tu mewn, i grŵp ei lenwi.',
  'trainer.sheet.suitcaseOutline.prompts': 'Beth allai plentyn ei gario?',
  'trainer.sheet.suitcaseOutline.prompt.people': 'Pobl',
  'trainer.sheet.suitcaseOutline.prompt.senses': 'Arogleuon, seiniau a chaneuon',
  'trainer.sheet.suitcaseOutline.prompt.names': 'Enw, llysenw',
  'trainer.sheet.suitcaseOutline.prompt.looks': 'Tebygrwydd teuluol',
  'trainer.sheet.suitcaseOutline.prompt.memories': 'Atgofion heb eiriau',
  'trainer.sheet.suitcaseOutline.prompt.questions': 'Cwestiynau',
  'trainer.sheet.suitcaseOutline.lost.title': 'Beth allai gael ei golli wrth symud?',
  'trainer.sheet.suitcaseOutline.lost.hint': 'A beth allai ei gadw’n ddiogel?',
  'trainer.sheet.purposeCards.title': 'Cardiau dibenion',
  'trainer.sheet.purposeCards.summary':
    'Wyth cerdyn i’w torri allan, un ar gyfer pob diben o gadw mewn cysylltiad, i grwpiau eu trefnu ar gyfer plentyn nawr ac yn nes ymlaen.',
  'trainer.sheet.purposeCards.guide':
    'Rhowch set o gardiau a disgrifiad o blentyn i bob grŵp. Gofynnwch iddyn nhw ddewis y tri diben sydd bwysicaf i’r plentyn nawr, a’r tri a allai fod bwysicaf ymhen deng mlynedd, a sut y gellid cyflawni pob un.',
  'trainer.sheet.childProfiles.title': 'Disgrifiadau o blant',
  'trainer.sheet.childProfiles.summary':
    'Dau blentyn wedi’u dychmygu ar gyfer trefnu dibenion: babi a gafodd ei leoli yn ddeg mis oed gydag un rhiant biolegol yn rhan o’i fywyd, a phlentyn naw oed a fu’n byw gyda nain.',
  'trainer.sheet.childProfiles.guide':
    'Mae’r ddau blentyn wedi’u dychmygu ar gyfer hyfforddiant, a phob person a manylyn hefyd. Defnyddiwch un disgrifiad i bob grŵp gyda’r cardiau dibenion. Peidiwch byth â rhoi manylion plentyn rydych chi’n ei adnabod yn eu lle.',
  'trainer.sheet.roleCards.title': 'Cardiau rôl',
  'trainer.sheet.roleCards.summary':
    'Rolau wedi’u dychmygu ar gyfer chwarae rôl: pedwar plentyn o oedrannau gwahanol, yna rhiant mabwysiadol, dau berthynas biolegol a gweithiwr cymorth mewn cyfarfod cyntaf.',
  'trainer.sheet.roleCards.guide':
    'Mae pob rôl wedi’i dychmygu ar gyfer hyfforddiant. Mae tudalen 1 ar gyfer ymarfer mewn grwpiau o dri: mae un person yn chwarae’r plentyn o gerdyn, gan aros o fewn y rôl. Mae tudalen 2 ar gyfer cyfarfod cyntaf rhwng rhiant mabwysiadol a pherthynas fiolegol. Caiff unrhyw un ddewis arsylwi yn lle hynny.',
  'trainer.sheet.letterPrompts.title': 'Cardiau ysgogi llythyrau',
  'trainer.sheet.letterPrompts.summary':
    'Yr awgrymiadau o ddau ganllaw ysgrifennu llythyrau’r hwb fel cardiau i’w torri allan: beth i’w ddweud a syniadau yn ôl oed y plentyn, gyda beth i’w adael allan.',
  'trainer.sheet.letterPrompts.guide':
    'Mae tudalen 1 ar gyfer rhieni mabwysiadol sy’n ysgrifennu at berthynas fiolegol; mae tudalen 2 ar gyfer perthnasau biolegol sy’n ysgrifennu at y plentyn. Mae pob person yn cymryd cerdyn neu ddau ac yn ysgrifennu ychydig o linellau, yna mae partner yn gwirio’r drafft yn erbyn beth i’w adael allan.',
  'trainer.sheet.letterPrompts.from.adoptive': 'Gan riant mabwysiadol at berthynas fiolegol',
  'trainer.sheet.letterPrompts.from.birth': 'Gan berthynas fiolegol at y plentyn',
  'trainer.sheet.letterPrompts.ideas': 'Syniadau ar gyfer plentyn sy’n: {age}',
  'trainer.sheet.genogram.title': 'Taflen genogram',
  'trainer.sheet.genogram.summary':
    'Tudalen wag i dynnu coeden deulu plentyn â llaw, gydag allwedd i’r symbolau i’w defnyddio.',
  'trainer.sheet.genogram.guide':
    'Rhowch y plentyn yn y canol, gyda’i deulu biolegol uwch ei ben ac i’r ochrau. Ychwanegwch enwau ac oedrannau o dan bob llun, a marciwch bethau nad ydych chi’n eu gwybod â marc cwestiwn i ddod yn ôl atyn nhw.',
  'trainer.sheet.genogram.space': 'Lle i dynnu’r genogram',
  'trainer.sheet.genogram.key': 'Allwedd',
  'trainer.sheet.genogram.symbol.male': 'Gwryw',
  'trainer.sheet.genogram.symbol.female': 'Benyw',
  'trainer.sheet.genogram.symbol.otherGender': 'Rhyw arall, neu heb ei wybod',
  'trainer.sheet.genogram.symbol.child': 'Y plentyn y mae’r cynllun ar ei gyfer (amlinell ddwbl)',
  'trainer.sheet.genogram.symbol.died': 'Wedi marw (croes y tu mewn)',
  'trainer.sheet.genogram.symbol.couple': 'Cwpl (llinell rhyngddyn nhw)',
  'trainer.sheet.genogram.symbol.separated': 'Wedi gwahanu (un llinell groes)',
  'trainer.sheet.genogram.symbol.children': 'Eu plant (llinellau i lawr, yr hynaf ar y chwith)',
  'trainer.sheet.genogram.symbol.adopted': 'Wedi’i fabwysiadu (llinell doredig)',
  'trainer.sheet.genogram.symbol.household': 'Yn byw gyda’i gilydd (llinell ddotiog o’u cwmpas)',
  'trainer.certificate.pageTitle': 'Tystysgrif presenoldeb: {title}',
  'trainer.certificate.heading': 'Tystysgrif presenoldeb',
  'trainer.certificate.printHint':
    'Teipiwch enw’r cyfranogwr a’r dyddiad, yna argraffwch un dystysgrif ar gyfer pob person. Nid yw dim byd rydych chi’n ei deipio yma’n cael ei gadw na’i anfon i unrhyw le.',
  'trainer.certificate.certifies': 'Mae hyn i dystio bod',
  'trainer.certificate.name': 'Enw’r cyfranogwr',
  'trainer.certificate.attended': 'wedi mynychu’r sesiwn hyfforddi',
  'trainer.certificate.date': 'Dyddiad',
  'trainer.certificate.length': 'Hyd',
  'trainer.certificate.outcomes': 'Canlyniadau dysgu',
  'trainer.certificate.signature': 'Enw a llofnod yr hyfforddwr',
  'trainer.certificate.address': 'Sesiwn hyfforddi gan {product}: {url}',
  'trainer.certificate.link': 'Argraffu tystysgrifau presenoldeb',
  'trainer.case.pageTitle': 'Achos heb atebion: {title}',
  'trainer.case.heading': 'Achos heb atebion: {title}',
  'trainer.case.intro':
    'Manylion y plentyn a’r bobl o’r enghraifft ddychmygol hon, heb y cynllun a wnaed, i grŵp lunio gweddill y cynllun: dibenion, cryfderau a heriau, trefniadau, cymorth, safbwyntiau, newid dros amser ac adolygu.',
  'trainer.case.open': 'Agor yr achos hwn yn y lluniwr cynlluniau',
} as const satisfies Record<keyof typeof trainerMessages, unknown>;
