import type { signoffPageMessages } from '../en/signoffPages';

/**
 * The words of the sign-off pages that open on demand, in Welsh (machine-made; see cy/status.ts):
 * the versions of a plan and the PDF export with its choice of how the child is named.
 */
export const signoffPageMessagesCy = {
  // Versions of a plan (PlanVersionsPage.tsx, VersionView.tsx, VersionChanges.tsx, NewVersionForm.tsx).
  'signoff.versions.title': 'Fersiynau’r cynllun hwn',
  'signoff.versions.intro':
    'Caiff pob fersiwn wedi’i llofnodi ei chadw yn union fel y cafodd ei llofnodi, gyda’i hôl bys, er mwyn gallu ei darllen a’i hallforio o hyd. Dim ond y fersiwn ddiweddaraf y gellir ei newid, nes iddi gael ei llofnodi.',
  'signoff.versions.heading': 'Fersiwn {version}',
  'signoff.versions.headingLatest': 'Fersiwn {version} (y ddiweddaraf)',
  'signoff.versions.view': 'Gweld',
  'signoff.versions.viewHidden': 'fersiwn {version}',
  'signoff.versions.status': 'Statws',
  'signoff.versions.statusOn': '{status} ar {date}',
  'signoff.versions.whatChanged': 'Beth newidiodd',
  'signoff.versions.firstVersion': 'Y fersiwn gyntaf',
  'signoff.versions.noSummary': 'Dim crynodeb wedi’i gofnodi',
  'signoff.versions.exportPdf': 'Allforio PDF',
  'signoff.versions.exportPdfHidden': 'o fersiwn {version}',
  'signoff.versions.onlyOne':
    'Dim ond un fersiwn sydd hyd yma. Ar ôl ei llofnodi, mae “Dechrau fersiwn newydd” yn cadw hon fel y cafodd ei llofnodi.',
  'signoff.compare.heading': 'Cymharu dwy fersiwn',
  'signoff.compare.from': 'O',
  'signoff.compare.to': 'I',
  'signoff.compare.option': 'Fersiwn {version}',
  'signoff.compare.show': 'Dangos beth newidiodd',
  'signoff.changes.heading': 'Beth newidiodd o fersiwn {from} i fersiwn {to}',
  'signoff.changes.none': 'Dim byd: mae’r atebion yn y ddwy fersiwn yr un fath.',
  'signoff.changes.kind.added': 'Ychwanegwyd',
  'signoff.changes.kind.removed': 'Tynnwyd',
  'signoff.changes.kind.changed': 'Newidiwyd',
  'signoff.changes.was': 'Cynt: ',
  'signoff.changes.now': 'Nawr: ',
  'signoff.versionView.notFoundTitle': 'Heb ddod o hyd i’r fersiwn',
  'signoff.versionView.notFound': 'Does gan y cynllun hwn ddim fersiwn {version}.',
  'signoff.versionView.seeAll': 'Gweld pob fersiwn o’r cynllun hwn',
  'signoff.versionView.title': 'Fersiwn {version}',
  'signoff.versionView.about':
    'Hon yw fersiwn {version} o {latest}: {status}. Caiff ei chadw fel yr oedd a does dim modd ei newid.',
  'signoff.versionView.aboutSignedOn':
    'Hon yw fersiwn {version} o {latest}: {status} ar {date}. Caiff ei chadw fel yr oedd a does dim modd ei newid.',
  'signoff.versionView.exportPdf': 'Allforio fersiwn {version} fel PDF',
  'signoff.newVersion.notNeededTitle': 'Dechrau fersiwn newydd',
  'signoff.newVersion.notNeeded':
    'Dim ond cynllun wedi’i lofnodi sydd angen fersiwn newydd. Fersiwn {version} yw’r cynllun hwn a’i statws yw “{status}”, felly mae modd ei newid yn uniongyrchol o hyd.',
  'signoff.newVersion.title': 'Dechrau fersiwn {version}',
  'signoff.newVersion.intro':
    'Mae fersiwn {version} yn aros yn union fel y cafodd ei llofnodi: gallwch ei gweld a’i hallforio fel PDF o hyd. Mae fersiwn {next} yn dechrau fel drafft gyda’r un atebion a heb lofnodion, ac mae angen ei llofnodi eto.',
  'signoff.newVersion.submit': 'Dechrau fersiwn {version}',

  // The PDF and calendar actions (ui/pdf).
  'signoff.pdf.heading': 'PDF ar gyfer cofnod y plentyn',
  'signoff.pdf.signedIntro':
    'Mae’r PDF yn dangos y cynllun wedi’i lofnodi gyda’i ôl bys, ac yn cario ffeil y cynllun y tu mewn iddo er mwyn gallu ei agor yma eto.',
  'signoff.pdf.draftIntro':
    'Nid yw’r cynllun hwn wedi’i lofnodi, felly mae pob tudalen o’i PDF wedi’i marcio fel un heb ei llofnodi.',
  'signoff.pdf.exportSigned': 'Allforio’r cynllun wedi’i lofnodi fel PDF',
  'signoff.pdf.exportDraft': 'Allforio’r drafft fel PDF',
  'signoff.pdf.preparing': 'Wrthi’n paratoi’r PDF…',
  'signoff.pdf.downloaded': 'Mae’r PDF wedi’i lawrlwytho: {fileName}',
  'signoff.pdf.failed.load':
    'Doedd dim modd gwneud y PDF: ni lwythodd y rhan o’r lluniwr cynlluniau sy’n gwneud PDFs. Ni chafodd dim ei lawrlwytho, ac mae’r cynllun ei hun heb ei newid. Gwiriwch eich bod ar-lein, ail-lwythwch y dudalen, yna rhowch gynnig arall arni.',
  'signoff.pdf.failed.fonts':
    'Doedd dim modd gwneud y PDF: ni lwythodd ei ffont. Ni chafodd dim ei lawrlwytho, ac mae’r cynllun ei hun heb ei newid. Gwiriwch eich bod ar-lein, yna rhowch gynnig arall arni.',
  'signoff.pdf.failed.render':
    'Doedd dim modd gwneud y PDF: fe wnaeth gwall atal ei dudalennau rhag cael eu llunio. Ni chafodd dim ei lawrlwytho, ac mae’r cynllun ei hun heb ei newid. Ail-lwythwch y dudalen a rhowch gynnig arall arni. Os bydd yn digwydd eto, gallwch gadw’r cynllun mewn ffeil o hyd.',
  'signoff.pdf.failed.download':
    'Cafodd y PDF ei wneud, ond doedd dim modd ei roi i’r porwr i’w gadw, felly ni chafodd dim ei lawrlwytho. Mae’r cynllun ei hun heb ei newid. Rhowch gynnig arall arni; os bydd yn digwydd eto, ail-lwythwch y dudalen yn gyntaf.',
  'signoff.pdf.failedOffline':
    'Doedd dim modd gwneud y PDF. Rydych chi all-lein, ac nid yw’r ddyfais hon yn cadw’r cod sy’n gwneud PDFs nes bod PDF wedi’i wneud gyda chysylltiad. Ni chafodd dim ei lawrlwytho, ac mae’r cynllun ei hun heb ei newid. Cysylltwch a rhowch gynnig arall arni.',
  'signoff.nameStyle.legend': 'Sut dylai enw’r plentyn ymddangos yn y PDF?',
  'signoff.nameStyle.hint':
    'Ar y tudalennau yn unig: mae ffeil y cynllun sydd ynghlwm y tu mewn i’r PDF yn cadw popeth yn llawn, er mwyn gallu ei hagor eto.',
  'signoff.nameStyle.full': 'Enw llawn',
  'signoff.nameStyle.first': 'Enw cyntaf yn unig',
  'signoff.nameStyle.initials': 'Blaenlythrennau yn unig',
} as const satisfies Record<keyof typeof signoffPageMessages, unknown>;
