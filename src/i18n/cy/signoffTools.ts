import type { signoffToolMessages } from '../en/signoffTools';

/**
 * Sign-off tools' words in Welsh (machine-made; see cy/status.ts): what the checks of an opened PDF
 * found, comparing its fingerprint with the case record's, and the plan's calendar file.
 */
export const signoffToolMessagesCy = {
  // What the calendar button says it adds (ui/pdf/PdfActions.tsx): exactly what the file holds.
  'signoff.calendarButton.label.review': 'Ychwanegu dyddiad yr adolygiad at y calendr',
  'signoff.calendarButton.label.reviewAndLetters': 'Ychwanegu dyddiadau’r adolygiad a’r llythyrau at y calendr',
  'signoff.calendarButton.label.letters': 'Ychwanegu dyddiadau’r llythyrau at y calendr',
  'signoff.calendarButton.noDate': 'Does dim dyddiad adolygu eto.',
  'signoff.calendarButton.noDateLink': 'Rhowch ddyddiad yr adolygiad nesaf',
  'signoff.calendarButton.noDateAfterLink': 'yn gyntaf.',
  'signoff.calendarButton.downloaded': 'Wedi lawrlwytho {fileName}.',
  'signoff.calendarButton.holdsReview': {
    '=0': 'Agorwch hi i ychwanegu’r adolygiad nesaf at eich calendr, gyda nodyn atgoffa bythefnos ymlaen llaw.',
    '=1': 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob mis, gyda nodyn atgoffa bythefnos cyn pob un.',
    zero: 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} mis, gyda nodyn atgoffa bythefnos cyn pob un.',
    one: 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} mis, gyda nodyn atgoffa bythefnos cyn pob un.',
    two: 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} fis, gyda nodyn atgoffa bythefnos cyn pob un.',
    few: 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} mis, gyda nodyn atgoffa bythefnos cyn pob un.',
    many: 'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} mis, gyda nodyn atgoffa bythefnos cyn pob un.',
    other:
      'Agorwch hi i ychwanegu’r adolygiad at eich calendr, yn ailadrodd bob {count} mis, gyda nodyn atgoffa bythefnos cyn pob un.',
  },
  'signoff.calendarButton.holdsLetters': {
    '=1': 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r mis pan fydd llythyrau’n ddyledus.',
    zero: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} mis pan fydd llythyrau’n ddyledus.',
    one: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} mis pan fydd llythyrau’n ddyledus.',
    two: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} fis pan fydd llythyrau’n ddyledus.',
    few: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} mis pan fydd llythyrau’n ddyledus.',
    many: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} mis pan fydd llythyrau’n ddyledus.',
    other: 'Mae’n eich atgoffa bob blwyddyn, bythefnos ymlaen llaw, o’r {count} mis pan fydd llythyrau’n ddyledus.',
  },
  'signoff.calendarButton.failed':
    'Doedd dim modd gwneud ffeil y calendr, felly ni chafodd dim ei lawrlwytho. Mae’r cynllun ei hun heb ei newid. Rhowch gynnig arall arni; os bydd yn digwydd eto, ail-lwythwch y dudalen yn gyntaf.',
  'signoff.calendar.dateNotFull': 'Rhowch ddyddiad yr adolygiad nesaf fel dyddiad llawn, er enghraifft 2027-03-15',
  'signoff.calendar.dateNotReal': 'Rhaid i ddyddiad yr adolygiad nesaf fod yn ddyddiad go iawn',
  // The plan's calendar file (planCalendar.ts): what the calendar shows. No one is named in it.
  'signoff.calendar.name': 'Cynllun cadw mewn cysylltiad',
  'signoff.calendar.practice': 'Ymarfer: {title}',
  'signoff.calendar.withInitials': '{title} ({initials})',
  'signoff.calendar.aboutPlan': 'O’r cynllun cadw mewn cysylltiad {planId}, fersiwn {version}.',
  'signoff.calendar.reviewTitle': 'Adolygiad o’r cynllun cadw mewn cysylltiad',
  'signoff.calendar.reviewRepeats': {
    '=1': 'Caiff y cynllun ei adolygu bob mis.',
    zero: 'Caiff y cynllun ei adolygu bob {count} mis.',
    one: 'Caiff y cynllun ei adolygu bob {count} mis.',
    two: 'Caiff y cynllun ei adolygu bob {count} fis.',
    few: 'Caiff y cynllun ei adolygu bob {count} mis.',
    many: 'Caiff y cynllun ei adolygu bob {count} mis.',
    other: 'Caiff y cynllun ei adolygu bob {count} mis.',
  },
  'signoff.calendar.reviewPrepare':
    'Agorwch y cynllun yn Cadw mewn cysylltiad i baratoi: gwiriwch bob trefniant, y cymorth sydd ar waith a’r hyn y mae’r plentyn wedi’i ddweud.',
  'signoff.calendar.reviewReminder': '{title} ymhen pythefnos',
  'signoff.calendar.lettersTitle': 'Llythyrau cadw mewn cysylltiad yn ddyledus ym mis {month}',
  'signoff.calendar.arrangement': 'trefniant {number} ({form})',
  'signoff.calendar.lettersDue': 'Mae llythyrau, cardiau neu negeseuon yn ddyledus y mis hwn o dan {arrangements}.',
  'signoff.calendar.lettersPrepare':
    'Agorwch y cynllun yn Cadw mewn cysylltiad i weld beth gytunwyd: sut maen nhw’n cael eu hanfon, lluniau, sut i orffen a dyddiadau i’w hosgoi.',
  'signoff.calendar.lettersReminder': '{title}: mae {month} yn dechrau ymhen pythefnos',
  // Verifying a plan PDF (pdf/verifyPlanPdf.ts): the builder's "Open plan file" and `npm run plan:verify`.
  // Each check says only what it proves: this is tamper-evidence, not a digital signature.
  'signoff.verify.heading': 'Beth a wiriwyd yn y PDF hwn',
  'signoff.verify.check.producer': 'Wedi’i wneud gan Cadw mewn cysylltiad',
  'signoff.verify.check.attachment': 'Cynllun atodedig',
  'signoff.verify.check.fingerprint': 'Cynllun atodedig heb ei newid',
  'signoff.verify.check.pages': 'Tudalennau wedi’u hargraffu',
  'signoff.verify.check.signatures': 'Llofnodi',
  'signoff.verify.check.recorded': 'Ôl bys o’r cofnod achos',
  'signoff.verify.outcome.pass': 'Llwyddo',
  'signoff.verify.outcome.fail': 'Methu',
  'signoff.verify.outcome.not-checked': 'Heb ei wirio',
  'signoff.verify.line': '{outcome} – {check}: {message}',
  'signoff.verify.producer.pass':
    'Mae’r PDF yn enwi Cadw mewn cysylltiad fel ei wneuthurwr ac yn cario’r marciwr cynllun y mae’n ei ysgrifennu. Gallai unrhyw raglen ysgrifennu’r rhain, felly nid yw hyn ar ei ben ei hun yn dweud dim am y cynnwys.',
  'signoff.verify.attachment.pass': 'Mae’r PDF yn cario un ffeil cynllun atodedig, ac mae’n gynllun dilys.',
  'signoff.verify.attachment.read': 'Mae’r PDF yn cario un ffeil cynllun atodedig, ac roedd modd ei darllen.',
  'signoff.verify.fingerprint.pass':
    'Mae’r cynllun atodedig yn cyfateb i’r ôl bys a’r crynhoad ffeil a ysgrifennwyd yn y PDF hwn pan gafodd ei wneud, felly ni chafodd ei olygu ar ei ben ei hun wedyn.',
  'signoff.verify.notReached': 'Heb ei wirio, oherwydd bod gwiriad cynharach wedi methu.',
  'signoff.verify.pages.pass':
    'Mae pob un o’r {count} tudalen wedi’u hargraffu yn union yr hyn y mae fersiwn {version} o’r lluniwr PDF yn ei lunio ar gyfer y cynllun atodedig: ni chafodd unrhyw dudalen ei hychwanegu, ei thynnu, ei golygu na’i pheintio drosti.',
  'signoff.verify.pages.pageCount':
    'Mae gan y PDF {count} tudalen, ond mae’r cynllun atodedig yn llunio {expected}, felly nid tudalennau’r cynllun atodedig yw’r tudalennau wedi’u hargraffu. Peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.differ':
    'Nid yw tudalen {page} yn cyfateb i’r hyn y mae’r cynllun atodedig yn ei lunio: cafodd ei golygu neu ei pheintio drosti ar ôl i’r PDF gael ei wneud, neu cafodd y PDF ei roi at ei gilydd mewn ffordd arall. Peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.unreadable':
    'Doedd dim modd darllen y tudalennau wedi’u hargraffu i’w cymharu (maen nhw wedi’u difrodi, yn cyfeirio’n ôl atyn nhw eu hunain neu’n dal llawer mwy nag y mae PDF cynllun yn ei wneud). Peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.noVersion':
    'Heb eu cymharu: nid yw’r PDF hwn yn cofnodi pa fersiwn o’r lluniwr PDF a luniodd ei dudalennau (nid yw PDFs o fersiynau cynharach o Cadw mewn cysylltiad yn gwneud hynny), felly doedd dim modd eu llunio eto i’w cymharu. Dim ond y cynllun atodedig a wiriwyd; peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.otherVersion':
    'Heb eu cymharu: cafodd y PDF hwn ei lunio gan fersiwn {version} o’r lluniwr PDF, ac mae’r fersiwn hon o Cadw mewn cysylltiad yn llunio gyda fersiwn {current}, felly does dim modd llunio ei dudalennau eto yn union. Dim ond y cynllun atodedig a wiriwyd; peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.otherLanguage':
    'Heb eu cymharu: mae’r tudalennau wedi’u hysgrifennu mewn iaith nad yw’r fersiwn hon o Cadw mewn cysylltiad yn ei chynnig, felly doedd dim modd eu llunio eto. Dim ond y cynllun atodedig a wiriwyd; peidiwch â dibynnu ar y tudalennau wedi’u hargraffu.',
  'signoff.verify.pages.noFonts':
    'Heb eu cymharu: doedd dim modd llwytho’r ffontiau sydd eu hangen i lunio’r tudalennau eto. Dim ond y cynllun atodedig a wiriwyd; rhowch gynnig arall arni i wirio’r tudalennau.',
  'signoff.verify.signatures.notSigned':
    'Nid oedd y cynllun wedi’i lofnodi pan gafodd y PDF hwn ei wneud, felly does dim llofnodion i’w gwirio.',
  'signoff.verify.signatures.pass':
    'Mae’r cynllun yn dweud ei fod wedi’i lofnodi, ac mae ei gofnod llofnodi’n bodloni rheolau llofnodi fformat cynllun {format}: mae’r bobl y mae’n rhaid iddyn nhw lofnodi wedi’u cofnodi gyda’u henwau a’u dyddiadau. Enwau wedi’u teipio yw’r rhain, nid llofnodion digidol.',
  'signoff.verify.signatures.fail':
    'Mae’r cynllun yn dweud ei fod wedi’i lofnodi, ond nid yw ei gofnod llofnodi’n bodloni rheolau llofnodi fformat cynllun {format}, felly nid yw’n cael ei drin fel cynllun wedi’i lofnodi.',
  'signoff.verify.recorded.pass':
    'Ôl bys y cynllun atodedig yw’r un a roesoch o’r cofnod achos, felly dyma’r cynllun y cofnodwyd yr ôl bys hwnnw ar ei gyfer.',
  'signoff.verify.recorded.fail':
    'Nid ôl bys y cynllun atodedig yw’r un a roesoch ({given}), felly nid dyma’r cynllun y cofnodwyd yr ôl bys hwnnw ar ei gyfer. Peidiwch â dibynnu arno: gofynnwch am y cynllun wedi’i lofnodi o gofnod achos y plentyn.',
  'signoff.verify.recorded.notChecked':
    'Heb ei wirio: doedd dim modd darllen y cynllun atodedig, felly doedd dim modd cymharu ei ôl bys â’r un a roesoch.',
  'signoff.verify.fingerprintLine': 'Ôl bys: {fingerprint}',
  'signoff.verify.compareAdvice':
    'I wybod mai dyma’r cynllun a gafodd ei lofnodi, cymharwch ei ôl bys, y 64 nod i gyd, â’r un a gofnodwyd ar gofnod achos y plentyn adeg ei lofnodi. Mae’r gwiriadau uchod yn dangos bod y PDF yn gyson; nid llofnod digidol ydyn nhw.',
  'signoff.verify.compare.heading': 'Cymharu â’r cofnod achos',
  'signoff.verify.compare.label': 'Ôl bys a gofnodwyd ar gofnod achos y plentyn adeg ei lofnodi',
  'signoff.verify.compare.hint':
    'Y 64 nod i gyd, 0 i 9 ac a i f. Caiff bylchau a thoriadau llinell eu hanwybyddu. Nid oes dim rydych chi’n ei deipio yma yn cael ei storio.',
  'signoff.verify.compare.button': 'Cymharu olion bysedd',
  'signoff.verify.compare.error.format':
    'Rhowch yr ôl bys fel 64 nod, gan ddefnyddio’r rhifau 0 i 9 a’r llythrennau a i f yn unig',
  'signoff.verify.allHold': 'Llwyddodd pob gwiriad.',
  'signoff.verify.notAllHold': 'Ni lwyddodd pob gwiriad.',
} as const satisfies Record<keyof typeof signoffToolMessages, unknown>;
