import type { pdfMessages } from '../en/pdf';

/**
 * The PDF's own words (src/planner/pdf): cover page, sign-off page, marks and metadata. Kept apart
 * from the plan's words because only the PDF renderer, which loads on export, needs them.
 */
export const pdfMessagesCy = {
  'plan.pdf.footer': 'Cynllun {planId} · Fersiwn {version} · Tudalen {page} o {total}',
  'plan.pdf.copy.title.adoptive': 'Cynllun cadw mewn cysylltiad: copi’r teulu mabwysiadol',
  'plan.pdf.copy.title.birth': 'Cynllun cadw mewn cysylltiad: copi perthynas biolegol',
  'plan.pdf.copy.title.birthFor': 'Cynllun cadw mewn cysylltiad: copi ar gyfer {name}',
  'plan.pdf.copy.lead.adoptive':
    'Mae’r copi hwn ar gyfer y teulu mabwysiadol. Mae’n gadael allan gyfenwau, cyfeiriadau a manylion cyswllt y perthnasau biolegol, a’r enwau nad yw’r cynllun yn dweud bod y ddau deulu yn eu gwybod. Mae’r asiantaeth yn cadw’r cynllun llawn.',
  'plan.pdf.copy.lead.birth':
    'Mae’r copi hwn ar gyfer perthynas biolegol. Mae’n cynnwys y trefniadau sy’n eu cynnwys nhw, y cymorth sy’n cael ei gynnig iddyn nhw a sut mae’r cynllun yn cael ei adolygu. Mae’n gadael allan pwy yw’r teulu mabwysiadol a ble maen nhw’n byw. Mae’r asiantaeth yn cadw’r cynllun llawn.',
  'plan.pdf.copy.for': 'Ar gyfer',
  'plan.pdf.copy.childNameLeftOut': 'Wedi’i adael allan o’r copi hwn',
  'plan.pdf.copy.name.adoptive': 'Copi’r teulu mabwysiadol',
  'plan.pdf.copy.name.birth': 'Copi perthynas biolegol',
  'plan.pdf.copy.name.birthFor': 'Copi ar gyfer {name}',
  'plan.pdf.copy.status.ready': 'Mae’r cynllun yn barod i’w gymeradwyo, ac nid yw wedi’i gymeradwyo eto.',
  'plan.pdf.copy.status.notReady': 'Mae’r cynllun yn dal i gael ei ysgrifennu, ac nid yw wedi’i gymeradwyo eto.',
  'plan.pdf.copy.footer': '{copy} · Cynllun {planId} · Fersiwn {version} · Tudalen {page} o {total}',
  'plan.pdf.title': 'Cynllun cadw mewn cysylltiad',
  'plan.pdf.titleFor': 'Cynllun cadw mewn cysylltiad ar gyfer {name}',
  'plan.pdf.sectionStep': '{title} (cam {step})',
  'plan.pdf.ecomap': 'Eco-fap',
  'plan.pdf.cover.child': 'Plentyn',
  'plan.pdf.cover.version': 'Fersiwn',
  'plan.pdf.cover.signedOn': 'Dyddiad llofnodi',
  'plan.pdf.cover.notSignedOff': 'Heb ei lofnodi eto',
  'plan.pdf.cover.nextReview': 'Adolygiad nesaf',
  'plan.pdf.cover.law': 'Y gyfraith sy’n berthnasol',
  'plan.pdf.cover.planId': 'Cyfeirnod y cynllun',
  'plan.pdf.parties.heading': 'Partïon i’r cynllun hwn',
  'plan.pdf.parties.name': 'Enw',
  'plan.pdf.parties.role': 'Perthynas neu rôl',
  'plan.pdf.parties.none': 'Dim partïon wedi’u cofnodi.',
  'plan.pdf.status.heading': 'Statws llofnodi',
  'plan.pdf.status.signed': 'Wedi’i lofnodi: mae pawb sy’n gorfod llofnodi wedi gwneud hynny.',
  'plan.pdf.status.complete': 'Mae popeth sydd ei angen i lofnodi’r cynllun yn ei le.',
  'plan.pdf.status.readyStillNeeded': 'Mae’r cynllun yn barod i’w lofnodi. Mae angen y canlynol o hyd:',
  'plan.pdf.status.notReadyStillNeeded': 'Nid yw’r cynllun hwn yn barod i’w lofnodi eto. Mae angen y canlynol o hyd:',
  'plan.pdf.attachmentNote':
    'Mae ffeil gyflawn y cynllun wedi’i hatodi y tu mewn i’r PDF hwn (plan.json), fel y gellir agor y cynllun eto yn Cadw mewn cysylltiad. Mae’n cynnwys popeth sydd yn y cynllun, gan gynnwys enwau llawn.',
  'plan.pdf.signatureOf': 'Llofnod {name}',
  'plan.pdf.noDrawnSignature': 'Dim llofnod wedi’i dynnu: yr enw wedi’i deipio uchod yw’r llofnod.',
  'plan.pdf.fingerprint.heading': 'Ôl bys',
  'plan.pdf.fingerprint.explained':
    'Mae’r ôl bys hwn (SHA-256) yn dangos union gynnwys y fersiwn hon o’r cynllun. Cofnodwch bob un o’r 64 nod ar gofnod achos y plentyn wrth lofnodi. Mae gwirio’r PDF hwn yn Cadw mewn cysylltiad yn cymharu’r cynllun sydd wedi’i atodi â’i dudalennau; dim ond cymharu’r ôl bys hwn â’r un ar gofnod yr achos sy’n dangos mai dyma’r cynllun a lofnodwyd. Mae hyn yn dangos a oes rhywun wedi ymyrryd â’r cynllun; nid yw’n llofnod digidol.',
  'plan.pdf.changeLog.heading': 'Cofnod newidiadau',
  'plan.pdf.changeLog.version': 'Fersiwn',
  'plan.pdf.changeLog.date': 'Dyddiad',
  'plan.pdf.changeLog.by': 'Gan',
  'plan.pdf.changeLog.summary': 'Beth newidiodd',
  'plan.pdf.law.england': 'Lloegr: Deddf Mabwysiadu a Phlant 2002',
  'plan.pdf.law.wales':
    'Cymru: Deddf Mabwysiadu a Phlant 2002 a Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014',
  'plan.pdf.mark.security': 'SWYDDOGOL-SENSITIF',
  'plan.pdf.mark.practice': 'YMARFER — DYCHMYGOL',
  'plan.pdf.mark.ready': 'YN BAROD I’W LOFNODI — HEB EI LOFNODI',
  'plan.pdf.mark.draft': 'DRAFFT — HEB EI LOFNODI',
  'plan.pdf.meta.title': 'Cynllun cadw mewn cysylltiad (fersiwn {version})',
  'plan.pdf.meta.subject': 'Cynllun cadw mewn cysylltiad (cyswllt ar ôl mabwysiadu), fersiwn {version}',
  'plan.pdf.meta.subjectPractice':
    'Cynllun cadw mewn cysylltiad (cyswllt ar ôl mabwysiadu), fersiwn {version}, cynllun ymarfer gyda phobl ddychmygol',
} as const satisfies Record<keyof typeof pdfMessages, unknown>;
