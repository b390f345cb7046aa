import type { plannerMessages } from '../en/planner';

/** The plan builder's screens in Welsh (machine-made; see cy/status.ts): task list, plans list, section pages, files and notices. */
export const plannerMessagesCy = {
  // The builder as a whole: its name, tab titles, loading and a plan address that leads nowhere.
  'planner.name': 'Lluniwr cynlluniau',
  'planner.loading': 'Wrthi’n llwytho…',
  'planner.notFound.title': 'Heb ddod o hyd i’r cynllun',
  'planner.notFound.body':
    'Does dim cynllun gyda’r cyfeiriad hwn ar y ddyfais hon. Efallai ei fod wedi’i ddileu, neu wedi’i gadw ar ddyfais arall.',
  'planner.notFound.link': 'Ewch i’ch cynlluniau',
  'planner.notice.noExample': 'Does dim enghraifft o’r enw “{id}”.',
  'planner.notice.noPlanForSection':
    'Does gennych chi ddim cynllun ar y ddyfais hon eto, felly does dim “{section}” i’w agor.',
  'planner.notice.startAtSection': 'Dechrau cynllun newydd yn yr adran honno',
  'planner.notice.copied': 'Gwnaed copi: {name}.',
  'planner.notice.deleted': 'Mae’r cynllun wedi’i ddileu o’r ddyfais hon.',
  'planner.notice.deletedAll': 'Mae pob cynllun wedi’i ddileu o’r ddyfais hon.',
  'planner.action.cancel': 'Canslo',

  // The pages: the builder itself and the blank template.
  'planner.page.description':
    'Lluniwch gynllun cadw mewn cysylltiad gyda’r teulu, cadwch ef ar y ddyfais hon, a gwiriwch ef cyn ei lofnodi.',
  'planner.page.noscript':
    'Mae angen JavaScript ar y lluniwr cynlluniau, ac mae wedi’i ddiffodd neu ei rwystro yn y porwr hwn. Dyma’r templed cynllunio cyfan fel ffurflen wag y gallwch ei hargraffu a’i llenwi â llaw.',
  'planner.templatePage.title': 'Templed cynllunio gwag',
  'planner.templatePage.description':
    'Y templed ar gyfer cynllunio cadw mewn cysylltiad fel ffurflen wag i’w hargraffu a’i llenwi â llaw.',
  'planner.templatePage.heading': 'Cynllun cadw mewn cysylltiad: templed gwag',
  'planner.templatePage.lead':
    'Pob adran o’r lluniwr cynlluniau, i’w hargraffu a’i llenwi â llaw. Defnyddiwch ffugenw ar gyfer y plentyn os gallai eraill weld y copi papur.',
  'planner.templatePage.builderLink': 'Defnyddiwch y lluniwr cynlluniau yn lle hynny',
  'planner.templatePage.builderLinkAfter': ': mae’n cadw wrth i chi fynd ac yn gwirio’r cynllun i chi.',

  // A plan's names and statuses.
  'planner.plan.untitled': 'Cynllun heb deitl',
  'planner.plan.copyTitle': 'Copi o {name}',
  'plan.option.planStatus.draft': 'Drafft',
  'plan.option.planStatus.ready': 'Yn barod i’w lofnodi',
  'plan.option.planStatus.signed': 'Wedi’i lofnodi',
  'planner.practice.tag': 'Ymarfer',
  'planner.practice.banner': '{marker}. Peidiwch ag ychwanegu manylion go iawn.',
  'planner.taskStatus.notStarted': 'Heb ddechrau',
  'planner.taskStatus.inProgress': 'Ar y gweill',
  'planner.taskStatus.completed': 'Wedi’i chwblhau',
  'planner.taskStatus.cannotStart': 'Methu dechrau eto',
  'planner.taskStatus.reason.needPerson': 'Ychwanegwch o leiaf un person pwysig yn gyntaf',
  'planner.taskStatus.reason.needArrangement': 'Ychwanegwch o leiaf un trefniant yn gyntaf',
  'planner.taskStatus.reason.needOtherSections': 'Cwblhewch bob adran arall yn gyntaf',

  // Saving: the status line under the heading.
  'planner.saveStatus.loaded': 'Newidiwyd ddiwethaf {dateTime}',
  'planner.saveStatus.savedInTab': 'Wedi’i gadw yn y tab hwn yn unig am {time}',
  'planner.saveStatus.savedOnDevice': 'Wedi’i gadw ar y ddyfais hon am {time}',
  'planner.saveStatus.failed': 'Heb ei gadw: {reason}. Cadwch y cynllun mewn ffeil er mwyn cadw’ch newidiadau.',
  'planner.saveStatus.reason.quota': 'does dim lle ar ôl ar y ddyfais hon',
  'planner.saveStatus.reason.elsewhere': 'cafodd ei newid mewn tab arall',
  'planner.saveStatus.reason.refused': 'gwrthododd y porwr ei gadw',

  // "Your plans".
  'planner.plans.title': 'Eich cynlluniau',
  'planner.plans.lead':
    'Lluniwch gynllun cadw mewn cysylltiad gyda’r teulu, fesul adran, dros gynifer o sesiynau ag sydd eu hangen arnoch.',
  'planner.plans.sessionOnly':
    'Nid yw’r porwr hwn yn gadael i’r lluniwr cynlluniau gadw ar y ddyfais hon. Dim ond tra bo’r dudalen hon ar agor y caiff cynlluniau eu cadw, felly byddan nhw’n cael eu colli os byddwch yn ail-lwytho neu’n ei chau: cadwch bob cynllun mewn ffeil.',
  'planner.plans.savedOnDevice':
    'Caiff cynlluniau eu cadw ar y ddyfais hon yn unig, wrth i chi deipio, wedi’u hamgryptio ag allwedd y mae’r porwr hwn yn ei chadw. Nid oes dim yn cael ei anfon i unman.',
  'planner.plans.new': 'Dechrau cynllun newydd',
  'planner.plans.none': 'Does dim cynlluniau ar y ddyfais hon eto.',
  'planner.plans.duplicate': 'Dyblygu',
  'planner.plans.rename': 'Ailenwi',
  'planner.plans.delete': 'Dileu',
  'planner.plans.child': 'Plentyn',
  'planner.plans.status': 'Statws',
  'planner.plans.statusValue': '{status}, fersiwn {version}',
  'planner.plans.lastSaved': 'Cadwyd ddiwethaf',
  'planner.plans.confirm': 'Cadarnhau',
  'planner.plans.confirmDelete': 'Ydych chi’n siŵr eich bod am ddileu {name}? Does dim modd dadwneud hyn.',
  'planner.plans.confirmDeleteButton': 'Ydw, dilëwch y cynllun hwn',
  'planner.plans.examplesHeading': 'Ymarfer gydag enghraifft',
  'planner.plans.examplesIntro':
    'Mae pob un yn agor fel cynllun ymarfer newydd gyda phobl ddychmygol, wedi’i farcio’n ymarfer lle bynnag y mae’n ymddangos.',
  'planner.plans.paperHeading': 'Gweithio ar bapur',
  'planner.plans.paperLink': 'Argraffu’r templed cynllunio gwag',
  'planner.plans.deleteAllHeading': 'Dileu pob cynllun o’r ddyfais hon',
  'planner.plans.deleteAllIntro': 'Er enghraifft cyn i chi roi’r ddyfais yn ôl neu adael cyfrifiadur a rennir.',
  'planner.plans.deleteAllButton': 'Dileu pob cynllun o’r ddyfais hon',
  'planner.plans.confirmDeleteAll': {
    zero: 'Ydych chi’n siŵr eich bod am ddileu pob un o’r {count} cynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
    one: 'Ydych chi’n siŵr eich bod am ddileu’r {count} cynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
    two: 'Ydych chi’n siŵr eich bod am ddileu’r {count} gynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
    few: 'Ydych chi’n siŵr eich bod am ddileu’r {count} chynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
    many: 'Ydych chi’n siŵr eich bod am ddileu’r {count} chynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
    other:
      'Ydych chi’n siŵr eich bod am ddileu pob un o’r {count} cynllun o’r ddyfais hon? Does dim modd dadwneud hyn.',
  },
  'planner.plans.confirmDeleteAllButton': 'Ydw, dilëwch bob cynllun',
  'planner.rename.label': 'Enw newydd ar gyfer y cynllun hwn',
  'planner.rename.hint': 'Gadewch hwn yn wag i ddefnyddio enw’r plentyn.',
  'planner.rename.tooLong': 'Rhaid i enw’r cynllun fod yn {max} nod neu lai',
  'planner.rename.save': 'Cadw’r enw',

  // A plan's task list and the frame of its section pages.
  'planner.taskList.documentTitle': 'Eich cynllun',
  'planner.taskList.documentTitlePractice': 'Cynllun ymarfer',
  'planner.taskList.back': 'Yn ôl i’ch cynlluniau',
  'planner.taskList.caption': 'Cynllun cadw mewn cysylltiad · fersiwn {version} · {status}',
  'planner.taskList.progress': 'Rydych chi wedi cwblhau {done} o’r {total} adran.',
  'planner.reviewDue.notice': 'Mae’n bryd adolygu’r cynllun hwn: dyddiad ei adolygiad nesaf oedd {date}.',
  'planner.taskList.stepTitle': 'Cam {step}: {title}',
  'planner.taskList.checkAnswers': 'Gwirio’ch atebion',
  'planner.sectionPage.stepCaption': 'Cam {step} o 6 · {plan}',
  'planner.sectionPage.backToCheck': 'Yn ôl i wirio’ch atebion',
  'planner.sectionPage.backToCopies': 'Yn ôl i gopïau i bob teulu',
  'planner.sectionPage.backToPlan': 'Yn ôl i’r cynllun',
  'planner.sectionPage.copyLink': 'Copïo o gynllun arall',
  'planner.sectionPage.copyPeopleLink': 'Copïo pobl o gynllun arall',
  'planner.guides.title': 'Canllawiau ar gyfer yr adran hon',
  'planner.guides.wales': 'Cadw mewn cysylltiad yng Nghymru: cyfraith, codau a chanllawiau Cymru',
  'planner.remove.title': 'Ydych chi’n siŵr eich bod am dynnu {name}?',
  'planner.remove.alsoRemoves': 'Bydd hyn hefyd yn tynnu:',
  'planner.remove.confirm': 'Ydw, tynnwch',
  'planner.remove.keep': 'Na, cadwch {name}',
  'planner.remove.done': 'Wedi tynnu {name}.',
  // Said after an item's name on its buttons and links when another item in the list has the same name.
  'planner.item.position': '({number} o {count})',

  // Forms: the parts every question shares.
  'planner.form.submit': 'Cadw a pharhau',
  'planner.form.saveAndAddAnother': 'Cadw ac ychwanegu un arall',
  'planner.form.savedAddAnother': 'Wedi’i gadw. Gallwch ychwanegu’r un nesaf nawr.',
  'planner.form.errorSummaryTitle': 'Mae problem wedi codi',
  'planner.form.selectPlaceholder': 'Dewiswch',
  'planner.form.date.day': 'Diwrnod',
  'planner.form.date.month': 'Mis',
  'planner.form.date.year': 'Blwyddyn',
  'planner.form.date.example': 'Er enghraifft, 27 3 2020.',
  'planner.form.date.today': 'Defnyddio dyddiad heddiw',
  'planner.namedPerson.notNamed': 'Heb ei enwi',
  'planner.namedPerson.add': 'Rhywun newydd: ychwanegwch nhw at y bobl yn y cynllun hwn',
  'planner.namedPerson.writtenIn': 'Ysgrifennwch enw, rôl neu wasanaeth yn lle hynny',
  'planner.namedPerson.written.label': 'Enw, rôl neu wasanaeth',
  'planner.namedPerson.written.hint': 'Er enghraifft, "cydlynydd blwch llythyrau’r asiantaeth".',
  'planner.namedPerson.addedAs':
    'Byddan nhw’n cael eu hychwanegu at y bobl yn y cynllun hwn fel gweithiwr proffesiynol, er mwyn i chi allu eu dewis eto unrhyw le yn y cynllun.',
  'planner.namedPerson.name.label': 'Eu henw',
  'planner.namedPerson.role.label': 'Eu rôl (dewisol)',
  'planner.namedPerson.nameMissing': 'Rhowch eu henw',
  'planner.namedPerson.writtenTooLong': 'Rhaid i’r enw, y rôl neu’r gwasanaeth fod yn {maximum} nod neu lai',
  'planner.namedPerson.registerFull':
    'Mae gan y cynllun {maximum} o bobl yn barod, sef yr uchafswm. Dewiswch rywun sydd ynddo neu ysgrifennwch enw yn lle hynny',
  'planner.completed.legend': 'Ydych chi wedi cwblhau’r adran hon?',
  'planner.completed.yes': 'Ydw, rydw i wedi cwblhau’r adran hon',
  'planner.completed.no': 'Nac ydw, fe ddof yn ôl ati yn nes ymlaen',
  'planner.completed.required': 'Dewiswch a ydych chi wedi cwblhau’r adran hon',

  // Plan files: saving, opening, and why a file could not be opened.
  'planner.files.heading': 'Ffeiliau cynllun',
  'planner.files.saveIntro':
    'Cadwch gopi o’r cynllun hwn fel ffeil er mwyn ei gadw’n ddiogel, ei symud i ddyfais arall neu ei rannu’n ddiogel.',
  'planner.files.save': 'Cadw’r cynllun mewn ffeil',
  'planner.files.saveFailed':
    'Doedd dim modd creu ffeil y cynllun, felly ni chafodd dim ei lawrlwytho. Mae’r cynllun ei hun heb ei newid. Rhowch gynnig arall arni; os bydd yn digwydd eto, ail-lwythwch y dudalen yn gyntaf.',
  'planner.files.open': 'Agor ffeil cynllun',
  'planner.files.openHint':
    'Ffeil cynllun .json a gadwyd o’r lluniwr cynlluniau hwn. Mae’n agor fel cynllun ar y ddyfais hon.',
  'planner.files.opened': 'Wedi agor {file}.',
  'planner.files.openedAsCopy':
    'Wedi agor {file} fel copi, oherwydd bod fersiwn wahanol o’r cynllun hwn ar y ddyfais hon yn barod.',
  'planner.files.fileEmpty': 'Mae {file} yn wag.',
  'planner.files.fileTooLarge': 'Mae {file} yn rhy fawr. Gall ffeil cynllun fod hyd at {megabytes} MB.',
  'planner.files.fileUnreadable': 'Doedd dim modd darllen {file}. Ceisiwch ei chadw eto ac agor y copi newydd.',
  'planner.files.storageFull':
    'Ni chafodd {file} ei hagor: mae’r storfa ar gyfer y wefan hon ar y ddyfais hon yn llawn. Does dim wedi’i newid. Cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, dilëwch gynlluniau nad oes eu hangen arnoch mwyach, yna agorwch y ffeil eto.',
  'planner.files.storageUnavailable':
    'Ni chafodd {file} ei hagor: ni fyddai’r porwr hwn yn gadael i’r cynllun gael ei storio ar y ddyfais hon. Does dim wedi’i newid.',
  'planner.files.issuesHeading': 'Beth sydd o’i le ar y ffeil',
  'planner.files.issuesWholeFile': 'y ffeil',
  'planner.files.issuesMore': {
    zero: 'A {count} problem arall.',
    one: 'Ac {count} broblem arall.',
    two: 'A {count} broblem arall.',
    few: 'A {count} problem arall.',
    many: 'A {count} phroblem arall.',
    other: 'A {count} problem arall.',
  },
  'planner.files.issuesUnchanged': 'Does dim wedi’i newid.',
  // npm run plan:validate (scripts/plan-validate.ts).
  'planner.validate.usage':
    'Defnydd: npm run plan:validate -- [--pdf-time-limit=<eiliadau>] <plan.json neu plan.pdf> [rhagor o ffeiliau ...]',
  'planner.validate.cannotRead': 'Doedd dim modd darllen {file} ({code}).',
  'planner.validate.valid': 'Cynllun dilys',
  'planner.validate.validMigrated': 'Cynllun dilys (wedi’i drosi o fersiwn fformat {version})',
  // npm run plan:verify (scripts/plan-verify.ts).
  'planner.verify.usage': 'Defnydd: npm run plan:verify -- <plan.pdf> [--fingerprint <y 64 nod o’r cofnod achos>]',
  'planner.verify.badFingerprint':
    'Mae ôl bys yn 64 nod, pob un yn 0 i 9 neu’n a i f, fel y’i hargraffwyd ar dudalen llofnodi’r cynllun.',
  'planner.planFile.empty': 'Mae’r ffeil yn wag.',
  'planner.planFile.tooLarge': 'Mae’r ffeil yn rhy fawr. Gall ffeil cynllun fod hyd at {megabytes} MB.',
  'planner.planFile.pdf': 'PDF yw hwn, nid ffeil cynllun. Mae ffeiliau cynllun yn gorffen yn .json.',
  'planner.planFile.notText':
    'Nid ffeil cynllun yw hon: nid testun yw hi. Ffeiliau testun sy’n gorffen yn .json yw ffeiliau cynllun.',
  'planner.planFile.tooDeep': 'Mae’r ffeil wedi’i nythu’n rhy ddwfn i fod yn ffeil cynllun.',
  'planner.planFile.notJson':
    'Nid ffeil cynllun yw hon: nid yw wedi’i hysgrifennu yn JSON, y fformat y caiff ffeiliau cynllun eu cadw ynddo.',
  'planner.planFile.forbiddenKey':
    'Mae’r ffeil yn cynnwys maes o’r enw "{field}", nad yw ffeiliau cynllun byth yn ei ddefnyddio, felly ni chafodd ei hagor.',
  'planner.planFile.duplicateKey':
    'Mae’r ffeil yn rhoi’r maes "{field}" ddwywaith yn yr un lle, felly nid yw’n glir pa un a olygir. Nid yw ffeiliau cynllun byth yn gwneud hyn, felly ni chafodd ei hagor.',
  'planner.planFile.invalid': {
    zero: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} problem.',
    one: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} broblem.',
    two: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} broblem.',
    few: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} problem.',
    many: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} phroblem.',
    other: 'Nid yw’r ffeil yn gynllun dilys: cafwyd {count} problem.',
  },
  'planner.planFile.notAnObject':
    'Nid cynllun yw’r ffeil: mae ffeil cynllun yn dal un cynllun, wedi’i ysgrifennu fel gwrthrych JSON.',
  'planner.planFile.noVersion':
    'Nid yw’r ffeil yn dweud pa fformat cynllun y mae’n ei ddefnyddio (does ganddi ddim "schemaVersion"), felly nid ffeil cynllun o’r lluniwr hwn yw hi.',
  'planner.planFile.unknownVersion': 'Nid yw’r lluniwr hwn yn adnabod fersiwn fformat cynllun y ffeil ({version}).',
  'planner.planFile.newerVersion':
    'Cafodd y cynllun hwn ei gadw gan fersiwn fwy newydd o’r lluniwr cynlluniau (fersiwn fformat {version}). Mae’r lluniwr hwn yn darllen fersiwn fformat {current} a rhai hŷn. Agorwch ef yn y lluniwr mwy newydd, neu gofynnwch i bwy bynnag a’i hanfonodd am gopi yn fersiwn fformat {current}.',
  'planner.planFile.retiredVersion': 'Ni all y lluniwr hwn agor cynlluniau yn fersiwn fformat {version} mwyach.',
  'planner.planFile.issue.missing': 'Ar goll: mae angen y maes hwn',
  'planner.planFile.issue.type.string': 'Rhaid iddo fod yn destun',
  'planner.planFile.issue.type.number': 'Rhaid iddo fod yn rhif',
  'planner.planFile.issue.type.int': 'Rhaid iddo fod yn rhif cyfan',
  'planner.planFile.issue.type.boolean': 'Rhaid iddo fod yn wir neu’n anwir',
  'planner.planFile.issue.type.array': 'Rhaid iddo fod yn rhestr',
  'planner.planFile.issue.type.object': 'Rhaid iddo fod yn grŵp o feysydd',
  'planner.planFile.issue.type.literal': 'Rhaid iddo fod yn werth penodol',
  'planner.planFile.issue.type.other': 'Rhaid iddo fod yn {expected}',
  'planner.planFile.issue.unknownKeys': {
    zero: 'Mae ganddo feysydd nad yw ffeiliau cynllun yn eu defnyddio: {keys}',
    one: 'Mae ganddo faes nad yw ffeiliau cynllun yn ei ddefnyddio: {keys}',
    two: 'Mae ganddo feysydd nad yw ffeiliau cynllun yn eu defnyddio: {keys}',
    few: 'Mae ganddo feysydd nad yw ffeiliau cynllun yn eu defnyddio: {keys}',
    many: 'Mae ganddo feysydd nad yw ffeiliau cynllun yn eu defnyddio: {keys}',
    other: 'Mae ganddo feysydd nad yw ffeiliau cynllun yn eu defnyddio: {keys}',
  },
  'planner.planFile.issue.oneOf': 'Rhaid iddo fod yn un o’r rhain: {values}',
  'planner.planFile.issue.tooLong': 'Rhaid iddo fod yn {maximum} nod neu lai',
  'planner.planFile.issue.tooBig': 'Rhaid iddo fod yn {maximum} neu lai',
  'planner.planFile.issue.empty': 'Rhaid iddo beidio â bod yn wag',
  'planner.planFile.issue.tooSmall': 'Rhaid iddo fod yn {minimum} neu fwy',
  'planner.planFile.issue.format': 'Nid yw yn y fformat disgwyliedig',
  // Y ddolen i’r cofnod cyfnewid (ui/exchanges/*), ar adran yr adolygiad a’r rhestr dasgau.
  'planner.exchangeLogLink.intro': 'Llythyrau, cardiau a negeseuon wrth iddyn nhw ddigwydd:',
  'planner.exchangeLogLink.link': 'Cofnod cyfnewid',
} as const satisfies Record<keyof typeof plannerMessages, unknown>;
